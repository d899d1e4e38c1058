package vn.ngoso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ngoso.platform.InvalidInput;

class DateTextTest {

	@Test
	void aDayIsReadDayFirst() {
		assertThat(DateText.day("06/12/2026")).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(DateText.day("6/1/2026")).isEqualTo(LocalDate.of(2026, 1, 6));
		assertThat(DateText.day(" 06 / 12 / 2026 ")).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(DateText.day("06-12-2026")).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(DateText.day("06.12.2026")).isEqualTo(LocalDate.of(2026, 12, 6));
	}

	@Test
	void isoIsReadTooForBookmarksAndClients() {
		assertThat(DateText.day("2026-12-06")).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(DateText.month("2026-12")).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void aMonthIsReadMonthFirst() {
		assertThat(DateText.month("12/2026")).isEqualTo(YearMonth.of(2026, 12));
		assertThat(DateText.month("3/2024")).isEqualTo(YearMonth.of(2024, 3));
	}

	@Test
	void blankIsNothing() {
		assertThat(DateText.day("  ")).isNull();
		assertThat(DateText.day(null)).isNull();
		assertThat(DateText.month("")).isNull();
	}

	@Test
	void daysThatDoNotExistAndOtherTextAreRefused() {
		for (String text : new String[] { "31/02/2026", "29/02/2023", "12/31/2026", "13/13/2026", "hôm qua",
				"06/12/26", "2026-1-6", "06/12-2026", "2026/12/06", "061220260" }) {
			assertThatThrownBy(() -> DateText.day(text)).as(text).isInstanceOf(IllegalArgumentException.class);
		}
		for (String text : new String[] { "13/2026", "0/2026", "2026-13", "2026-1", "tháng 3", "12/26" }) {
			assertThatThrownBy(() -> DateText.month(text)).as(text).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(DateText.day("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void aFormIsToldWhichFieldIsWrong() {
		assertThatThrownBy(() -> DateText.day("birthDate", "31/02/2026")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.firstKeyByField()).containsEntry("birthDate", DateText.DAY_INVALID));
		assertThatThrownBy(() -> DateText.month("from", "13/2026")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.firstKeyByField()).containsEntry("from", DateText.MONTH_INVALID));
	}

	@Test
	void datesAreShownDayFirst() {
		assertThat(DateText.show(LocalDate.of(2026, 1, 6))).isEqualTo("06/01/2026");
		assertThat(DateText.show(YearMonth.of(2026, 1))).isEqualTo("01/2026");
		var inputs = new DateInputs();
		assertThat(inputs.day("2026-01-06")).isEqualTo("06/01/2026");
		assertThat(inputs.day("hôm qua")).isEqualTo("hôm qua");
		assertThat(inputs.month(YearMonth.of(2026, 3))).isEqualTo("03/2026");
		assertThat(inputs.month("2026-03")).isEqualTo("03/2026");
		assertThat(inputs.day(null)).isEmpty();
	}
}
