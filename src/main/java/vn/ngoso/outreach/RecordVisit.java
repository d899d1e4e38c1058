package vn.ngoso.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ReadinessItem;

/**
 * A visit as the phone sends it.
 *
 * @param id made by the client: sending the same visit again is a no-op
 * @param memberIds members present; empty means the member recording it
 */
public record RecordVisit(@Nullable UUID id, @Nullable UUID householdId, @Nullable LocalDate date,
		@Nullable List<Long> memberIds, @Nullable List<Outcome> outcomes, @Nullable String note) {

	/**
	 * The items one resident was helped with.
	 *
	 * @param certificateDate the date on the resident's Bình dân học vụ số certificate: gives
	 *     {@link ReadinessItem#DIGITAL_LITERACY} (implied when absent from the items) that day
	 *     instead of the visit's
	 */
	public record Outcome(@Nullable UUID residentId, @Nullable List<ReadinessItem> items,
			@Nullable LocalDate certificateDate) {

		public Outcome(@Nullable UUID residentId, @Nullable List<ReadinessItem> items) {
			this(residentId, items, null);
		}
	}
}
