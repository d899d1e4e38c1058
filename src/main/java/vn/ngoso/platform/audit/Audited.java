package vn.ngoso.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * Published by a module in the transaction that changes a unit, team, member or user. The
 * audit log records it with who did it and from where, or not at all if the change rolls back.
 *
 * @param action CREATE, UPDATE or DELETE (or a domain verb such as LEAVE)
 * @param unitPath where the changed thing sits in the tree, so that the log can be read by scope
 */
public record Audited(String entityType, String entityId, String action, @Nullable String unitPath,
		@Nullable Object before, @Nullable Object after) {

	public static Audited created(String type, Object id, @Nullable String unitPath, Object after) {
		return new Audited(type, String.valueOf(id), "CREATE", unitPath, null, after);
	}

	public static Audited updated(String type, Object id, @Nullable String unitPath, Object before, Object after) {
		return new Audited(type, String.valueOf(id), "UPDATE", unitPath, before, after);
	}
}
