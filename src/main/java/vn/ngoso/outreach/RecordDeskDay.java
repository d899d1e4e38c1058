package vn.ngoso.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service-desk support day as sent. Without results it is planned (and may lie ahead); its
 * results (all three counts) can only be given for today or a day past.
 *
 * @param id made by the client: sending the same day again is a no-op
 * @param unitId the desk: the province (its service centre) or a commune (its one-stop desk)
 * @param memberIds members on duty
 */
public record RecordDeskDay(@Nullable UUID id, @Nullable Long unitId, @Nullable LocalDate date,
		@Nullable List<Long> memberIds, @Nullable Integer accountsHelped, @Nullable Integer dossiersOnline,
		@Nullable Integer paymentsOnline, @Nullable String notes) {

	/** Whether any result is given (then all three must be). */
	public boolean hasResults() {
		return accountsHelped != null || dossiersOnline != null || paymentsOnline != null;
	}
}
