package vn.ngoso.merchants.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.merchants.MerchantInput;
import vn.ngoso.territory.UnitReference;

/**
 * A point as an API client sends it: its unit by official code (a stall without one takes its
 * market's). Kind and methods are text so that an unknown one is answered by name.
 *
 * @param id made by the client if it likes (a retry with the same id changes nothing); else made here
 */
record MerchantBody(@Nullable UUID id, @Nullable String kind, @Nullable String name, @Nullable String address,
		@Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable List<String> methods,
		@Nullable LocalDate startedOn, @Nullable Long teamId, @Nullable UUID marketId) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	MerchantInput toInput(@Nullable Long resolvedUnitId) {
		return new MerchantInput(id, kind, name, address, resolvedUnitId, latitude, longitude, methods, startedOn, teamId,
				marketId);
	}
}
