package vn.ngoso.teams.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.ProvinceInUse;

/** Once teams are founded in the deployment's province, choosing another one is refused. */
@Component
class TeamsInProvince implements ProvinceInUse {

	private final TeamRepository teams;

	TeamsInProvince(TeamRepository teams) {
		this.teams = teams;
	}

	@Override
	public @Nullable String refusal(AdminUnit province) {
		return teams.countUnder(province.path()) > 0 ? "setup.province.hasTeams" : null;
	}
}
