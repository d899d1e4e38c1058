package vn.ngoso.reported.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Months as officers type them, in the form, the API and spreadsheets. */
class MonthTextTest {

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
