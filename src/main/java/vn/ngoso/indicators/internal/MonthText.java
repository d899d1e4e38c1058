package vn.ngoso.indicators.internal;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month as people type it: {@code 03/2024} or {@code 3/2024} (the spreadsheet's form), or
 * {@code 2024-03} (what a browser's month picker and the API send).
 */
public final class MonthText {

	private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private MonthText() {
	}

	/** Empty when the text is blank; {@code null} inside means "not a month". */
	public static Parsed parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			return new Parsed(true, null);
		}
		Matcher iso = ISO.matcher(t);
		if (iso.matches()) {
			return month(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
		}
		Matcher slashed = SLASHED.matcher(t);
		if (slashed.matches()) {
			return month(Integer.parseInt(slashed.group(2)), Integer.parseInt(slashed.group(1)));
		}
		return new Parsed(false, null);
	}

	private static Parsed month(int year, int month) {
		if (month < 1 || month > 12) {
			return new Parsed(false, null);
		}
		return new Parsed(false, YearMonth.of(year, month));
	}

	/** {@code blank}: nothing was typed; otherwise {@code month} is null when the text is no month. */
	public record Parsed(boolean blank, YearMonth month) {

		public Optional<YearMonth> value() {
			return Optional.ofNullable(month);
		}

		public boolean invalid() {
			return !blank && month == null;
		}
	}
}
