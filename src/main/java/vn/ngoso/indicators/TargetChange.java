package vn.ngoso.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a unit's own target: set (no old value), changed, or removed (no new value). */
public record TargetChange(String indicator, int year, @Nullable BigDecimal oldValue, @Nullable BigDecimal newValue,
		@Nullable String note, String changedBy, Instant changedAt) {
}
