package vn.ngoso.households;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change to a resident's name or phone as a phone sends it, perhaps long after it was made.
 *
 * @param id made by the phone: the same edit sent again is a no-op
 * @param fullName the new name, or null to leave it
 * @param phone the new phone, or null to leave it
 * @param editedAt when the member made the edit, on the phone's clock: the latest edit wins
 */
public record ResidentEdit(@Nullable UUID id, @Nullable UUID householdId, @Nullable UUID residentId,
		@Nullable String fullName, @Nullable String phone, @Nullable Instant editedAt) {

	public enum Field {
		FULL_NAME, PHONE
	}

	/** What became of an edit: it won (for now), lost to a later one, or had been received before. */
	public enum Result {
		APPLIED, SUPERSEDED, DUPLICATE
	}

	/**
	 * One field of one edit, as the history keeps it; the values are gone once consent is withdrawn.
	 *
	 * @param editedOn {@code editedAt} in Vietnam, as pages show it
	 */
	public record Entry(UUID id, UUID residentId, String residentName, Field field, @Nullable String value,
			@Nullable String previous, Instant editedAt, String recordedBy, Instant receivedAt, boolean superseded,
			@Nullable LocalDateTime editedOn) {

		public Entry in(ZoneId zone) {
			return new Entry(id, residentId, residentName, field, value, previous, editedAt, recordedBy, receivedAt,
					superseded, LocalDateTime.ofInstant(editedAt, zone));
		}
	}
}
