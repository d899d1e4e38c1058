package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Indicators;

/**
 * What the two charts draw, as plain data: the page carries it in a {@code data-chart} attribute
 * (escaped like any attribute), so the charts need no second request and no inline script.
 */
public final class ChartData {

	private ChartData() {
	}

	/** Covered and not-covered households of each child unit, with the link to its dashboard. */
	public static Map<String, Object> children(DashboardView view, ValueFormat fmt, String contextPath) {
		List<UnitFigures> children = view.children();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", "bars");
		data.put("locale", fmt.locale().getLanguage());
		data.put("names", children.stream().map(c -> c.unit().name()).toList());
		data.put("covered", children.stream().map(c -> c.count(Indicators.COVERED_HOUSEHOLDS)).toList());
		data.put("notCovered", children.stream()
			.map(c -> Math.max(0, c.count(Indicators.HOUSEHOLDS) - c.count(Indicators.COVERED_HOUSEHOLDS)))
			.toList());
		data.put("links", children.stream()
			.map(c -> contextPath + "/dashboard/" + c.unit().id() + "?" + view.period().query()).toList());
		data.put("series", List.of(fmt.text("dashboard.chart.covered"), fmt.text("dashboard.chart.notCovered")));
		return data;
	}

	/** Covered households at each month's end and visits in each month. */
	public static Map<String, Object> trend(DashboardView view, ValueFormat fmt) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", "trend");
		data.put("locale", fmt.locale().getLanguage());
		data.put("months", view.trend().stream().map(m -> fmt.month(m.month())).toList());
		data.put("covered", view.trend().stream().map(m -> number(m.covered())).toList());
		data.put("visits", view.trend().stream().map(m -> number(m.visits())).toList());
		data.put("series", List.of(fmt.text("dashboard.chart.covered"), fmt.text("dashboard.chart.visits")));
		return data;
	}

	private static long number(@Nullable BigDecimal value) {
		return value == null ? 0 : value.longValue();
	}
}
