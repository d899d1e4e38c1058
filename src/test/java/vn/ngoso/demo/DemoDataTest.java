package vn.ngoso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.teams.Youth;

/**
 * The demo data on a database of its own (no other test writes there), so its figures can be
 * checked exactly: they are the Long An figures of the source text.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void hasTheTeamsMembersAndYouthOfTheSourceText() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(count("select count(*) from team")).isEqualTo(998);
		assertThat(count("select count(*) from member where left_on is null")).isEqualTo(5485);
		assertThat(count("select count(*) from member where left_on is null and birth_date > ? and birth_date <= ?",
				Youth.bornAfter(today), Youth.bornOnOrBefore(today))).isEqualTo(4980);
	}

	/** The live figures give the same, both at the end of 2024 (the source text's year) and today. */
	@Test
	void theProvinceFiguresAreTheSourceTextsForTwentyTwentyFourAndToDate() {
		long province = count("select id from admin_unit where code = '80' order by valid_from limit 1");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		for (Period period : new Period[] { Period.year(2024), Period.toDate(today) }) {
			var figures = tracked.of(province, period);
			assertThat(value(figures.get(Indicators.COMMUNES_WITH_TEAMS))).as("%s", period).isEqualTo(188);
			assertThat(value(figures.get(Indicators.TEAMS))).as("%s", period).isEqualTo(998);
			assertThat(value(figures.get(Indicators.MEMBERS))).as("%s", period).isEqualTo(5485);
			assertThat(value(figures.get(Indicators.YOUTH_MEMBERS))).as("%s", period).isEqualTo(4980);
		}
	}

	private static long value(FigureValue value) {
		return value.value().longValueExact();
	}

	@Test
	void everyCommuneOfLongAnHasATeamAndHamletsNumberAboutAThousand() {
		assertThat(count("""
				select count(*) from admin_unit c where c.level = 3 and c.source = 'GSO-LONG-AN-2024-11-01'
				and exists (select 1 from team t where t.unit_path <@ c.path)
				""")).isEqualTo(188);
		assertThat(count("select count(*) from admin_unit where level = 4")).isEqualTo(1000);
	}

	@Test
	void aHandfulOfTeamsIsOutsideFourToTwelve() {
		long outside = count("""
				select count(*) from (select t.id, count(m.id) filter (where m.left_on is null) as n
				from team t left join member m on m.team_id = t.id group by t.id) s where n not between 4 and 12
				""");
		assertThat(outside).isBetween(1L, 10L);
	}

	@Test
	void theCaBanTeamOfTuyenBinhIsLedByNguyenNgocTrai() {
		String leader = jdbc.sql("""
				select m.full_name from member m join team t on t.id = m.team_id
				join admin_unit h on h.id = t.unit_id join admin_unit c on c.id = h.parent_id
				join admin_unit d on d.id = c.parent_id
				where h.name = 'Ấp Cả Bản' and c.code = '27781' and d.code = '797' and m.role = 'LEADER'
				""").query(String.class).single();
		assertThat(leader).isEqualTo("Nguyễn Ngọc Trai");
	}

	@Test
	void hasOneAccountPerRoleWithTheirScopes() {
		assertThat(jdbc.sql("select username || ':' || role from app_user order by id").query(String.class).list())
			.containsExactly("admin:ADMIN", "tinh:PROVINCE", "huyen:DISTRICT", "xa:COMMUNE", "totruong:TEAM_LEADER",
					"thanhvien:MEMBER", "doitac:PARTNER", "coquan:AGENCY");
		assertThat(jdbc.sql("select u.code from app_user a join admin_unit u on u.id = a.unit_id where a.username = 'xa'")
			.query(String.class).single()).isEqualTo("27781");
		// the team leader's account is the leader's membership, so his visits name him without being told
		assertThat(jdbc.sql("select m.full_name from app_user a join member m on m.id = a.member_id where a.username = 'totruong'")
			.query(String.class).single()).isEqualTo("Nguyễn Ngọc Trai");
	}

	@Test
	void theProvincialHomePageShowsTheFiguresInVietnameseFormat() throws Exception {
		mvc.perform(get("/").with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("188/188")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">998<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">5.485<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">4.980<")));
	}

	/**
	 * Long An's 188 communes, and the 3,225 of the national list's other 33 provinces: never
	 * Tây Ninh's 96, which are staged beside Long An until the reorganisation is applied.
	 */
	@Test
	void theAdministratorCountsOnlyTheTreeInForceNotTheStagedTayNinhList() throws Exception {
		mvc.perform(get("/").with(new DemoUsers(users).as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("188/3.413")));
	}

	@Test
	void loadingAgainOnAFilledDatabaseChangesNothing(@Autowired java.util.List<ApplicationRunner> runners)
			throws Exception {
		long members = count("select count(*) from member");
		long units = count("select count(*) from admin_unit");
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(count("select count(*) from member")).isEqualTo(members);
		assertThat(count("select count(*) from admin_unit")).isEqualTo(units);
	}
}
