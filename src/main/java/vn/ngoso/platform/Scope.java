package vn.ngoso.platform;

import org.jspecify.annotations.Nullable;

/**
 * What a signed-in person may see: a subtree of administrative units (by its {@code ltree}
 * path), narrowed to one team for a team leader and to one member for a member.
 *
 * Serializable: the signed-in principal carries it in the session, which lives in the database
 * (Spring Session JDBC) so that every application node can read it.
 *
 * @param unitPath ltree path of the scope unit; null only for ADMIN (everything)
 */
public record Scope(String username, Role role, @Nullable Long unitId, @Nullable String unitPath,
		@Nullable Long teamId, @Nullable Long memberId) implements java.io.Serializable {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** True when the unit with this path lies inside the scope's subtree. */
	public boolean coversUnitPath(String path) {
		if (isAdmin()) {
			return true;
		}
		return unitPath != null && (path.equals(unitPath) || path.startsWith(unitPath + "."));
	}

	/** The ltree path to filter subtree queries with, or null for "no restriction". */
	public @Nullable String subtreeFilter() {
		return isAdmin() ? null : unitPath;
	}
}
