package vn.ngoso.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A support day at a desk; the counts are null while it is only planned. A day at a desk above
 * the caller's scope is shown {@link #withoutPersonalData without} the members on duty, the notes
 * and who recorded it.
 */
public record ServiceDeskDay(UUID id, long unitId, String unitCode, String unitName, DeskKind desk, LocalDate date, List<Long> memberIds,
		List<String> memberNames, @Nullable Integer accountsHelped, @Nullable Integer dossiersOnline,
		@Nullable Integer paymentsOnline, @Nullable String notes, @Nullable String recordedBy, Instant recordedAt) {

	public boolean planned() {
		return accountsHelped == null;
	}

	/** When and where, and the counts, for someone who may not read about the people of that desk. */
	public ServiceDeskDay withoutPersonalData() {
		return new ServiceDeskDay(id, unitId, unitCode, unitName, desk, date, List.of(), List.of(), accountsHelped, dossiersOnline,
				paymentsOnline, null, null, recordedAt);
	}
}
