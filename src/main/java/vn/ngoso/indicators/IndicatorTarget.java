package vn.ngoso.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A target for an indicator and a year, and where it comes from: a national default (no unit,
 * {@code basis} names the decision) or a unit's own.
 *
 * @param year the year the target was set for (the year asked may be later: see {@link IndicatorTargets})
 * @param basis the legal basis or note ("Quyết định 411/QĐ-TTg", "Kế hoạch 45/KH-UBND"), if given
 * @param unitLevel 1 province, 2 district, 3 commune, 4 hamlet; 0 for a national default
 * @param own whether it is the asked unit's own target (not inherited)
 */
public record IndicatorTarget(String indicator, int year, BigDecimal value, @Nullable String basis,
		@Nullable Long unitId, @Nullable String unitCode, @Nullable String unitName, int unitLevel, boolean own) {

	public boolean national() {
		return unitId == null;
	}
}
