package vn.ngoso.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.ngoso.platform.InvalidInput;

/**
 * A span of whole months, both ends included. Stocks are read at the end of {@link #to()},
 * flows summed from {@link #from()} to {@link #to()}.
 */
public record Period(YearMonth from, YearMonth to) {

	/** Before this the teams did not exist: a period cannot start earlier. */
	public static final YearMonth EARLIEST = YearMonth.of(2020, 1);

	public Period {
		if (to.isBefore(from)) {
			throw InvalidInput.of("to", "period.reversed");
		}
	}

	public static Period month(YearMonth month) {
		return new Period(month, month);
	}

	public static Period year(int year) {
		return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
	}

	public static Period quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new Period(first, first.plusMonths(2));
	}

	/** Everything recorded up to the month of {@code today}. */
	public static Period toDate(LocalDate today) {
		return new Period(EARLIEST, YearMonth.from(today));
	}

	public LocalDate firstDay() {
		return from.atDay(1);
	}

	public LocalDate lastDay() {
		return to.atEndOfMonth();
	}

	public int months() {
		return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
	}
}
