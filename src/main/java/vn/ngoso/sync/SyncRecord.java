package vn.ngoso.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.teams.Sex;

/**
 * One record made on a phone. Exactly one of {@code visit}, {@code resident}, {@code edit} goes
 * with its {@code type}.
 *
 * @param id made by the phone when the record was made; it is the visit's, resident's or edit's id
 * @param type {@code visit}, {@code resident} (a new resident in a household) or {@code resident-edit}
 * @param at when the member made it, on the phone's clock (decides between two edits of one field)
 */
public record SyncRecord(@Nullable UUID id, @Nullable String type, @Nullable Instant at, @Nullable VisitData visit,
		@Nullable ResidentData resident, @Nullable EditData edit) implements Sent {

	public record VisitData(@Nullable UUID householdId, @Nullable LocalDate date, @Nullable List<Long> memberIds,
			@Nullable List<OutcomeData> outcomes, @Nullable String note) {
	}

	/** @param certificateDate the Bình dân học vụ số certificate's date, when the phone was given one */
	public record OutcomeData(@Nullable UUID residentId, @Nullable List<ReadinessItem> items,
			@Nullable LocalDate certificateDate) {
	}

	public record ResidentData(@Nullable UUID householdId, @Nullable String fullName, @Nullable LocalDate birthDate,
			@Nullable Integer birthYear, @Nullable Sex sex, @Nullable Relation relation, @Nullable String phone,
			@Nullable String cccd, @Nullable ConsentMethod consentMethod) {
	}

	public record EditData(@Nullable UUID householdId, @Nullable UUID residentId, @Nullable String fullName,
			@Nullable String phone) {
	}
}
