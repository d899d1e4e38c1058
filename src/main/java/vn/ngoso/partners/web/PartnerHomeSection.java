package vn.ngoso.partners.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.partners.Partners;
import vn.ngoso.partners.SupportKind;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;

/** A partner's home: what their enterprise has given this year, by kind. */
@Component
class PartnerHomeSection implements HomeSection {

	private final Partners partners;

	PartnerHomeSection(Partners partners) {
		this.partners = partners;
	}

	record Contributions(vn.ngoso.partners.PartnerView view, SupportKind[] kinds) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() != Role.PARTNER) {
			return Optional.empty();
		}
		return Optional.of(new Part(10, "partners/home-contributions",
				new Contributions(partners.mine(partners.yearToDate()), SupportKind.values())));
	}
}
