package vn.ngoso.figures;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;

/**
 * Months as pages and the API take them ({@code 2025-03}, or {@code 03/2025} as the pages' fields are typed:
 * {@link DateText}), refused with a message naming the parameter.
 */
public final class Months {

	private Months() {
	}

	/** The month in {@code text}, or null when it is blank. */
	public static @Nullable YearMonth parse(String parameter, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		YearMonth parsed;
		try {
			parsed = DateText.month(text);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of(parameter, "dashboard.param.month", parameter, text);
		}
		if (parsed.isBefore(Period.EARLIEST)) {
			throw InvalidInput.of(parameter, "dashboard.param.tooEarly", parameter, "01/" + Period.EARLIEST.getYear());
		}
		return parsed;
	}

	/** {@code from} to {@code to}, refused (naming {@code to}) when reversed. */
	public static Period between(YearMonth from, YearMonth to) {
		if (to.isBefore(from)) {
			throw InvalidInput.of("to", "dashboard.param.reversed", from.toString(), to.toString());
		}
		return new Period(from, to);
	}

	/** A year given as text, from the first year a period may start in to 2100. */
	public static int year(String parameter, String text) {
		String year = text.strip();
		if (!year.matches("\\d{4}") || Integer.parseInt(year) < Period.EARLIEST.getYear()
				|| Integer.parseInt(year) > 2100) {
			throw InvalidInput.of(parameter, "dashboard.param.year", parameter,
					String.valueOf(Period.EARLIEST.getYear()), text);
		}
		return Integer.parseInt(year);
	}
}
