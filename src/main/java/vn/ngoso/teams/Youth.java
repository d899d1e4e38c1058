package vn.ngoso.teams;

import java.time.LocalDate;

/**
 * Youth under the Youth Law 57/2020/QH14: from the 16th birthday until the day before the 31st.
 * The SQL filters use the same bounds ({@link #bornAfter} exclusive, {@link #bornOnOrBefore}).
 */
public final class Youth {

	public static final int FROM_AGE = 16;

	public static final int TO_AGE = 30;

	private Youth() {
	}

	public static boolean isYouth(LocalDate birthDate, LocalDate on) {
		return bornAfter(on).isBefore(birthDate) && !birthDate.isAfter(bornOnOrBefore(on));
	}

	/** People born after this day have not yet turned 31 on {@code on}. */
	public static LocalDate bornAfter(LocalDate on) {
		return on.minusYears(TO_AGE + 1);
	}

	/** People born on or before this day have turned 16 by {@code on}. */
	public static LocalDate bornOnOrBefore(LocalDate on) {
		return on.minusYears(FROM_AGE);
	}
}
