package vn.ngoso.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is shown without signing in (see {@link PublicViews}): never the contact; text masked;
 * coordinates to about a hundred metres. An item not published, as the public list shows it, has
 * no reference, description, answer or coordinates, and the commune for its place.
 *
 * @param reference null in the public list for an item not published: the reference opens the rest
 * @param published whether the citizen (or staff, for what they wrote down) made its text public
 * @param reopenUntil the last moment the citizen may reopen the answer, or null when they cannot
 */
public record PublicFeedback(@Nullable String reference, String category, String categoryName,
		@Nullable String description, String unitCode, String unitName, @Nullable BigDecimal lat, @Nullable BigDecimal lon,
		FeedbackStatus status, @Nullable String agencyName, Instant receivedAt, LocalDate dueOn, @Nullable Instant answeredAt,
		@Nullable String answer, Instant updatedAt, @Nullable Instant reopenUntil,
		@JsonProperty("public") boolean published) {
}
