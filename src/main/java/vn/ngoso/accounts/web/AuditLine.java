package vn.ngoso.accounts.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry as the page shows it: labels already translated, the moment in Vietnam time.
 *
 * @param who the person's name, or the label of a system actor ("Hệ thống", "Dữ liệu mẫu")
 * @param account the account name beside a person's name, null for a system actor
 */
record AuditLine(String at, String who, @Nullable String account, boolean systemActor, String type, String action,
		String entityId, @Nullable String address, List<AuditChanges.Change> changes) {
}
