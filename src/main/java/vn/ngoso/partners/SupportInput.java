package vn.ngoso.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A support entry to record; the id may be made by the client (a retry then changes nothing). */
public record SupportInput(@Nullable UUID id, @Nullable String kind, @Nullable LocalDate date, @Nullable Long unitId,
		@Nullable Integer quantity, @Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String note) {
}
