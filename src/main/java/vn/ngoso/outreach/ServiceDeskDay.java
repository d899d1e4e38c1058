package vn.ngoso.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A support day at a desk; the counts are null while it is only planned. */
public record ServiceDeskDay(UUID id, long unitId, String unitName, DeskKind desk, LocalDate date, List<Long> memberIds,
		List<String> memberNames, @Nullable Integer accountsHelped, @Nullable Integer dossiersOnline,
		@Nullable Integer paymentsOnline, @Nullable String notes, String recordedBy, Instant recordedAt) {

	public boolean planned() {
		return accountsHelped == null;
	}
}
