package vn.ngoso.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.training.RecordTrainingSession;

/** A session of a course as a client posts it; the client makes the id (a resend is a no-op). */
record TrainingSessionBody(@Nullable UUID id, @Nullable LocalDate date, @Nullable String trainer,
		@Nullable String place, @Nullable List<Long> memberIds) {

	RecordTrainingSession toCommand() {
		return new RecordTrainingSession(id, date, trainer, place, memberIds);
	}
}
