package vn.ngoso.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates the household file's cells give (birth, registration, readiness), read one way for
 * every column. Accepted: a day {@code d/M/yyyy} (Vietnamese order, day first) or year first
 * {@code yyyy-MM-dd} (ISO, what Excel and databases export; {@code yyyy/MM/dd} too); a month
 * {@code M/yyyy} or {@code yyyy-MM}; a year {@code yyyy}. Slashes with the year last mean day
 * first. Refused: a day with the year last and dashes ({@code 01-02-1990}), which some programs
 * write month first, so it is ambiguous; dots, two-digit years, days that do not exist
 * (29/02/2023): unreadable.
 * Parsed by hand: the birth column of a province's file is 1.7 million cells.
 */
final class FileDates {

	/** How much of the date the cell gives; a month means its first day, a year 1 January. */
	enum Precision {
		DAY, MONTH, YEAR
	}

	/** Why a cell is not a date. */
	enum Refusal {
		/** Not one of the accepted forms, or not a real day. */
		UNREADABLE,
		/** Day and month could be either way round. */
		AMBIGUOUS
	}

	/** What a cell reads as: a date, or why not. */
	record Read(@Nullable LocalDate first, @Nullable Precision precision, @Nullable Refusal refusal) {

		private static final Read UNREADABLE = new Read(null, null, Refusal.UNREADABLE);

		private static final Read AMBIGUOUS = new Read(null, null, Refusal.AMBIGUOUS);

		boolean ok() {
			return refusal == null;
		}
	}

	private FileDates() {
	}

	/** @param text a cell as cleaned, not empty */
	static Read read(String text) {
		int n = text.length();
		if (n > 10) {
			return Read.UNREADABLE;
		}
		// up to three groups of digits, between them one kind of separator
		int[] values = new int[3];
		int[] digits = new int[3];
		int groups = 0;
		char separator = 0;
		int i = 0;
		while (true) {
			int start = i;
			int value = 0;
			while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				value = value * 10 + text.charAt(i) - '0';
				i++;
			}
			if (i == start || groups == 3) {
				return Read.UNREADABLE;
			}
			values[groups] = value;
			digits[groups++] = i - start;
			if (i == n) {
				break;
			}
			char c = text.charAt(i++);
			if (c != '/' && c != '-' && c != '.' || separator != 0 && c != separator) {
				return Read.UNREADABLE;
			}
			separator = c;
		}
		if (groups == 1) {
			return digits[0] == 4 ? of(values[0], 1, 1, Precision.YEAR) : Read.UNREADABLE;
		}
		if (digits[0] == 4 && separator != '.') {
			// year first: year-month(-day), never read another way
			return shortGroups(digits, 1, groups) ? of(values[0], values[1], groups == 3 ? values[2] : 1,
					groups == 3 ? Precision.DAY : Precision.MONTH) : Read.UNREADABLE;
		}
		if (digits[groups - 1] != 4 || !shortGroups(digits, 0, groups - 1)) {
			return Read.UNREADABLE;
		}
		if (separator != '/') {
			return groups == 3 && separator == '-' ? Read.AMBIGUOUS : Read.UNREADABLE;
		}
		return groups == 3 ? of(values[2], values[1], values[0], Precision.DAY)
				: of(values[1], values[0], 1, Precision.MONTH);
	}

	/** Day and month groups have one or two digits. */
	private static boolean shortGroups(int[] digits, int from, int to) {
		for (int g = from; g < to; g++) {
			if (digits[g] > 2) {
				return false;
			}
		}
		return true;
	}

	private static Read of(int year, int month, int day, Precision precision) {
		try {
			return new Read(LocalDate.of(year, month, day), precision, null);
		}
		catch (DateTimeException e) {
			return Read.UNREADABLE;
		}
	}
}
