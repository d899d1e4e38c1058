package vn.ngoso.setup.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;
import vn.ngoso.territory.DeploymentProvince;

/** Until the deployment's province is chosen, the administrator's home starts with the first-run page. */
@Component
class SetupHomeSection implements HomeSection {

	private final DeploymentProvince province;

	SetupHomeSection(DeploymentProvince province) {
		this.province = province;
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() != Role.ADMIN || province.current().isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Part(0, "setup/home", Boolean.TRUE));
	}
}
