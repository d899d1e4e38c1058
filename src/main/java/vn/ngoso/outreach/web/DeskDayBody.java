package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.outreach.RecordDeskDay;
import vn.ngoso.territory.UnitReference;

/**
 * A service-desk day as an API client sends it: the desk by its unit's official code.
 *
 * @param id made by the client: sending the same day again is a no-op
 * @param unitCode the desk: the province's code (its service centre) or a commune's (its one-stop desk)
 */
record DeskDayBody(@Nullable UUID id, @Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
		@Nullable LocalDate date, @Nullable List<Long> memberIds, @Nullable Integer accountsHelped,
		@Nullable Integer dossiersOnline, @Nullable Integer paymentsOnline, @Nullable String notes) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	RecordDeskDay toCommand(@Nullable Long resolvedUnitId) {
		return new RecordDeskDay(id, resolvedUnitId, date, memberIds, accountsHelped, dossiersOnline, paymentsOnline,
				notes);
	}
}
