package vn.ngoso.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A completion as sent: recording it again replaces the date and certificate number. */
public record RecordCompletion(@Nullable Long memberId, @Nullable LocalDate completedOn,
		@Nullable String certificateNo) {
}
