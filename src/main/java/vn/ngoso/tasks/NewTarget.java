package vn.ngoso.tasks;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A target as a coordinator sets it, e.g. COVERED_RATE 80 in Huyện Vĩnh Hưng from 01/2026 to 12/2026. */
public record NewTarget(@Nullable String indicator, @Nullable Long unitId, @Nullable YearMonth from,
		@Nullable YearMonth to, @Nullable BigDecimal value) {
}
