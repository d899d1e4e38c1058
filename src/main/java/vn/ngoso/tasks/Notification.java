package vn.ngoso.tasks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app notice: a task of the recipient's (or below them) went overdue. */
public record Notification(long id, Instant at, String kind, @Nullable Long taskId, @Nullable String taskTitle,
		@Nullable String unitName, boolean read) {
}
