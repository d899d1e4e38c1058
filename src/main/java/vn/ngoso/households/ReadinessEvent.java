package vn.ngoso.households;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recording of an item; the profile's history keeps every one of them. */
public record ReadinessEvent(UUID residentId, String residentName, ReadinessItem item, LocalDate onDate,
		String recordedBy, @Nullable UUID visitId, Instant recordedAt) {
}
