package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.reported.ReportedFixtures.entry;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * What {@link ReportedValues#approved} makes of approved values: a stock is the newest value up to
 * the period's end, a flow the sum of the values within the period, a rate the newest value within
 * the period; a unit's figure is its own value, otherwise its children's sum (never for a rate).
 * Values are entered by {@code tinh} and approved by {@code admin}, in Huyện Mộc Hóa (798), which
 * no other test reports on; every value is deleted after its test.
 */
@IntegrationTest
class ApprovedFiguresTest {

	static final String DISTRICT = "798";

	static final String COMMUNE = "27796";

	static final String OTHER_COMMUNE = "27802";

	@Autowired
	ReportedValues values;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Territory territory;

	@Autowired
	Indicators indicators;

	ReportedFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new ReportedFixtures(values, users, jdbc, territory);
	}

	@AfterEach
	void cleanUp() {
		fx.cleanUp();
	}

	@Test
	void everyReportedIndicatorIsThereInCatalogueOrderAndUnknownWhereNothingIsApproved() {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		Map<String, FigureValue> figures = values.approved(hamlet.id(), Period.year(2023));
		assertThat(figures.keySet()).containsExactlyElementsOf(indicators.reported().stream().map(Indicator::code).toList());
		assertThat(figures.keySet()).contains(Indicators.POPULATION).doesNotContain(Indicators.COVERED_HOUSEHOLDS);
		assertThat(figures.values()).allSatisfy(f -> {
			assertThat(f.value()).isNull();
			assertThat(f.changedAt()).isNull();
		});
	}

	@Test
	void aStockIsTheNewestApprovedValueUpToThePeriodsEnd() {
		String h = fx.newHamlet(COMMUNE).code();
		UUID firstHalf = fx.approved("tinh", "admin", entry(h, "VNEID_DOSSIERS", ym(2023, 1), ym(2023, 6), "100"));
		UUID secondHalf = fx.approved("tinh", "admin", entry(h, "VNEID_DOSSIERS", ym(2023, 7), ym(2023, 12), "180"));
		fx.approved("tinh", "admin", entry(h, "VNEID_DOSSIERS", ym(2024, 3), ym(2024, 3), "250"));
		long id = fx.unitId(h);

		assertThat(value(id, Period.year(2023), "VNEID_DOSSIERS")).isEqualByComparingTo("180");
		assertThat(value(id, Period.month(ym(2023, 6)), "VNEID_DOSSIERS")).isEqualByComparingTo("100");
		assertThat(value(id, Period.month(ym(2023, 9)), "VNEID_DOSSIERS")).as("June's value is the newest by September")
			.isEqualByComparingTo("100");
		assertThat(value(id, new Period(ym(2024, 1), ym(2024, 2)), "VNEID_DOSSIERS")).isEqualByComparingTo("180");
		assertThat(value(id, Period.year(2024), "VNEID_DOSSIERS")).isEqualByComparingTo("250");
		assertThat(value(id, Period.quarter(2022, 4), "VNEID_DOSSIERS")).as("nothing yet at the end of 2022").isNull();

		FigureValue dossiers = values.approved(id, Period.year(2023)).get("VNEID_DOSSIERS");
		assertThat(dossiers.changedAt()).isEqualTo(decidedAt(secondHalf)).isAfter(decidedAt(firstHalf));
	}

	@Test
	void aNewerApprovalOfTheSameMonthsSupersedesTheOlderAndAnUnapprovedOneNeverCounts() {
		String h = fx.newHamlet(COMMUNE).code();
		long id = fx.unitId(h);
		fx.approved("tinh", "admin", entry(h, "APP_USERS", ym(2023, 12), ym(2023, 12), "100"));
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2023, 1), ym(2023, 3), "10"));
		UUID newer = fx.approved("tinh", "admin", entry(h, "APP_USERS", ym(2023, 12), ym(2023, 12), "120"));
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2023, 1), ym(2023, 3), "12"));
		fx.submitted("tinh", entry(h, "APP_USERS", ym(2023, 12), ym(2023, 12), "130"));
		fx.draft("tinh", entry(h, "FEEDBACK_RECEIVED", ym(2023, 1), ym(2023, 3), "99"));

		Map<String, FigureValue> figures = values.approved(id, Period.year(2023));
		assertThat(figures.get("APP_USERS").value()).isEqualByComparingTo("120");
		assertThat(figures.get("APP_USERS").changedAt()).isEqualTo(decidedAt(newer));
		assertThat(figures.get("FEEDBACK_RECEIVED").value()).as("the newer approval replaces the older, not adds to it")
			.isEqualByComparingTo("12");
	}

	@Test
	void aFlowIsTheSumOfTheApprovedValuesWhoseMonthsLieWithinThePeriod() {
		String h = fx.newHamlet(COMMUNE).code();
		long id = fx.unitId(h);
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2022, 12), ym(2022, 12), "100"));
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2023, 1), ym(2023, 1), "10"));
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2023, 2), ym(2023, 3), "25"));
		fx.approved("tinh", "admin", entry(h, "FEEDBACK_RECEIVED", ym(2023, 4), ym(2023, 4), "7"));

		assertThat(value(id, Period.quarter(2023, 1), "FEEDBACK_RECEIVED")).isEqualByComparingTo("35");
		assertThat(value(id, Period.year(2023), "FEEDBACK_RECEIVED")).isEqualByComparingTo("42");
		assertThat(value(id, new Period(ym(2023, 2), ym(2023, 4)), "FEEDBACK_RECEIVED")).isEqualByComparingTo("32");
		assertThat(value(id, new Period(ym(2023, 3), ym(2023, 4)), "FEEDBACK_RECEIVED"))
			.as("February–March does not lie within March–April").isEqualByComparingTo("7");
		assertThat(value(id, new Period(ym(2022, 12), ym(2023, 1)), "FEEDBACK_RECEIVED")).isEqualByComparingTo("110");
		assertThat(value(id, Period.quarter(2023, 3), "FEEDBACK_RECEIVED")).isNull();
	}

	@Test
	void aRateIsTheNewestApprovedValueWithinThePeriodAndIsNeverAddedUp() {
		AdminUnit first = fx.newHamlet(COMMUNE);
		AdminUnit second = fx.newHamlet(COMMUNE);
		fx.approved("tinh", "admin", entry(first.code(), "DOSSIERS_ON_TIME", ym(2023, 1), ym(2023, 6), "98.5"));
		fx.approved("tinh", "admin", entry(first.code(), "DOSSIERS_ON_TIME", ym(2023, 7), ym(2023, 12), "99.9"));
		fx.approved("tinh", "admin", entry(second.code(), "DOSSIERS_ON_TIME", ym(2023, 1), ym(2023, 12), "97"));

		assertThat(value(first.id(), Period.year(2023), "DOSSIERS_ON_TIME")).isEqualByComparingTo("99.9");
		assertThat(value(first.id(), new Period(ym(2023, 1), ym(2023, 6)), "DOSSIERS_ON_TIME")).isEqualByComparingTo("98.5");
		assertThat(value(first.id(), Period.quarter(2023, 1), "DOSSIERS_ON_TIME"))
			.as("January–June does not lie within the first quarter").isNull();
		assertThat(value(fx.unitId(COMMUNE), Period.year(2023), "DOSSIERS_ON_TIME"))
			.as("a commune without its own rate has none: rates are not added up").isNull();
	}

	@Test
	void aUnitWithoutAValueOfItsOwnHasItsChildrensSumAndItsOwnValueWinsOverThem() {
		AdminUnit first = fx.newHamlet(COMMUNE);
		AdminUnit second = fx.newHamlet(COMMUNE);
		long commune = fx.unitId(COMMUNE);
		long district = fx.unitId(DISTRICT);
		Period y2023 = Period.year(2023);
		fx.approved("tinh", "admin", entry(first.code(), "APP_USERS", ym(2023, 6), ym(2023, 6), "300"));
		fx.approved("tinh", "admin", entry(second.code(), "APP_USERS", ym(2023, 9), ym(2023, 9), "200"));
		UUID latest = fx.approved("tinh", "admin", entry(OTHER_COMMUNE, "APP_USERS", ym(2023, 12), ym(2023, 12), "1000"));
		fx.approved("tinh", "admin", entry(first.code(), "FEEDBACK_HANDLED", ym(2023, 2), ym(2023, 2), "5"));
		fx.approved("tinh", "admin", entry(OTHER_COMMUNE, "FEEDBACK_HANDLED", ym(2023, 5), ym(2023, 5), "7"));

		assertThat(value(commune, y2023, "APP_USERS")).isEqualByComparingTo("500");
		assertThat(value(district, y2023, "APP_USERS")).isEqualByComparingTo("1500");
		assertThat(values.approved(district, y2023).get("APP_USERS").changedAt()).isEqualTo(decidedAt(latest));
		assertThat(value(district, y2023, "FEEDBACK_HANDLED")).isEqualByComparingTo("12");

		fx.approved("tinh", "admin", entry(COMMUNE, "APP_USERS", ym(2023, 12), ym(2023, 12), "450"));
		assertThat(value(commune, y2023, "APP_USERS")).as("the commune's own value, not its hamlets' sum")
			.isEqualByComparingTo("450");
		assertThat(value(district, y2023, "APP_USERS")).isEqualByComparingTo("1450");
		assertThat(value(first.id(), y2023, "APP_USERS")).isEqualByComparingTo("300");

		fx.approved("tinh", "admin", entry(DISTRICT, "APP_USERS", ym(2023, 12), ym(2023, 12), "1600"));
		assertThat(value(district, y2023, "APP_USERS")).isEqualByComparingTo("1600");
		assertThat(value(district, Period.month(ym(2023, 6)), "APP_USERS")).as("in June only the first hamlet had a value")
			.isEqualByComparingTo("300");
	}

	private BigDecimal value(long unitId, Period period, String code) {
		return values.approved(unitId, period).get(code).value();
	}

	private java.time.Instant decidedAt(UUID id) {
		return jdbc.sql("select decided_at from reported_value where id = ?").param(id).query(Timestamp.class).single()
			.toInstant();
	}

	static YearMonth ym(int year, int month) {
		return YearMonth.of(year, month);
	}
}
