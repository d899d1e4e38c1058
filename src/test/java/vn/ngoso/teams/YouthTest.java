package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

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

	@Test
	void bornOnTwentyNinthFebruaryTurnsThirtyOneOnFirstMarchOfACommonYear() {
		LocalDate leapling = LocalDate.of(2004, 2, 29);
		assertThat(LocalDate.of(2035, 1, 1).isLeapYear()).isFalse();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2035, 2, 28))).isTrue();
		assertThat(Youth.isYouth(leapling, LocalDate.of(2035, 3, 1))).isFalse();
	}

	@Test
	void agreesWithAgeInCompletedYearsOnEveryDayAroundBothBoundaries() {
		for (LocalDate born : List.of(BORN, LocalDate.of(2004, 2, 29), LocalDate.of(2008, 2, 29),
				LocalDate.of(1999, 12, 31), LocalDate.of(2001, 1, 1), LocalDate.of(1996, 3, 1))) {
			for (LocalDate day = born.plusYears(15); day.isBefore(born.plusYears(32)); day = day.plusDays(1)) {
				int age = Period.between(born, day).getYears();
				assertThat(Youth.isYouth(born, day)).as("born %s, on %s (age %d)", born, day, age)
					.isEqualTo(age >= 16 && age <= 30);
			}
		}
	}

	@Test
	void sqlBoundsDescribeTheSamePeople() {
		LocalDate on = LocalDate.of(2026, 11, 28);
		assertThat(Youth.isYouth(Youth.bornOnOrBefore(on), on)).isTrue();
		assertThat(Youth.isYouth(Youth.bornOnOrBefore(on).plusDays(1), on)).isFalse();
		assertThat(Youth.isYouth(Youth.bornAfter(on), on)).isFalse();
		assertThat(Youth.isYouth(Youth.bornAfter(on).plusDays(1), on)).isTrue();
	}
}
