package vn.ngoso.partners.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.partners.SupportInput;
import vn.ngoso.territory.UnitReference;

/** A support entry as an API client sends it: the unit by its official code; the id may be made by the client. */
record SupportBody(@Nullable UUID id, @Nullable String kind, @Nullable LocalDate date, @Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
		@Nullable Integer quantity, @Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String note) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	SupportInput toInput(@Nullable Long resolvedUnitId) {
		return new SupportInput(id, kind, date, resolvedUnitId, quantity, sessionId, deskDayId, note);
	}
}
