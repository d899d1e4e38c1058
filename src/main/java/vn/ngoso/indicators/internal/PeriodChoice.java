package vn.ngoso.indicators.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Months;
import vn.ngoso.figures.Period;
import vn.ngoso.platform.InvalidInput;

/**
 * A period as the picker offers it: the year to date (the default), a month, a quarter, a year
 * or a range of months. Links carry only {@code from} and {@code to}; the kind is read back from
 * them, so a shared link opens the picker as it was left.
 */
public record PeriodChoice(Kind kind, Period period) {

	public enum Kind {
		YEAR_TO_DATE, MONTH, QUARTER, YEAR, RANGE
	}

	/** What the picker form sends; every field optional, read according to {@code kind}. */
	public record Form(@Nullable String kind, @Nullable String month, @Nullable String quarter, @Nullable String year,
			@Nullable String from, @Nullable String to) {

		public static Form empty() {
			return new Form(null, null, null, null, null, null);
		}
	}

	public static PeriodChoice yearToDate(LocalDate today) {
		YearMonth now = YearMonth.from(today);
		return new PeriodChoice(Kind.YEAR_TO_DATE, new Period(YearMonth.of(now.getYear(), 1), now));
	}

	/** The choice a form (or a link with {@code from} and {@code to}) makes; invalid input is refused. */
	public static PeriodChoice of(Form form, LocalDate today) {
		Kind kind = kindOf(form.kind());
		if (kind == null) {
			return fromRange(form.from(), form.to(), today);
		}
		return switch (kind) {
			case YEAR_TO_DATE -> yearToDate(today);
			case MONTH -> {
				YearMonth month = required("month", Months.parse("month", form.month()));
				yield new PeriodChoice(Kind.MONTH, Period.month(month));
			}
			case QUARTER -> {
				int year = Months.year("year", orEmpty(form.year()));
				yield new PeriodChoice(Kind.QUARTER, Period.quarter(year, quarter(form.quarter())));
			}
			case YEAR -> new PeriodChoice(Kind.YEAR, Period.year(Months.year("year", orEmpty(form.year()))));
			case RANGE -> {
				YearMonth from = required("from", Months.parse("from", form.from()));
				yield inferred(Months.between(from, required("to", Months.parse("to", form.to()))), today);
			}
		};
	}

	/**
	 * {@code from} and {@code to} as the API and links give them: a missing {@code to} is the
	 * current month, a missing {@code from} January of {@code to}'s year.
	 */
	public static PeriodChoice fromRange(@Nullable String from, @Nullable String to, LocalDate today) {
		YearMonth end = Months.parse("to", to);
		YearMonth start = Months.parse("from", from);
		if (end == null) {
			end = YearMonth.from(today);
		}
		if (start == null) {
			start = YearMonth.of(end.getYear(), 1);
		}
		return inferred(Months.between(start, end), today);
	}

	/** The kind a period reads as: a single month, a calendar quarter or year, the year to date, or a range. */
	public static PeriodChoice inferred(Period period, LocalDate today) {
		YearMonth from = period.from();
		YearMonth to = period.to();
		Kind kind;
		// The year to date first: in January it is a single month, and should still read as the default.
		if (from.getMonthValue() == 1 && to.equals(YearMonth.from(today)) && from.getYear() == to.getYear()) {
			kind = Kind.YEAR_TO_DATE;
		}
		else if (from.equals(to)) {
			kind = Kind.MONTH;
		}
		else if (from.getMonthValue() == 1 && to.equals(from.plusMonths(11))) {
			kind = Kind.YEAR;
		}
		else if (from.getMonthValue() % 3 == 1 && to.equals(from.plusMonths(2))) {
			kind = Kind.QUARTER;
		}
		else {
			kind = Kind.RANGE;
		}
		return new PeriodChoice(kind, period);
	}

	public YearMonth from() {
		return period.from();
	}

	public YearMonth to() {
		return period.to();
	}

	public int year() {
		return period.to().getYear();
	}

	public int quarter() {
		return (period.from().getMonthValue() - 1) / 3 + 1;
	}

	/** The query string every link of the dashboard carries. */
	public String query() {
		return "from=" + period.from() + "&to=" + period.to();
	}

	/** The message key and arguments that describe the period ("Quý 1/2025"). */
	public String labelKey() {
		return "dashboard.period.label." + kind;
	}

	public Object[] labelArgs() {
		return switch (kind) {
			case YEAR_TO_DATE -> new Object[] { String.valueOf(period.from().getYear()), monthText(period.to()) };
			case MONTH -> new Object[] { monthText(period.from()) };
			case QUARTER -> new Object[] { quarter(), String.valueOf(year()) };
			case YEAR -> new Object[] { String.valueOf(year()) };
			case RANGE -> new Object[] { monthText(period.from()), monthText(period.to()) };
		};
	}

	/** Years the picker offers: from the first possible one to next year. */
	public static List<Integer> years(LocalDate today) {
		return IntStream.rangeClosed(Period.EARLIEST.getYear(), today.getYear() + 1).boxed()
			.sorted((a, b) -> b - a).toList();
	}

	/** {@code 03/2025}. */
	public static String monthText(YearMonth month) {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	private static @Nullable Kind kindOf(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("kind", "dashboard.param.kind");
		}
	}

	private static int quarter(@Nullable String text) {
		String q = text == null ? "" : text.strip();
		if (!q.matches("[1-4]")) {
			throw InvalidInput.of("quarter", "dashboard.param.quarter", text == null ? "" : text);
		}
		return Integer.parseInt(q);
	}

	private static YearMonth required(String parameter, @Nullable YearMonth month) {
		if (month == null) {
			throw InvalidInput.of(parameter, "dashboard.param.month", parameter, "");
		}
		return month;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
