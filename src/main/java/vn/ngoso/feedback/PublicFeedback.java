package vn.ngoso.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding a reference number (or an Open311 client) sees: never the contact, and the
 * description with anything that looks like a phone or ID number masked.
 *
 * @param reopenUntil the last moment the citizen may reopen the answer, or null when they cannot
 */
public record PublicFeedback(String reference, String category, String categoryName, String description,
		String unitCode, String unitName, @Nullable BigDecimal lat, @Nullable BigDecimal lon, FeedbackStatus status,
		@Nullable String agencyName, Instant receivedAt, LocalDate dueOn, @Nullable Instant answeredAt,
		@Nullable String answer, Instant updatedAt, @Nullable Instant reopenUntil) {
}
