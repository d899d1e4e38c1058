package vn.ngoso.tasks;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task as a coordinator sets it.
 *
 * @param accountable username of who signs it off; empty means the creator
 */
public record NewTask(@Nullable String title, @Nullable String doneMeans, @Nullable AssigneeKind assigneeKind,
		@Nullable Long assigneeId, @Nullable LocalDate startsOn, @Nullable LocalDate dueOn,
		@Nullable String accountable) {
}
