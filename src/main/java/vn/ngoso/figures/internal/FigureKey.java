package vn.ngoso.figures.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** An aggregate row's key: the unit a record sits in, the indicator, the month. */
public record FigureKey(long unitId, String indicator, LocalDate month) implements Comparable<FigureKey> {

	/** What must be added to go from {@code before} to {@code after}; zero changes left out. */
	public static Map<FigureKey, Long> difference(Map<FigureKey, Long> before, Map<FigureKey, Long> after) {
		Map<FigureKey, Long> delta = new HashMap<>(after);
		before.forEach((key, value) -> delta.merge(key, -value, Long::sum));
		delta.values().removeIf(v -> v == 0);
		return delta;
	}

	@Override
	public int compareTo(FigureKey o) {
		int c = Long.compare(unitId, o.unitId);
		if (c == 0) {
			c = indicator.compareTo(o.indicator);
		}
		return c != 0 ? c : month.compareTo(o.month);
	}
}
