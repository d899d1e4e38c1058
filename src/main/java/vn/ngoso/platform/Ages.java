package vn.ngoso.platform;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Ages as the law counts them (Civil Code 2015, Article 148: a period in years that ends in a
 * month without the corresponding day ends on that month's last day). A person born on 29
 * February turns <i>n</i> on 28 February of a common year, which is what
 * {@link LocalDate#plusYears} gives and what PostgreSQL's {@code birth + interval 'n years'}
 * gives: the figures, the forms, resident and member checks and youth all use this rule. A person
 * known only by birth year is taken as born on 1 January of that year.
 */
public final class Ages {

	private Ages() {
	}

	/** The day the person turns {@code n}. */
	public static LocalDate birthday(LocalDate birth, int n) {
		return birth.plusYears(n);
	}

	public static boolean hasTurned(LocalDate birth, int n, LocalDate day) {
		return !birthday(birth, n).isAfter(day);
	}

	/** Completed years on {@code day} (negative for a day before the birth). */
	public static int ageOn(LocalDate birth, LocalDate day) {
		int years = day.getYear() - birth.getYear();
		return hasTurned(birth, years, day) ? years : years - 1;
	}

	/** The birth day the rules use: the day when known, else 1 January of the year. */
	public static LocalDate birth(@Nullable LocalDate birthDate, int birthYear) {
		return birthDate != null ? birthDate : LocalDate.of(birthYear, 1, 1);
	}

	public static int ageOn(@Nullable LocalDate birthDate, int birthYear, LocalDate day) {
		return ageOn(birth(birthDate, birthYear), day);
	}

	/**
	 * The latest birth day of someone who has turned {@code n} by {@code day}: for SQL filters
	 * ({@code birth_date <= latestBirthTurned(n, day)}). Usually {@code day.minusYears(n)}; on 28
	 * February of a common year it is the 29 February {@code n} years before, when there is one.
	 */
	public static LocalDate latestBirthTurned(int n, LocalDate day) {
		LocalDate candidate = day.minusYears(n);
		LocalDate next = candidate.plusDays(1);
		return hasTurned(next, n, day) ? next : candidate;
	}
}
