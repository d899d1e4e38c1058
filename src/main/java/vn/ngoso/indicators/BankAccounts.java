package vn.ngoso.indicators;

import java.util.Map;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;

/**
 * "People aged 15+ with a bank account": one definition, read by the report's line 13 and the
 * dashboard's tile, so the two cannot disagree. The State Bank branch's figure, once approved for
 * the period, is the figure: it counts every account holder of the unit, while the platform knows
 * only the residents its teams have profiled. Until one is approved, the platform's own count
 * (residents who count in "people 15+" holding the bank-account item, by the rules of
 * {@code docs/figures-rules.md}) stands in, named as such by its source, rather than "no data"
 * beside a dashboard that shows one.
 */
public final class BankAccounts {

	/** The State Bank branch's figure (reported, approved). */
	public static final String REPORTED = "BANK_ACCOUNTS_15";

	/** The platform's count of residents 15+ with the bank-account item. */
	public static final String TRACKED = Indicators.READY + "BANK_ACCOUNT";

	private BankAccounts() {
	}

	/** The code whose value is the figure, among a unit's tracked and approved values for a period. */
	public static String code(Map<String, FigureValue> values) {
		FigureValue reported = values.get(REPORTED);
		return reported != null && reported.known() ? REPORTED : TRACKED;
	}
}
