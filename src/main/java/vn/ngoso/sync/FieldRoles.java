package vn.ngoso.sync;

import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;

/**
 * Sync serves the phones of team members and leaders: their scope is one team's hamlet. An
 * officer's scope can be a province of half a million households, which no phone should hold.
 */
final class FieldRoles {

	private FieldRoles() {
	}

	static Scope check(Scope scope) {
		if ((scope.role() != Role.MEMBER && scope.role() != Role.TEAM_LEADER) || scope.unitPath() == null) {
			throw new NotAFieldRole();
		}
		return scope;
	}
}
