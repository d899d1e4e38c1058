package vn.ngoso.indicators.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The tables of a dashboard, each exportable alone ({@code export.xlsx?table=children}) or all together. */
public enum DashboardTable {
	INDICATORS, CHILDREN, RANKING, TREND, REPORTED;

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String sheetKey() {
		return "dashboard.sheet." + param();
	}

	/** The table named by {@code param}, or all of them when it is blank or unknown. */
	public static List<DashboardTable> chosen(@Nullable String param) {
		if (param == null || param.isBlank()) {
			return List.of(values());
		}
		return Arrays.stream(values()).filter(t -> t.param().equalsIgnoreCase(param.strip())).findFirst()
			.map(List::of).orElse(List.of(values()));
	}
}
