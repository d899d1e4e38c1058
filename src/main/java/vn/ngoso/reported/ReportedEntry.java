package vn.ngoso.reported;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A reported value as an agency's officer enters it: for a unit (by code), an indicator of the
 * catalogue that is reported, a span of months, the value and an optional note.
 */
public record ReportedEntry(@Nullable String unitCode, @Nullable String indicator, @Nullable YearMonth from,
		@Nullable YearMonth to, @Nullable BigDecimal value, @Nullable String note) {
}
