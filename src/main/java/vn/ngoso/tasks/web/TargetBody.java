package vn.ngoso.tasks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import vn.ngoso.tasks.NewTarget;
import vn.ngoso.territory.UnitReference;

/** A target as an API client sends it: {indicator, unitCode, from: "2026-01", to: "2026-12", value}. */
record TargetBody(@Nullable String indicator, @Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
		@Nullable YearMonth from, @Nullable YearMonth to, @Nullable BigDecimal value) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	NewTarget toCommand(@Nullable Long resolvedUnitId) {
		return new NewTarget(indicator, resolvedUnitId, from, to, value);
	}
}
