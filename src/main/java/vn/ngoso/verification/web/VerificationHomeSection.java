package vn.ngoso.verification.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;
import vn.ngoso.verification.Sample;
import vn.ngoso.verification.Verifications;

/** An officer's home shows last month's verification: drawn or not, and how far the checking is. */
@Component
class VerificationHomeSection implements HomeSection {

	private final Verifications verifications;

	VerificationHomeSection(Verifications verifications) {
		this.verifications = verifications;
	}

	record Progress(long unitId, java.time.YearMonth month, boolean drawn, long checked, long total) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (!scope.role().isOfficer() || scope.isAdmin() || scope.unitId() == null) {
			return Optional.empty();
		}
		var month = verifications.lastMonth();
		Optional<Sample> sample = verifications.sample(scope.unitId(), month);
		return Optional.of(new Part(40, "verification/home",
				new Progress(scope.unitId(), month, sample.isPresent(), sample.map(Sample::checked).orElse(0L),
						sample.map(s -> (long) s.items().size()).orElse(0L))));
	}
}
