package vn.ngoso.outreach.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.outreach.MemberVisits;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;

/** A team leader's home opens on the team's week: the visits of each member since Monday. */
@Component
class TeamWeekHomeSection implements HomeSection {

	private final Visits visits;

	TeamWeekHomeSection(Visits visits) {
		this.visits = visits;
	}

	record TeamWeek(List<MemberVisits> members, long total) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() != Role.TEAM_LEADER) {
			return Optional.empty();
		}
		List<MemberVisits> members = visits.teamWeek();
		return Optional.of(new Part(10, "outreach/home-week",
				new TeamWeek(members, members.stream().mapToLong(MemberVisits::visits).sum())));
	}
}
