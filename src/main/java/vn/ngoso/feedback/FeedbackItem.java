package vn.ngoso.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A feedback item as its agency and the officers above see it, contact included. */
public record FeedbackItem(UUID id, String reference, String category, String categoryName, String description,
		long unitId, String unitCode, String unitName, String unitPath, @Nullable BigDecimal lat, @Nullable BigDecimal lon,
		@Nullable String contactName, @Nullable String contactPhone, Channel channel, FeedbackStatus status,
		@Nullable Long agencyId, @Nullable String agencyName, Instant receivedAt, LocalDate firstDueOn, LocalDate dueOn,
		int escalationLevel, @Nullable Instant answeredAt, @Nullable String answer, @Nullable Instant reopenedAt,
		@Nullable Instant closedAt, Instant updatedAt) {

	public boolean overdue(LocalDate today) {
		return status.open() && today.isAfter(dueOn);
	}
}
