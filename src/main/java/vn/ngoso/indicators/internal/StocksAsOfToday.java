package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.StockToday;
import vn.ngoso.territory.AdminUnit;

/**
 * Replaces, for a period that has not ended yet, the month-end value of the stocks that would
 * count the future (see {@link StockToday}) by their value as of today. A closed unit keeps its
 * live rows: its subtree is history.
 */
@Component
class StocksAsOfToday {

	private final List<StockToday> stocks;

	private final Clock clock;

	StocksAsOfToday(List<StockToday> stocks, Clock clock) {
		this.stocks = stocks;
		this.clock = clock;
	}

	Map<String, FigureValue> apply(AdminUnit unit, Period period, Map<String, FigureValue> values) {
		LocalDate today = LocalDate.now(clock);
		if (period.lastDay().isBefore(today) || unit.validTo() != null || stocks.isEmpty()) {
			return values;
		}
		Map<String, FigureValue> adjusted = new LinkedHashMap<>(values);
		for (StockToday stock : stocks) {
			FigureValue monthEnd = values.get(stock.indicator());
			if (monthEnd != null) {
				adjusted.put(stock.indicator(), new FigureValue(stock.indicator(),
						BigDecimal.valueOf(stock.valueOn(unit.path(), today)), monthEnd.changedAt()));
			}
		}
		return adjusted;
	}
}
