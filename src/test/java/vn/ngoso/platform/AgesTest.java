package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ages under the Civil Code (Article 148): born 29 February, a year older on 28 February of a common year. */
class AgesTest {

	static final LocalDate LEAPLING = LocalDate.of(2008, 2, 29);

	@Test
	void bornOnTwentyNinthFebruary2008IsFourteenOnThe27thAndFifteenOnThe28thOfFebruary2023() {
		assertThat(Ages.ageOn(LEAPLING, LocalDate.of(2023, 2, 27))).isEqualTo(14);
		assertThat(Ages.ageOn(LEAPLING, LocalDate.of(2023, 2, 28))).isEqualTo(15);
		assertThat(Ages.hasTurned(LEAPLING, 15, LocalDate.of(2023, 2, 27))).isFalse();
		assertThat(Ages.hasTurned(LEAPLING, 15, LocalDate.of(2023, 2, 28))).isTrue();
		assertThat(Ages.birthday(LEAPLING, 15)).isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void inALeapYearTheBirthdayIsTheTwentyNinth() {
		assertThat(Ages.ageOn(LEAPLING, LocalDate.of(2024, 2, 28))).isEqualTo(15);
		assertThat(Ages.ageOn(LEAPLING, LocalDate.of(2024, 2, 29))).isEqualTo(16);
	}

	@Test
	void aBirthYearAloneCountsFromTheFirstOfJanuary() {
		assertThat(Ages.birth(null, 2008)).isEqualTo(LocalDate.of(2008, 1, 1));
		assertThat(Ages.ageOn(null, 2008, LocalDate.of(2023, 1, 1))).isEqualTo(15);
		assertThat(Ages.ageOn(null, 2008, LocalDate.of(2022, 12, 31))).isEqualTo(14);
		assertThat(Ages.ageOn(LEAPLING, 2008, LocalDate.of(2023, 2, 27))).as("a known day wins").isEqualTo(14);
	}

	/** Every other birthday is the same day as {@link Period#between} counts it; only 29 February differs. */
	@Test
	void agreesWithPeriodExceptOnTheLeapDay() {
		for (LocalDate born : List.of(LocalDate.of(2000, 6, 15), LocalDate.of(1999, 12, 31), LocalDate.of(2001, 1, 1),
				LocalDate.of(1996, 3, 1), LocalDate.of(1996, 2, 28), LEAPLING)) {
			for (LocalDate day = born; day.isBefore(born.plusYears(40)); day = day.plusDays(1)) {
				int expected = Period.between(born, day).getYears();
				if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29 && !day.isLeapYear()
						&& day.getMonthValue() == 2 && day.getDayOfMonth() == 28) {
					expected++;
				}
				assertThat(Ages.ageOn(born, day)).as("born %s, on %s", born, day).isEqualTo(expected);
			}
		}
	}

	@Test
	void theLatestBirthTurnedIsTheSqlBoundOfTheSameRule() {
		for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(1)) {
			for (int n : List.of(15, 16, 31)) {
				LocalDate bound = Ages.latestBirthTurned(n, day);
				assertThat(Ages.hasTurned(bound, n, day)).as("%d on %s", n, day).isTrue();
				assertThat(Ages.hasTurned(bound.plusDays(1), n, day)).as("%d on %s", n, day).isFalse();
			}
		}
		assertThat(Ages.latestBirthTurned(15, LocalDate.of(2023, 2, 28))).isEqualTo(LEAPLING);
	}
}
