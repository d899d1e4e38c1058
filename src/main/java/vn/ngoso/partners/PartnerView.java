package vn.ngoso.partners;

import java.util.List;
import java.util.Map;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;

/**
 * What a partner's own people see: their enterprise, what it gave (with totals by kind) and the
 * tracked figures of each unit it covers for the period. Counts only: nothing about a person.
 */
public record PartnerView(Partner partner, List<Support> support, Map<SupportKind, Long> totals, Period period,
		List<UnitFigures> figures) {

	public record UnitFigures(long unitId, String unitCode, String unitName, Map<String, FigureValue> values) {
	}
}
