package vn.ngoso.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A session of a course as sent; the client makes the id (a resend is a no-op). */
public record RecordTrainingSession(@Nullable UUID id, @Nullable LocalDate date, @Nullable String trainer,
		@Nullable String place, @Nullable List<Long> memberIds) {
}
