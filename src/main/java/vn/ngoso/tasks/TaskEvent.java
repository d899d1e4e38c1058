package vn.ngoso.tasks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a task's history: a change (kind CREATED, PROGRESS, SIGNED_OFF, OVERDUE) or a COMMENT. */
public record TaskEvent(Instant at, String actor, String kind, @Nullable Integer progress, @Nullable TaskStatus status,
		@Nullable String text) {
}
