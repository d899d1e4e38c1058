package vn.ngoso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Months and numbers as officers type them, in the form, the API and spreadsheets. */
class TypedTextTest {

	@Test
	void numbersInVietnameseAndEnglishNotation() {
		assertThat(NumberText.parse("1.351.439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("1351439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("99,9")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("99,9%")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("99.9")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("1.351.439,5")).isEqualByComparingTo("1351439.5");
		assertThat(NumberText.parse("1,351,439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("1,351,439.5")).isEqualByComparingTo("1351439.5");
		assertThat(NumberText.parse(" 2 275 567 ")).isEqualByComparingTo("2275567");
		assertThat(NumberText.parse("1,351")).as("one comma is a decimal mark").isEqualByComparingTo("1.351");
		assertThat(NumberText.parse("-5")).isEqualByComparingTo("-5");
		assertThat(NumberText.parse("nhiều")).isNull();
		assertThat(NumberText.parse("1.2.3")).isNull();
		assertThat(NumberText.parse("")).isNull();
	}

	@Test
	void monthsAsTheSpreadsheetAndThePickerWriteThem() {
		assertThat(MonthText.parse("03/2024").month()).isEqualTo(YearMonth.of(2024, 3));
		assertThat(MonthText.parse("3/2024").month()).isEqualTo(YearMonth.of(2024, 3));
		assertThat(MonthText.parse("2024-03").month()).isEqualTo(YearMonth.of(2024, 3));
		assertThat(MonthText.parse(" 12 / 2024 ").month()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(MonthText.parse("13/2024").invalid()).isTrue();
		assertThat(MonthText.parse("2024/03").invalid()).isTrue();
		assertThat(MonthText.parse("tháng 3").invalid()).isTrue();
		assertThat(MonthText.parse("  ").blank()).isTrue();
		assertThat(MonthText.parse(null).blank()).isTrue();
	}
}
