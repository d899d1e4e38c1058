package vn.ngoso.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A feedback item as its agency and the officers above see it, contact included.
 *
 * @param published whether anyone may read its text (masked); {@code "public"} in JSON, as staff send it
 * @param communeCode the commune it was raised in (itself, or the hamlet's commune): all the public
 *        learns of the place of an item that is not published
 */
public record FeedbackItem(UUID id, String reference, String category, String categoryName, String description,
		long unitId, String unitCode, String unitName, String unitPath, @Nullable BigDecimal lat, @Nullable BigDecimal lon,
		@Nullable String contactName, @Nullable String contactPhone, Channel channel, FeedbackStatus status,
		@Nullable Long agencyId, @Nullable String agencyName, Instant receivedAt, LocalDate firstDueOn, LocalDate dueOn,
		int escalationLevel, @Nullable Instant answeredAt, @Nullable String answer, @Nullable Instant reopenedAt,
		@Nullable Instant closedAt, Instant updatedAt, @JsonProperty("public") boolean published, String communeCode,
		String communeName) {

	/** The day it was received, by Vietnam's calendar. */
	public LocalDate receivedOn() {
		return receivedAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
	}

	public boolean overdue(LocalDate today) {
		return status.open() && today.isAfter(dueOn);
	}
}
