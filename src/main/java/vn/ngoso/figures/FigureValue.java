package vn.ngoso.figures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's value for a unit and period: a count, or a percentage for rates (null when
 * there is nothing to divide by, or nothing reported), and when it last changed.
 */
public record FigureValue(String code, @Nullable BigDecimal value, @Nullable Instant changedAt) {

	public static FigureValue none(String code) {
		return new FigureValue(code, null, null);
	}

	public boolean known() {
		return value != null;
	}
}
