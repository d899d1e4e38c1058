package vn.ngoso.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an item's history: who did what, its status after, the agency it went to, why. */
public record FeedbackEvent(Instant at, String actor, String action, FeedbackStatus status, @Nullable String agencyName,
		@Nullable String note) {
}
