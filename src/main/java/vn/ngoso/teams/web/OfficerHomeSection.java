package vn.ngoso.teams.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;
import vn.ngoso.teams.Teams;

/** An officer's home: the teams of their unit in figures, and the pages they go to most. */
@Component
class OfficerHomeSection implements HomeSection {

	private final Teams teams;

	OfficerHomeSection(Teams teams) {
		this.teams = teams;
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		return scope.role().isOfficer() ? Optional.of(new Part(10, "teams/home-officer", teams.overview()))
				: Optional.empty();
	}
}
