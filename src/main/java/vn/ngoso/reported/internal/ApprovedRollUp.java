package vn.ngoso.reported.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Measure;
import vn.ngoso.reported.internal.ReportedRepository.OwnValue;

/**
 * A unit's reported figure from its subtree's own values: the unit's own value if it has one,
 * otherwise the sum of its children's figures, each found the same way. Unrolled, that is the sum
 * of the values of the units nearest the top on each branch: a value counts unless a unit above it
 * (still inside the subtree) has a value of its own. A rate is only ever the unit's own.
 */
public final class ApprovedRollUp {

	private ApprovedRollUp() {
	}

	public static Map<String, FigureValue> of(long unitId, List<Indicator> reported, List<OwnValue> own) {
		Map<String, List<OwnValue>> byIndicator = new HashMap<>();
		own.forEach(v -> byIndicator.computeIfAbsent(v.indicator(), k -> new java.util.ArrayList<>()).add(v));
		Map<String, FigureValue> values = new LinkedHashMap<>();
		for (Indicator indicator : reported) {
			List<OwnValue> rows = byIndicator.getOrDefault(indicator.code(), List.of());
			values.put(indicator.code(), indicator.measure() == Measure.RATE ? ownOnly(unitId, indicator.code(), rows)
					: topmost(indicator.code(), rows));
		}
		return values;
	}

	private static FigureValue ownOnly(long unitId, String code, List<OwnValue> rows) {
		return rows.stream().filter(v -> v.unitId() == unitId).findFirst()
			.map(v -> new FigureValue(code, ReportedRepository.normal(v.value()), v.approvedAt()))
			.orElse(FigureValue.none(code));
	}

	private static FigureValue topmost(String code, List<OwnValue> rows) {
		if (rows.isEmpty()) {
			return FigureValue.none(code);
		}
		Set<String> withValue = new HashSet<>();
		rows.forEach(v -> withValue.add(String.valueOf(v.unitId())));
		BigDecimal sum = BigDecimal.ZERO;
		Instant changed = null;
		for (OwnValue v : rows) {
			if (hasValueAbove(v.path(), withValue)) {
				continue;
			}
			sum = sum.add(v.value());
			changed = changed == null || v.approvedAt().isAfter(changed) ? v.approvedAt() : changed;
		}
		return new FigureValue(code, ReportedRepository.normal(sum), changed);
	}

	/** Whether a unit on the path above the last one has a value (paths are ids joined by dots). */
	private static boolean hasValueAbove(String path, Set<String> withValue) {
		String[] ids = path.split("\\.");
		for (int i = 0; i < ids.length - 1; i++) {
			if (withValue.contains(ids[i])) {
				return true;
			}
		}
		return false;
	}
}
