package vn.ngoso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.territory.ShippedPlan;

/**
 * The run command's demo (the test profile keeps the Long An 2024 tree): Long An 2022–2024, the
 * 2025 reorganisation applied on 01/07/2025, today's Tây Ninh; the 2024 Long An report still
 * exact (the source text's figures, as {@code ProvinceReportTest} and
 * {@code DashboardDemoFiguresTest} check them on the 2024 tree) and one tap from today's report.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-story", "ngoso.demo=true",
		"ngoso.demo-reorganise=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoStoryTest {

	static final LocalDate DAY = ShippedPlan.EFFECTIVE;

	static final String LINK = "Tỉnh Long An — đơn vị đã giải thể ngày 01/07/2025, xem báo cáo 2024";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void tinhWorksForTodaysTayNinhAndXaForTheNewTuyenBinhWithItsHamlets() throws Exception {
		Map<String, Object> tinh = user("tinh");
		assertThat(tinh).containsEntry("code", "80").containsEntry("valid_from", java.sql.Date.valueOf(DAY))
			.containsEntry("display_name", "Sở KH&CN Tây Ninh");
		assertThat(tinh.get("valid_to")).isNull();
		Map<String, Object> xa = user("xa");
		assertThat(xa).containsEntry("code", "27775").containsEntry("valid_from", java.sql.Date.valueOf(DAY));
		long xaUnit = ((Number) xa.get("unit_id")).longValue();
		List<String> hamlets = jdbc.sql("select name from admin_unit where parent_id = ? order by name").param(xaUnit)
			.query(String.class).list();
		long movedIn = jdbc.sql("select count(*) from unit_move where to_parent_id = ? and moved_on = ?")
			.params(xaUnit, DAY).query(Long.class).single();
		assertThat(hamlets).contains("Ấp Cả Bản").hasSize((int) movedIn);
		// districts were abolished: no district account; every account works on a unit in force
		assertThat(jdbc.sql("select count(*) from app_user where username = 'huyen'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from app_user a join admin_unit u on u.id = a.unit_id where u.valid_to is not null
				""").query(Long.class).single()).isZero();
		for (String user : List.of("tinh", "xa", "coquan", "doitac", "totruong", "thanhvien")) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"demo\"}")).andExpect(status().isOk());
		}
		String children = mvc.perform(get("/api/v1/units/27775/children").with(demo().as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(children).contains("Ấp Cả Bản");
	}

	@Test
	void nothingDatedAfterJuneTwentyFiveSitsOnAClosedUnit() {
		String closed = "(select id from admin_unit where valid_to is not null)";
		Map<String, String> dated = Map.of(
				"outreach_session", "select count(*) from outreach_session where held_on >= ? and unit_id in " + closed,
				"service_desk_day", "select count(*) from service_desk_day where served_on >= ? and unit_id in " + closed,
				"training_session", """
						select count(*) from training_session s join course c on c.id = s.course_id
						where s.held_on >= ? and c.unit_id in %s""".formatted(closed),
				"merchant", "select count(*) from merchant where started_on >= ? and unit_id in " + closed,
				"partner_support", "select count(*) from partner_support where on_date >= ? and unit_id in " + closed,
				"feedback", "select count(*) from feedback where received_at >= ? and unit_id in " + closed,
				"target", "select count(*) from target where to_month >= ? and unit_id in " + closed,
				"task", "select count(*) from task where due_on >= ? and assignee_unit_id in " + closed);
		dated.forEach((table, sql) -> assertThat(jdbc.sql(sql).param(DAY).query(Long.class).single()).as(table).isZero());
		// written today, so on today's units only
		for (String table : List.of("agency", "partner_unit", "team", "household")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where unit_id in " + closed).query(Long.class).single())
				.as(table).isZero();
		}
		// and the story has today's activity on the new tree, and the 2025 history before the date on the old one
		assertThat(jdbc.sql("select count(*) from outreach_session where held_on >= ?").param(DAY).query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from partner_support where on_date < ? and unit_id in " + closed).param(DAY)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void todaysProvinceIsTayNinhOnTheDashboard() throws Exception {
		long tayNinh = unit("80", DAY);
		String html = mvc.perform(get("/dashboard/" + tayNinh).with(demo().as("tinh"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tỉnh Tây Ninh");
		var tiles = DashboardFixtures.tiles(html);
		assertThat(tiles.get("TEAMS").value()).isEqualTo("998");
		assertThat(tiles.get("COMMUNES_WITH_TEAMS").value()).isEqualTo("60/96");
		// Tây Ninh's own Bình dân học vụ số target for 2026, set as data by the province's officer
		String literacy = html.substring(html.indexOf("id=\"tile-DIGITAL_LITERACY_RATE\""));
		assertThat(literacy.substring(0, literacy.indexOf("</div>"))).contains("60%");
	}

	@Test
	void theReportPageLinksTheDissolvedLongAnAndItsReportGivesTheSourceTextsFigures() throws Exception {
		String today = page("/reports/summary?unit=80", "tinh");
		assertThat(today).contains("Đơn vị: Tỉnh Tây Ninh (mã 80)", "id=\"report-predecessors\"", LINK);
		String href = linkTo(today, LINK);
		assertThat(href).contains("from=2024-01", "to=2024-12");

		String old = page(href, "tinh");
		assertThat(old).contains("Đơn vị: Tỉnh Long An (mã 80)", "Kỳ báo cáo: năm 2024");
		List<List<String>> rows = Html.tableRows(old, "report-table");
		// the seed's 2024 report, exactly (ProvinceReportTest, DashboardDemoFiguresTest)
		assertThat(rows.get(0)).containsExactly("1", "Xã, phường, thị trấn có Tổ công nghệ số cộng đồng", "188/188",
				"Ngõ Số (theo dõi trên nền tảng)");
		assertThat(rows.get(1)).containsExactly("2", "Số Tổ công nghệ số cộng đồng / thành viên / thành viên là thanh niên",
				"998 / 5.485 / 4.980", "Ngõ Số (theo dõi trên nền tảng)");
		// a dissolved unit's own report links no predecessor of its own; its districts' 2024 reports are a tap below
		assertThat(old).doesNotContain("id=\"report-predecessors\"");
		String district = page(linkTo(old, "Huyện Vĩnh Hưng"), "tinh");
		assertThat(district).contains("Đơn vị: Huyện Vĩnh Hưng (mã 797)");
	}

	@Test
	void aNewCommunesOfficerIsLinkedToItsOldCommunesButNotToTheDissolvedProvince() throws Exception {
		String html = page("/reports/summary?unit=27775", "xa");
		assertThat(html).contains("id=\"report-predecessors\"",
				"Xã Tuyên Bình — đơn vị đã giải thể ngày 01/07/2025, xem báo cáo 2024",
				"Xã Tuyên Bình Tây — đơn vị đã giải thể ngày 01/07/2025").doesNotContain("Tỉnh Long An —");
		page(linkTo(html, "Xã Tuyên Bình — đơn vị đã giải thể"), "xa");
		long longAn = unitBefore("80");
		mvc.perform(get("/reports/summary").param("unitId", String.valueOf(longAn)).with(demo().as("xa")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/summary").param("unitId", String.valueOf(longAn)).with(demo().as("coquan")))
			.andExpect(status().is4xxClientError());
	}

	private String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(demo().as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String linkTo(String html, String text) {
		Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text)).matcher(html);
		assertThat(m.find()).as("a link reading " + text).isTrue();
		return Html.unescape(m.group(1));
	}

	private Map<String, Object> user(String username) {
		return jdbc.sql("""
				select a.unit_id, a.display_name, u.code, u.valid_from, u.valid_to from app_user a
				join admin_unit u on u.id = a.unit_id where a.username = ?
				""").param(username).query().singleRow();
	}

	private long unit(String code, LocalDate from) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_from = ?").params(code, from).query(Long.class)
			.single();
	}

	private long unitBefore(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_from < ?").params(code, DAY).query(Long.class)
			.single();
	}

	private DemoUsers demo() {
		return new DemoUsers(users);
	}
}
