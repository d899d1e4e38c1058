package vn.ngoso.training.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ngoso.training.RecordCompletion;

/** A member's completion as a client posts it: posting it again replaces the date and certificate number. */
record CompletionBody(@Nullable Long memberId, @Nullable LocalDate completedOn, @Nullable String certificateNo) {

	RecordCompletion toCommand() {
		return new RecordCompletion(memberId, completedOn, certificateNo);
	}
}
