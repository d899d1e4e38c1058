package vn.ngoso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ngoso.indicators.internal.PeriodChoice.Form;
import vn.ngoso.indicators.internal.PeriodChoice.Kind;
import vn.ngoso.platform.InvalidInput;

class PeriodChoiceTest {

	static final LocalDate TODAY = LocalDate.of(2025, 8, 14);

	@Test
	void byDefaultTheYearToDate() {
		PeriodChoice choice = PeriodChoice.of(Form.empty(), TODAY);
		assertThat(choice.kind()).isEqualTo(Kind.YEAR_TO_DATE);
		assertThat(choice.from()).isEqualTo(YearMonth.of(2025, 1));
		assertThat(choice.to()).isEqualTo(YearMonth.of(2025, 8));
		assertThat(choice.query()).isEqualTo("from=2025-01&to=2025-08");
		assertThat(choice.labelArgs()).containsExactly("2025", "08/2025");
	}

	@Test
	void eachKindOfTheFormReadsOnlyItsOwnFields() {
		assertThat(PeriodChoice.of(new Form("MONTH", "2024-02", "3", "2023", "2020-01", "2020-05"), TODAY).period())
			.isEqualTo(new vn.ngoso.figures.Period(YearMonth.of(2024, 2), YearMonth.of(2024, 2)));
		PeriodChoice quarter = PeriodChoice.of(new Form("quarter", "2024-02", "3", "2023", null, null), TODAY);
		assertThat(quarter.query()).isEqualTo("from=2023-07&to=2023-09");
		assertThat(quarter.labelArgs()).containsExactly(3, "2023");
		assertThat(PeriodChoice.of(new Form("YEAR", null, null, "2024", null, null), TODAY).query())
			.isEqualTo("from=2024-01&to=2024-12");
		assertThat(PeriodChoice.of(new Form("RANGE", null, null, null, "2024-11", "2025-02"), TODAY).kind())
			.isEqualTo(Kind.RANGE);
	}

	@Test
	void aLinkReadsBackAsTheKindThatMadeIt() {
		assertThat(PeriodChoice.fromRange("2025-03", "2025-03", TODAY).kind()).isEqualTo(Kind.MONTH);
		assertThat(PeriodChoice.fromRange("2025-04", "2025-06", TODAY).kind()).isEqualTo(Kind.QUARTER);
		assertThat(PeriodChoice.fromRange("2025-05", "2025-07", TODAY).kind()).isEqualTo(Kind.RANGE);
		assertThat(PeriodChoice.fromRange("2024-01", "2024-12", TODAY).kind()).isEqualTo(Kind.YEAR);
		assertThat(PeriodChoice.fromRange("2025-01", "2025-08", TODAY).kind()).isEqualTo(Kind.YEAR_TO_DATE);
		assertThat(PeriodChoice.fromRange(null, "2024-06", TODAY).query()).isEqualTo("from=2024-01&to=2024-06");
		assertThat(PeriodChoice.fromRange("2024-06", null, TODAY).query()).isEqualTo("from=2024-06&to=2025-08");
	}

	@Test
	void inJanuaryTheDefaultIsStillTheYearToDate() {
		LocalDate january = LocalDate.of(2026, 1, 9);
		assertThat(PeriodChoice.of(Form.empty(), january).kind()).isEqualTo(Kind.YEAR_TO_DATE);
		assertThat(PeriodChoice.fromRange("2026-01", "2026-01", january).kind()).isEqualTo(Kind.YEAR_TO_DATE);
		assertThat(PeriodChoice.fromRange("2025-01", "2025-01", january).kind()).isEqualTo(Kind.MONTH);
	}

	@Test
	void badInputNamesTheParameter() {
		assertThatThrownBy(() -> PeriodChoice.fromRange("2025-3", null, TODAY)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("from", "dashboard.param.month"));
		assertThatThrownBy(() -> PeriodChoice.fromRange("2025-05", "2025-04", TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("to", "dashboard.param.reversed"));
		assertThatThrownBy(() -> PeriodChoice.fromRange("2019-12", null, TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("from", "dashboard.param.tooEarly"));
		assertThatThrownBy(() -> PeriodChoice.of(new Form("QUARTER", null, "5", "2025", null, null), TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("quarter", "dashboard.param.quarter"));
		assertThatThrownBy(() -> PeriodChoice.of(new Form("YEAR", null, null, "1999", null, null), TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("year", "dashboard.param.year"));
		assertThatThrownBy(() -> PeriodChoice.of(new Form("MONTH", "", null, null, null, null), TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("month", "dashboard.param.month"));
		assertThatThrownBy(() -> PeriodChoice.of(new Form("WEEK", null, null, null, null, null), TODAY))
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("kind", "dashboard.param.kind"));
	}
}
