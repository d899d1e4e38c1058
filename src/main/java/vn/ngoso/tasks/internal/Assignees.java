package vn.ngoso.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.tasks.AssigneeKind;
import vn.ngoso.tasks.AssigneeOption;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Turns "a unit, a team or a member" into where the work happens, through the territory and
 * teams modules' scoped reads: what the caller cannot see cannot be given a task. A team
 * leader gives tasks only to their team or its members.
 */
@Component
public class Assignees {

	/** Above this many, members are not offered in the form (a province has thousands). */
	private static final int MEMBER_CHOICES = 300;

	private final Territory territory;

	private final Teams teams;

	Assignees(Territory territory, Teams teams) {
		this.territory = territory;
		this.teams = teams;
	}

	public Assignee resolve(Scope caller, AssigneeKind kind, long id) {
		try {
			return switch (kind) {
				case UNIT -> {
					if (caller.role() == Role.TEAM_LEADER) {
						throw outside();
					}
					AdminUnit unit = territory.get(id);
					yield new Assignee(kind, unit.id(), unit.path(), null, null);
				}
				case TEAM -> {
					Team team = teams.team(id);
					yield new Assignee(kind, team.unitId(), team.unitPath(), team.id(), null);
				}
				case MEMBER -> {
					Member member = teams.member(id);
					if (!member.active()) {
						throw outside();
					}
					Team team = teams.team(member.teamId());
					yield new Assignee(kind, team.unitId(), team.unitPath(), team.id(), member.id());
				}
			};
		}
		catch (NotFound e) {
			throw outside();
		}
	}

	private static InvalidInput outside() {
		return InvalidInput.of("assignee", "task.assignee.outOfScope");
	}

	/** What the caller may choose from: units, teams and (in a small scope) members. */
	public List<AssigneeOption> options(Scope caller) {
		List<AssigneeOption> options = new ArrayList<>();
		if (caller.role() != Role.TEAM_LEADER) {
			territory.filterOptions()
				.forEach(u -> options.add(new AssigneeOption(AssigneeKind.UNIT, u.id(), u.label())));
		}
		teams.teams(new TeamFilter(null, false, null), 0, 2000).items()
			.forEach(t -> options.add(new AssigneeOption(AssigneeKind.TEAM, t.id(), t.name())));
		var members = teams.members(new MemberFilter(null, null, null, null, null, false), 0, MEMBER_CHOICES + 1);
		if (members.total() <= MEMBER_CHOICES) {
			members.items().forEach(m -> options.add(new AssigneeOption(AssigneeKind.MEMBER, m.id(),
					m.fullName() + " (" + m.teamName() + ")")));
		}
		return options;
	}
}
