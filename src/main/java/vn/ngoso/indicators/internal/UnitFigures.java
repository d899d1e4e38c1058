package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;
import vn.ngoso.territory.AdminUnit;

/**
 * A unit's figures for a period, by indicator code.
 *
 * @param communes the communes the unit counts for "communes with teams" (those under it, or 1
 * for a commune itself); null for a hamlet, where the figure means nothing
 */
public record UnitFigures(AdminUnit unit, @Nullable Integer communes, Map<String, FigureValue> values) {

	public FigureValue figure(String code) {
		return values.getOrDefault(code, FigureValue.none(code));
	}

	public @Nullable BigDecimal value(String code) {
		return figure(code).value();
	}

	/** The value as a whole number, zero when unknown (counts of tracked figures are always known). */
	public long count(String code) {
		BigDecimal value = value(code);
		return value == null ? 0 : value.longValue();
	}

	public @Nullable BigDecimal coveredRate() {
		return value(Indicators.COVERED_RATE);
	}

	public boolean hasHouseholds() {
		return count(Indicators.HOUSEHOLDS) > 0;
	}
}
