package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ngoso.platform.Ages;

/** Youth under the Youth Law: from the 16th birthday until the day before the 31st. */
class YouthTest {

	static final LocalDate BORN = LocalDate.of(2000, 6, 15);

	@Test
	void notYetYouthTheDayBeforeTheSixteenthBirthday() {
		assertThat(Youth.isYouth(BORN, LocalDate.of(2016, 6, 14))).isFalse();
	}

	@Test
	void youthFromTheSixteenthBirthday() {
		assertThat(Youth.isYouth(BORN, LocalDate.of(2016, 6, 15))).isTrue();
	}

	@Test
	void stillYouthTheDayBeforeTheThirtyFirstBirthday() {
		assertThat(Youth.isYouth(BORN, LocalDate.of(2031, 6, 14))).isTrue();
	}

	@Test
	void noLongerYouthOnTheThirtyFirstBirthday() {
		assertThat(Youth.isYouth(BORN, LocalDate.of(2031, 6, 15))).isFalse();
	}

	@Test
	void bornOnTwentyNinthFebruaryTurnsSixteenOnTheLeapDay() {
		LocalDate leapling = LocalDate.of(2008, 2, 29);
		assertThat(Youth.isYouth(leapling, LocalDate.of(2024, 2, 28))).isFalse();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2024, 2, 29))).isTrue();
	}

	/** Civil Code, Article 148: the period ends on the last day of February in a common year. */
	@Test
	void bornOnTwentyNinthFebruaryTurnsThirtyOneOnTwentyEighthFebruaryOfACommonYear() {
		LocalDate leapling = LocalDate.of(2004, 2, 29);
		assertThat(LocalDate.of(2035, 1, 1).isLeapYear()).isFalse();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2035, 2, 27))).isTrue();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2035, 2, 28))).isFalse();
	}

	@Test
	void bornOnTwentyNinthFebruary2008IsYouthFromTheLeapDay2024AndTheSqlBoundsAgree() {
		LocalDate leapling = LocalDate.of(2008, 2, 29);
		// 15 on 28/02/2023 (a common year), 16 on 29/02/2024
		assertThat(Youth.isYouth(leapling, LocalDate.of(2023, 2, 28))).isFalse();
		assertThat(Youth.bornOnOrBefore(LocalDate.of(2024, 2, 28))).isBefore(leapling);
		assertThat(Youth.bornOnOrBefore(LocalDate.of(2024, 2, 29))).isEqualTo(leapling);
		// 31 on 28/02/2039: the SQL bound moves to the 29th so the filter and the Java rule agree
		assertThat(Youth.isYouth(leapling, LocalDate.of(2039, 2, 27))).isTrue();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2039, 2, 28))).isFalse();
		assertThat(Youth.bornAfter(LocalDate.of(2039, 2, 28))).isEqualTo(leapling);
		assertThat(Youth.bornAfter(LocalDate.of(2039, 2, 27))).isBefore(leapling);
	}

	@Test
	void agreesWithAgeInCompletedYearsOnEveryDayAroundBothBoundaries() {
		for (LocalDate born : List.of(BORN, LocalDate.of(2004, 2, 29), LocalDate.of(2008, 2, 29),
				LocalDate.of(1999, 12, 31), LocalDate.of(2001, 1, 1), LocalDate.of(1996, 3, 1))) {
			for (LocalDate day = born.plusYears(15); day.isBefore(born.plusYears(32)); day = day.plusDays(1)) {
				int age = Ages.ageOn(born, day);
				assertThat(Youth.isYouth(born, day)).as("born %s, on %s (age %d)", born, day, age)
					.isEqualTo(age >= 16 && age <= 30);
			}
		}
	}

	@Test
	void sqlBoundsDescribeTheSamePeopleOnEveryDayOfFourYears() {
		for (LocalDate on = LocalDate.of(2026, 1, 1); on.isBefore(LocalDate.of(2030, 1, 1)); on = on.plusDays(1)) {
			sqlBoundsDescribeTheSamePeople(on);
		}
	}

	private static void sqlBoundsDescribeTheSamePeople(LocalDate on) {
		assertThat(Youth.isYouth(Youth.bornOnOrBefore(on), on)).isTrue();
		assertThat(Youth.isYouth(Youth.bornOnOrBefore(on).plusDays(1), on)).isFalse();
		assertThat(Youth.isYouth(Youth.bornAfter(on), on)).isFalse();
		assertThat(Youth.isYouth(Youth.bornAfter(on).plusDays(1), on)).isTrue();
	}
}
