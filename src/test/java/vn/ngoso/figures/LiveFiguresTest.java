package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * A write is in the figures of every unit above it the moment it commits, counted once; and the
 * consistency check does notice a write that went around the figures.
 */
@IntegrationTest
class LiveFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Figures figures;

	HouseholdFixtures fx;

	long province;

	long commune;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		province = unit("80");
		commune = unit("27781");
	}

	@Test
	void aVisitIsInTheProvinceFiguresAtOnceAndCountedOnce() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID adult = fx.addAdult(household);
		Period now = Period.toDate(HouseholdFixtures.today());
		Map<String, FigureValue> before = tracked.of(province, now);

		var body = HouseholdFixtures.visit(UUID.randomUUID(), household, HouseholdFixtures.today(), List.of(),
				Map.of(adult, List.of("PROVINCIAL_APP", "FLUENT")));
		assertThat(fx.postVisit("thanhvien", body).getStatus()).isEqualTo(201);
		Map<String, FigureValue> after = tracked.of(province, now);
		assertThat(change(before, after, Indicators.VISITS)).isEqualTo(1);
		assertThat(change(before, after, Indicators.GUIDED_PROVINCIAL_APP)).isEqualTo(1);
		assertThat(change(before, after, Indicators.COVERED_HOUSEHOLDS)).isEqualTo(1);
		assertThat(change(before, after, Indicators.READY + "FLUENT")).isEqualTo(1);
		assertThat(after.get(Indicators.VISITS).changedAt()).isNotNull();

		// the same visit again (a retry), and a second visit with the same outcome: the household counts once
		assertThat(fx.postVisit("thanhvien", body).getStatus()).isEqualTo(201);
		fx.recordVisit(household, HouseholdFixtures.today(), Map.of(adult, List.of("PROVINCIAL_APP")));
		Map<String, FigureValue> again = tracked.of(province, now);
		assertThat(change(before, again, Indicators.VISITS)).isEqualTo(2);
		assertThat(change(before, again, Indicators.GUIDED_PROVINCIAL_APP)).isEqualTo(1);
		assertThat(change(before, again, Indicators.COVERED_HOUSEHOLDS)).isEqualTo(1);
	}

	@Test
	void aMemberJoiningAndLeavingMovesTheMembersOfEveryLevel() throws Exception {
		CommuneFixtures communes = new CommuneFixtures(mvc, users);
		long team = communes.newTeam();
		Period now = Period.toDate(HouseholdFixtures.today());
		Period lastMonth = Period.month(YearMonth.from(HouseholdFixtures.today()).minusMonths(1));
		Map<String, FigureValue> before = tracked.of(province, now);
		BigDecimal lastMonthBefore = tracked.of(province, lastMonth).get(Indicators.MEMBERS).value();
		long member = communes.addMember(team).get("id").asLong(); // joined ten days ago
		Map<String, FigureValue> joined = tracked.of(province, now);
		assertThat(change(before, joined, Indicators.MEMBERS)).isEqualTo(1);
		assertThat(change(before, joined, Indicators.YOUTH_MEMBERS)).isEqualTo(1);
		assertThat(tracked.of(commune, now).get(Indicators.TEAMS_OUTSIDE_SIZE).value()).isPositive();

		var response = fx.postJson("xa", "/api/v1/members/" + member + "/leave", Map.of());
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		Map<String, FigureValue> left = tracked.of(province, now);
		assertThat(change(before, left, Indicators.MEMBERS)).isZero();
		// a month he was in at its end keeps him: last month, if he joined before it ended
		boolean inLastMonth = YearMonth.from(HouseholdFixtures.today().minusDays(10)).equals(lastMonth.to());
		assertThat(tracked.of(province, lastMonth).get(Indicators.MEMBERS).value())
			.isEqualTo(lastMonthBefore.add(inLastMonth ? BigDecimal.ONE : BigDecimal.ZERO));
	}

	@Test
	void theCheckNoticesAWriteThatWentAroundTheFiguresAndTheRecomputeRepairsIt() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		String path = jdbc.sql("select unit_path::text from household where id = ?").param(household)
			.query(String.class).single();
		assertThat(figures.differencesUnder(path)).isEmpty();
		jdbc.sql("""
				insert into resident (id, province_code, household_id, full_name, name_folded, birth_year, sex, relation)
				select gen_random_uuid(), province_code, id, 'Lê Thị Lén', 'le thi len', 1980, 'FEMALE', 'SPOUSE'
				from household where id = ?
				""").param(household).update();
		// an adult: one more resident aged 15+ and one more aged 18+, neither seen by the live figures
		assertThat(figures.differencesUnder(path)).hasSize(2).anyMatch(d -> d.contains("RESIDENTS_15 "))
			.anyMatch(d -> d.contains("RESIDENTS_18 "));
		figures.recompute();
		assertThat(figures.differencesUnder(path)).isEmpty();
	}

	private static long change(Map<String, FigureValue> before, Map<String, FigureValue> after, String code) {
		BigDecimal b = before.get(code).value();
		BigDecimal a = after.get(code).value();
		return a.subtract(b).longValueExact();
	}

	private long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null order by valid_from limit 1")
			.param(code).query(Long.class).single();
	}
}
