package vn.ngoso.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import vn.ngoso.platform.Role;

/**
 * What one demo account may and may not reach, taken from the demo data: its own unit, team and
 * a member it may see (the positive controls), and real units, teams and members just beyond its
 * scope (the targets every refusal test aims at).
 *
 * @param ancestor the unit just above the scope unit: outside the scope although it contains it
 * @param outsideUnit a commune outside the scope, with teams in its hamlets but none on itself
 * @param outsideTeam a team outside the scope, inside {@code outsideUnit}, with room for a member
 * @param outsideMember an active member outside the scope (for a MEMBER: another member of his team)
 * @param otherTeamMember an active member of {@code outsideTeam}
 */
record ScopeTargets(String user, Role role, String scopePath, Unit ownUnit, TeamRef ownTeam, MemberRef ownMember,
		Unit ancestor, Unit outsideUnit, TeamRef outsideTeam, MemberRef outsideMember, MemberRef otherTeamMember) {

	record Unit(long id, String code, String name, String path) {
	}

	record TeamRef(long id, String name, long unitId, String unitCode, String decisionNo, String decisionDate) {
	}

	record MemberRef(long id, long teamId, String fullName, String phone) {
	}

	/** Every member the account must not reach. */
	List<MemberRef> outsideMembers() {
		return List.copyOf(new LinkedHashSet<>(List.of(outsideMember, otherTeamMember)));
	}

	boolean officer() {
		return role.isOfficer();
	}

	@Override
	public String toString() {
		return user + " (" + role + ")";
	}
}
