package vn.ngoso.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A flag as the list shows it: the reason, the records it names and its review. */
public record DataFlag(long id, LocalDate day, FlagKind kind, long unitId, String unitName, String reason,
		@Nullable Long memberId, @Nullable Long teamId, @Nullable UUID householdId, List<UUID> visitIds,
		@Nullable FlagReview review, @Nullable String reviewedBy, @Nullable Instant reviewedAt) {
}
