package vn.ngoso.outreach.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.RecordVisit.Outcome;
import vn.ngoso.households.ReadinessItem;

/**
 * A visit as a client posts it: the API's own record, so the module's command can change without
 * changing the JSON.
 *
 * @param id made by the client: sending the same visit again is a no-op
 * @param memberIds members present; empty means the member recording it
 */
record VisitBody(@Nullable UUID id, @Nullable UUID householdId, @Nullable LocalDate date,
		@Nullable List<Long> memberIds, @Nullable List<OutcomeBody> outcomes, @Nullable String note) {

	/** The items one resident was helped with; the certificate's date gives digital literacy that day. */
	record OutcomeBody(@Nullable UUID residentId, @Nullable List<ReadinessItem> items,
			@Nullable LocalDate certificateDate) {
	}

	RecordVisit toCommand() {
		List<Outcome> helped = outcomes == null ? null : outcomes.stream()
			.map(o -> o == null ? null : new Outcome(o.residentId(), o.items(), o.certificateDate()))
			.toList();
		return new RecordVisit(id, householdId, date, memberIds, helped, note);
	}
}
