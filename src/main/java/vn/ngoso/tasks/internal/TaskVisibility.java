package vn.ngoso.tasks.internal;

import java.util.HashMap;
import java.util.Map;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.tasks.Task;

/**
 * Which tasks a caller sees, as SQL over alias {@code t} and as a test on one task. Officers see
 * every task under their unit; a team leader the tasks of their team, its members and its
 * hamlet; a member their own and their team's. Everyone also sees what they answer for.
 */
public final class TaskVisibility {

	private TaskVisibility() {
	}

	public record Condition(String sql, Map<String, Object> params) {
	}

	public static Condition visible(Scope s) {
		Map<String, Object> p = new HashMap<>();
		p.put("me", s.username());
		if (s.isAdmin()) {
			return new Condition("true", p);
		}
		if (s.role().isOfficer()) {
			p.put("path", s.unitPath());
			return new Condition("(t.unit_path <@ cast(:path as ltree) or t.accountable = :me)", p);
		}
		return mine(s);
	}

	/** "Việc của tôi": what the caller is to do or to sign off. */
	public static Condition mine(Scope s) {
		Map<String, Object> p = new HashMap<>();
		p.put("me", s.username());
		p.put("team", s.teamId() == null ? -1L : s.teamId());
		p.put("member", s.memberId() == null ? -1L : s.memberId());
		p.put("unit", s.unitId() == null ? -1L : s.unitId());
		String sql = switch (s.role()) {
			case MEMBER -> "(t.assignee_member_id = :member or t.assignee_team_id = :team or t.accountable = :me)";
			case TEAM_LEADER -> """
					(t.assignee_team_id = :team or t.assignee_member_id in (select id from member where team_id = :team)
					 or (t.assignee_kind = 'UNIT' and t.assignee_unit_id = :unit) or t.accountable = :me)""";
			default -> "((t.assignee_kind = 'UNIT' and t.assignee_unit_id = :unit) or t.accountable = :me)";
		};
		return new Condition(sql, p);
	}

	/** The same rule as {@link #visible(Scope)}, for one task already read; team members come from {@code teamOfMember}. */
	public static boolean sees(Scope s, Task t, java.util.function.LongFunction<Long> teamOfMember) {
		if (s.isAdmin() || t.accountable().equals(s.username())) {
			return true;
		}
		if (s.role().isOfficer()) {
			return s.coversUnitPath(t.unitPath());
		}
		Long team = s.teamId();
		if (team != null && team.equals(t.assigneeTeamId())) {
			return true;
		}
		if (s.role() == Role.MEMBER) {
			return s.memberId() != null && s.memberId().equals(t.assigneeMemberId());
		}
		if (t.assigneeMemberId() != null && team != null && team.equals(teamOfMember.apply(t.assigneeMemberId()))) {
			return true;
		}
		return s.unitId() != null && t.assigneeKind() == vn.ngoso.tasks.AssigneeKind.UNIT
				&& s.unitId() == t.assigneeUnitId();
	}
}
