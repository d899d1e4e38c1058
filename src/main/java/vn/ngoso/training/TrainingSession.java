package vn.ngoso.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A held session of a course and the members who attended it (those the caller may see). */
public record TrainingSession(UUID id, long courseId, LocalDate date, String trainer, @Nullable String place,
		List<Long> memberIds) {
}
