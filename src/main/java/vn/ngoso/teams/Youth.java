package vn.ngoso.teams;

import java.time.LocalDate;
import vn.ngoso.platform.Ages;

/**
 * Youth under the Youth Law 57/2020/QH14: from the 16th birthday until the day before the 31st,
 * birthdays counted by {@link Ages} (born 29 February: 28 February in a common year). The SQL
 * filters use the same bounds ({@link #bornAfter} exclusive, {@link #bornOnOrBefore}).
 */
public final class Youth {

	public static final int FROM_AGE = 16;

	public static final int TO_AGE = 30;

	private Youth() {
	}

	public static boolean isYouth(LocalDate birthDate, LocalDate on) {
		return Ages.hasTurned(birthDate, FROM_AGE, on) && !Ages.hasTurned(birthDate, TO_AGE + 1, on);
	}

	/** People born after this day have not yet turned 31 on {@code on}. */
	public static LocalDate bornAfter(LocalDate on) {
		return Ages.latestBirthTurned(TO_AGE + 1, on);
	}

	/** People born on or before this day have turned 16 by {@code on}. */
	public static LocalDate bornOnOrBefore(LocalDate on) {
		return Ages.latestBirthTurned(FROM_AGE, on);
	}
}
