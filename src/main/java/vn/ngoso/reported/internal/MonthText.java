package vn.ngoso.reported.internal;

import java.time.YearMonth;
import java.util.Optional;
import vn.ngoso.platform.web.DateText;

/**
 * A month as people type it: {@code 03/2024} or {@code 3/2024} (the spreadsheet's and the pages' form),
 * or {@code 2024-03} (what the API sends), read by {@link DateText}.
 */
public final class MonthText {

	private MonthText() {
	}

	/** Empty when the text is blank; {@code null} inside means "not a month". */
	public static Parsed parse(String text) {
		if (text == null || text.isBlank()) {
			return new Parsed(true, null);
		}
		try {
			return new Parsed(false, DateText.month(text));
		}
		catch (IllegalArgumentException e) {
			return new Parsed(false, null);
		}
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
