package vn.ngoso.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ReadinessItem;

/** A recorded visit. */
public record Visit(UUID id, UUID householdId, LocalDate date, String recordedBy, List<Long> memberIds,
		List<Outcome> outcomes, @Nullable String note, Instant recordedAt) {

	public record Outcome(UUID residentId, List<ReadinessItem> items) {
	}
}
