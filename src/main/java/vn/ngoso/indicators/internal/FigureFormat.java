package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them: {@code 1.351.439} and {@code 99,9%} in Vietnamese (whatever the
 * JDK's locale data says), {@code 1,351,439} and {@code 99.9%} in English.
 */
public final class FigureFormat {

	private FigureFormat() {
	}

	public static String format(BigDecimal value, boolean percent, Locale locale) {
		DecimalFormat format = new DecimalFormat(percent ? "#,##0.#" : "#,##0", symbols(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value) + (percent ? "%" : "");
	}

	private static DecimalFormatSymbols symbols(Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		boolean vietnamese = "vi".equals(locale.getLanguage());
		symbols.setGroupingSeparator(vietnamese ? '.' : ',');
		symbols.setDecimalSeparator(vietnamese ? ',' : '.');
		return symbols;
	}
}
