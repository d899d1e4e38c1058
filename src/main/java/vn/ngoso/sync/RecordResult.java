package vn.ngoso.sync;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;

/**
 * What became of one record: applied now, applied before (a copy: nothing changed), or refused
 * for good with the reason (a message key, with the fields at fault). A refused record is not
 * retried by the phone; sending it again gets the same answer.
 *
 * @param note a message key for an applied record that did not win (an edit older than one already applied)
 */
public record RecordResult(@Nullable UUID id, Status status, @Nullable String reason, List<InvalidInput.FieldError> errors,
		@Nullable String note) {

	public enum Status {
		APPLIED, DUPLICATE, REJECTED
	}

	static RecordResult applied(UUID id) {
		return new RecordResult(id, Status.APPLIED, null, List.of(), null);
	}

	static RecordResult duplicate(UUID id) {
		return new RecordResult(id, Status.DUPLICATE, null, List.of(), null);
	}

	static RecordResult rejected(@Nullable UUID id, String reason) {
		return new RecordResult(id, Status.REJECTED, reason, List.of(), null);
	}

	static RecordResult rejected(@Nullable UUID id, InvalidInput e) {
		return new RecordResult(id, Status.REJECTED, e.errors().get(0).messageKey(), e.errors(), null);
	}
}
