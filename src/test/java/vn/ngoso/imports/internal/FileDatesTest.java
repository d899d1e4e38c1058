package vn.ngoso.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ngoso.imports.internal.FileDates.Precision;
import vn.ngoso.imports.internal.FileDates.Read;
import vn.ngoso.imports.internal.FileDates.Refusal;

/** The date forms the household file takes, and the ones it refuses rather than guess. */
class FileDatesTest {

	@Test
	void daysMonthsAndYearsInTheAcceptedForms() {
		assertThat(FileDates.read("15/03/1980")).isEqualTo(day(1980, 3, 15, Precision.DAY));
		assertThat(FileDates.read("5/3/1980")).isEqualTo(day(1980, 3, 5, Precision.DAY));
		assertThat(FileDates.read("1980-03-15")).isEqualTo(day(1980, 3, 15, Precision.DAY));
		assertThat(FileDates.read("1980/03/15")).as("year first is never read month last").isEqualTo(day(1980, 3, 15, Precision.DAY));
		assertThat(FileDates.read("03/2023")).isEqualTo(day(2023, 3, 1, Precision.MONTH));
		assertThat(FileDates.read("3/2023")).isEqualTo(day(2023, 3, 1, Precision.MONTH));
		assertThat(FileDates.read("2023-03")).isEqualTo(day(2023, 3, 1, Precision.MONTH));
		assertThat(FileDates.read("2023")).isEqualTo(day(2023, 1, 1, Precision.YEAR));
		assertThat(FileDates.read("29/02/2024")).isEqualTo(day(2024, 2, 29, Precision.DAY));
	}

	@Test
	void dayAndMonthThatCouldBeEitherWayRoundAreAmbiguous() {
		assertThat(FileDates.read("01-02-1990").refusal()).isEqualTo(Refusal.AMBIGUOUS);
		assertThat(FileDates.read("15-03-1980").refusal()).isEqualTo(Refusal.AMBIGUOUS);
	}

	@Test
	void whatIsNoDateIsUnreadable() {
		for (String text : new String[] { "29/02/2023", "31/04/2024", "13/2023", "15/03/80", "1980-3-15x", "01.02.1990",
				"1980.03.15", "abc", "x", "198", "19800", "15/03/1980 10:00", "15//1980", "/03/1980", "2023-", "1/2/3/2023",
				"2023-03-15-01", "1980-003-15" }) {
			assertThat(FileDates.read(text).refusal()).as(text).isEqualTo(Refusal.UNREADABLE);
		}
	}

	private static Read day(int year, int month, int day, Precision precision) {
		return new Read(LocalDate.of(year, month, day), precision, null);
	}
}
