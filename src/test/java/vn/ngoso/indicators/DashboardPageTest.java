package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.DashboardFixtures.count;
import static vn.ngoso.support.DashboardFixtures.parseCount;
import static vn.ngoso.support.DashboardFixtures.percent;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DashboardFixtures.Tile;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/**
 * A unit's dashboard shows the live figures as they are: every tile and every cell of the child
 * table equals what {@link TrackedFigures} reads for the same unit and period, children add up to
 * their parent, and the period picker, the traffic lights and the languages work as the page says.
 */
@IntegrationTest
class DashboardPageTest {

	private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures figures;

	DashboardFixtures fx;

	HouseholdFixtures households;

	long province;

	long commune;

	long caBan;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		fx = new DashboardFixtures(jdbc, households);
		province = fx.unitId("80");
		commune = fx.unitId("27781");
		caBan = fx.unitId(HouseholdFixtures.CA_BAN);
	}

	@Test
	void provinceTilesShowTheTrackedFiguresAndWhenEachLastChanged() throws Exception {
		Map<String, Tile> tiles = DashboardFixtures.tiles(page("tinh", get("/dashboard/" + province)));
		Map<String, FigureValue> expected = fx.asOfToday(province, figures.of(province, DashboardFixtures.yearToDate()));
		int communes = jdbc.sql("select count(*) from admin_unit where level = 3 and path <@ (select path from admin_unit where id = ?)")
			.param(province).query(Integer.class).single();

		assertThat(tiles.keySet()).containsExactly("COMMUNES_WITH_TEAMS", "TEAMS", "MEMBERS", "YOUTH_MEMBERS",
				"HOUSEHOLDS", "COVERED_HOUSEHOLDS", "COVERED_RATE", "SMARTPHONE_RATE", "BANK_ACCOUNT_RATE",
				"READY_BANK_ACCOUNT", "ONLINE_SERVICE_RATE", "DIGITAL_LITERACY_RATE", "GUIDED_ONLINE_SERVICES", "GUIDED_PROVINCIAL_APP", "GUIDED_CASHLESS", "VISITS",
				"FEEDBACK_ITEMS", "FEEDBACK_ON_TIME", "FEEDBACK_OVERDUE");
		assertThat(tiles.get("COMMUNES_WITH_TEAMS").value())
			.isEqualTo(count(expected.get("COMMUNES_WITH_TEAMS").value().longValue()) + "/" + count(communes));
		assertThat(communes).isEqualTo(188);
		tiles.forEach((code, tile) -> {
			FigureValue value = expected.get(code);
			if (!code.equals("COMMUNES_WITH_TEAMS")) {
				assertThat(tile.value()).as(code)
					.isEqualTo(code.endsWith("_RATE") ? percent(value.value()) : count(value.value().longValue()));
			}
			assertThat(tile.updated()).as("last change of %s", code).isEqualTo(value.changedAt() == null
					? "Chưa có thay đổi"
					: "Cập nhật lúc " + DMY_HM.format(value.changedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
		});
	}

	@Test
	void childTableShowsEachChildsFiguresWhichAddUpToTheUnit() throws Exception {
		for (String[] at : List.of(new String[] { "tinh", "80" }, new String[] { "huyen", "797" },
				new String[] { "xa", "27781" })) {
			long unit = fx.unitId(at[1]);
			String html = page(at[0], get("/dashboard/" + unit));
			List<List<String>> rows = Html.tableRows(html, "children");
			List<Long> childIds = jdbc.sql("select id from admin_unit where parent_id = ?").param(unit).query(Long.class).list();
			Map<Long, Map<String, FigureValue>> expected = figures.of(childIds, DashboardFixtures.yearToDate());
			assertThat(rows).as("children of %s", at[1]).hasSize(childIds.size());

			int offset = at[1].equals("80") ? 2 : 1; // only districts count "communes with teams" (x/y)
			long covered = 0;
			for (List<String> row : rows) {
				long id = jdbc.sql("select id from admin_unit where parent_id = ? and name = ?").param(unit).param(row.get(0))
					.query(Long.class).single();
				Map<String, FigureValue> child = expected.get(id);
				assertThat(parseCount(row.get(offset))).as("teams of %s", row.get(0)).isEqualTo(child.get("TEAMS").value().longValue());
				assertThat(parseCount(row.get(offset + 1))).isEqualTo(child.get("MEMBERS").value().longValue());
				assertThat(parseCount(row.get(offset + 2))).isEqualTo(child.get("YOUTH_MEMBERS").value().longValue());
				assertThat(parseCount(row.get(offset + 3))).isEqualTo(child.get("HOUSEHOLDS").value().longValue());
				assertThat(parseCount(row.get(offset + 4))).as("covered households of %s", row.get(0))
					.isEqualTo(child.get("COVERED_HOUSEHOLDS").value().longValue());
				assertThat(row.get(offset + 5)).isEqualTo(percent(child.get("COVERED_RATE").value()));
				assertThat(parseCount(row.get(offset + 9))).isEqualTo(child.get("VISITS").value().longValue());
				covered += parseCount(row.get(offset + 4));
			}
			long own = figures.of(unit, DashboardFixtures.yearToDate()).get("COVERED_HOUSEHOLDS").value().longValue();
			assertThat(covered).as("covered households of %s's children", at[1]).isEqualTo(own).isPositive();
			assertThat(DashboardFixtures.tiles(html).get("COVERED_HOUSEHOLDS").value()).isEqualTo(count(own));
		}
	}

	/** The "Số liệu đến hh:mm:ss" line is the read replica's (ReadReplicaTest): the primary's data is current. */
	@Test
	void withoutAReplicaTheDashboardSaysNothingOfItsFreshness() throws Exception {
		String html = page("xa", get("/dashboard/" + commune));
		assertThat(html).doesNotContain("id=\"data-as-of\"").doesNotContain("Số liệu đến");
	}

	@Test
	void theProvinceCountsCommunesWithTeamsPerDistrict() throws Exception {
		List<List<String>> rows = Html.tableRows(page("tinh", get("/dashboard/" + province)), "children");
		assertThat(rows).hasSize(15);
		List<String> vinhHung = rows.stream().filter(r -> r.get(0).equals("Huyện Vĩnh Hưng")).findFirst().orElseThrow();
		assertThat(vinhHung.get(1)).matches("\\d+/10");
		assertThat(rows).allSatisfy(r -> assertThat(r.get(1)).matches("\\d+/\\d+"));
	}

	@Test
	void theRankingOrdersTheChildrenByCoveredRate() throws Exception {
		List<List<String>> ranking = Html.tableRows(page("xa", get("/dashboard/" + commune)), "ranking");
		List<Long> hamlets = jdbc.sql("select id from admin_unit where parent_id = ?").param(commune).query(Long.class).list();
		Map<Long, Map<String, FigureValue>> expected = figures.of(hamlets, DashboardFixtures.yearToDate());
		List<BigDecimal> rates = expected.values().stream().map(v -> v.get("COVERED_RATE").value())
			.filter(java.util.Objects::nonNull).sorted(java.util.Comparator.reverseOrder()).toList();
		assertThat(ranking).hasSize(rates.size()).hasSizeGreaterThan(1);
		for (int i = 0; i < ranking.size(); i++) {
			assertThat(ranking.get(i).get(0)).isEqualTo(String.valueOf(i + 1));
			assertThat(ranking.get(i).get(2)).as("rate ranked %d", i + 1).isEqualTo(percent(rates.get(i)));
		}
	}

	@Test
	void rateTilesCompareWithTheNationalTargetByColourAndInWords() throws Exception {
		String html = page("xa", get("/dashboard/" + commune));
		Map<String, FigureValue> expected = figures.of(commune, DashboardFixtures.yearToDate());
		for (var target : Map.of("SMARTPHONE_RATE", "80", "BANK_ACCOUNT_RATE", "80", "ONLINE_SERVICE_RATE", "50").entrySet()) {
			BigDecimal value = expected.get(target.getKey()).value();
			BigDecimal goal = new BigDecimal(target.getValue());
			String light = value.compareTo(goal) >= 0 ? "green"
					: value.compareTo(goal.multiply(new BigDecimal("0.8"))) >= 0 ? "amber" : "red";
			String words = Map.of("green", "Đạt mục tiêu", "amber", "Gần đạt mục tiêu", "red", "Chưa đạt mục tiêu").get(light);
			String tile = tileHtml(html, target.getKey());
			assertThat(tile).contains("light-" + light).contains("Quyết định 411/QĐ-TTg (2025): " + target.getValue() + "%").contains(words);
		}
		assertThat(tileHtml(html, "TEAMS")).doesNotContain("light-").doesNotContain("Mục tiêu");
		assertThat(Html.unescape(html)).contains("xanh khi đạt mục tiêu (từ 100% mục tiêu trở lên), vàng khi đạt từ 80% đến dưới 100% mục tiêu, đỏ khi dưới 80% mục tiêu");
	}

	@Test
	void aHamletShowsItsTeamInsteadOfChildren() throws Exception {
		mvc.perform(get("/dashboard").with(new DemoUsers(users).as("totruong")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dashboard/" + caBan));
		String html = page("totruong", get("/dashboard/" + caBan));
		assertThat(html).contains("id=\"hamlet-team\"").contains("href=\"/teams?unitId=" + caBan + "\"")
			.doesNotContain("id=\"children\"").doesNotContain("id=\"tile-COMMUNES_WITH_TEAMS\"");
		assertThat(DashboardFixtures.tiles(html).get("TEAMS").value()).isEqualTo("1");
		assertThat(html).as("a team leader sees nothing above his hamlet").doesNotContain("class=\"crumbs\"");
		assertThat(page("xa", get("/dashboard/" + caBan))).contains("class=\"crumbs\"")
			.contains("<a href=\"/dashboard/" + commune + "?from=");
	}

	@Test
	void anAdministratorStartsAtTheProvinces() throws Exception {
		String html = page("admin", get("/dashboard"));
		List<List<String>> rows = Html.tableRows(html, "roots");
		assertThat(rows).extracting(r -> r.get(0)).anySatisfy(name -> assertThat(name).startsWith("Tỉnh Long An"));
		assertThat(html).contains("href=\"/dashboard/" + province + "\"");
		mvc.perform(get("/dashboard").with(new DemoUsers(users).as("xa")))
			.andExpect(redirectedUrl("/dashboard/" + commune));
	}

	@Test
	void aVisitCountsInTheMonthItWasMadeOnly() throws Exception {
		YearMonth now = YearMonth.from(HouseholdFixtures.today());
		String thisMonth = "/dashboard/" + caBan + "?from=" + now + "&to=" + now;
		String lastMonth = "/dashboard/" + caBan + "?from=" + now.minusMonths(1) + "&to=" + now.minusMonths(1);
		long before = parseCount(DashboardFixtures.tiles(page("totruong", get(thisMonth))).get("VISITS").value());
		long earlierBefore = parseCount(DashboardFixtures.tiles(page("totruong", get(lastMonth))).get("VISITS").value());

		var household = households.newHouseholdInCaBan();
		households.recordVisit(household, HouseholdFixtures.today(), Map.of());

		Map<String, Tile> after = DashboardFixtures.tiles(page("totruong", get(thisMonth)));
		assertThat(parseCount(after.get("VISITS").value())).isEqualTo(before + 1)
			.isEqualTo(figures.of(caBan, Period.month(now)).get("VISITS").value().longValue());
		assertThat(after.get("VISITS").updated()).startsWith("Cập nhật lúc ");
		assertThat(parseCount(DashboardFixtures.tiles(page("totruong", get(lastMonth))).get("VISITS").value()))
			.isEqualTo(earlierBefore);
	}

	@Test
	void thePeriodPickerSendsToTheShortLinkOfTheChosenPeriod() throws Exception {
		var as = new DemoUsers(users).as("xa");
		mvc.perform(get("/dashboard/" + commune).param("kind", "QUARTER").param("quarter", "2").param("year", "2025")
				.param("month", "2025-11").param("from", "2024-01").param("to", "2024-03").with(as))
			.andExpect(redirectedUrl("/dashboard/" + commune + "?from=2025-04&to=2025-06"));
		mvc.perform(get("/dashboard/" + commune).param("kind", "MONTH").param("month", "2025-02").with(as))
			.andExpect(redirectedUrl("/dashboard/" + commune + "?from=2025-02&to=2025-02"));
		mvc.perform(get("/dashboard/" + commune).param("kind", "YEAR").param("year", "2024").with(as))
			.andExpect(redirectedUrl("/dashboard/" + commune + "?from=2024-01&to=2024-12"));
		mvc.perform(get("/dashboard/" + commune).param("kind", "RANGE").param("from", "2024-11").param("to", "2025-02").with(as))
			.andExpect(redirectedUrl("/dashboard/" + commune + "?from=2024-11&to=2025-02"));

		String quarter = page("xa", get("/dashboard/" + commune + "?from=2025-04&to=2025-06"));
		assertThat(quarter).contains("id=\"period-label\">Quý 2/2025</strong>")
			.contains("<option value=\"QUARTER\" selected=\"selected\">Quý</option>")
			.contains("href=\"/dashboard/" + commune + "/export.xlsx?from=2025-04&amp;to=2025-06\"");
		assertThat(Html.tableRows(quarter, "trend")).extracting(r -> r.get(0)).containsExactly("04/2025", "05/2025", "06/2025");
		assertThat(page("xa", get("/dashboard/" + commune + "?from=2024-01&to=2024-12")))
			.contains("id=\"period-label\">Năm 2024</strong>");
		assertThat(page("xa", get("/dashboard/" + commune + "?from=2024-11&to=2025-02")))
			.contains("id=\"period-label\">Từ tháng 11/2024 đến hết tháng 02/2025</strong>");
		YearMonth now = YearMonth.from(HouseholdFixtures.today());
		assertThat(page("xa", get("/dashboard/" + commune)))
			.contains("id=\"period-label\">Từ đầu năm " + now.getYear() + " đến hết tháng "
					+ String.format("%02d/%d", now.getMonthValue(), now.getYear()) + "</strong>");
	}

	@Test
	void aBadPeriodFallsBackToTheYearToDateAndSaysWhy() throws Exception {
		String html = page("xa", get("/dashboard/" + commune + "?from=2025-13"));
		assertThat(Html.unescape(html)).contains(
				"Tham số from phải là một tháng dạng YYYY-MM (ví dụ 2025-03), không phải \"2025-13\". Đang hiển thị số liệu từ đầu năm đến nay.");
		assertThat(html).contains("id=\"period-label\">Từ đầu năm ");
		String reversed = Html.unescape(page("xa", get("/dashboard/" + commune + "?from=2025-05&to=2025-01")));
		assertThat(reversed).contains("Tham số to (2025-01) không được trước tham số from (2025-05).");
	}

	@Test
	void htmxGetsTheDashboardAloneWithTheShortLinkToShow() throws Exception {
		String full = page("xa", get("/dashboard/" + commune));
		assertThat(full).contains("<html").contains("<nav class=\"nav\"").contains("echarts.simple.min.js")
			.contains("<div id=\"dashboard\"");

		var response = mvc.perform(get("/dashboard/" + commune).param("kind", "YEAR").param("year", "2025")
				.header("HX-Request", "true").with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse();
		String fragment = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html").doesNotContain("<head").doesNotContain("<nav class=\"nav\"");
		assertThat(fragment.strip()).startsWith("<div id=\"dashboard\"");
		assertThat(fragment).contains("id=\"period-label\">Năm 2025</strong>").contains("id=\"tile-COVERED_HOUSEHOLDS\"")
			.contains("data-chart=");
		assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/dashboard/" + commune + "?from=2025-01&to=2025-12");
	}

	@Test
	void reportedIndicatorsWithoutAnApprovedValueReadNoDataYet() throws Exception {
		String html = page("tinh", get("/dashboard/" + province));
		List<List<String>> rows = Html.tableRows(html, "reported");
		// the four kinds of cashless acceptance points are tracked now (merchants), no longer reported
		assertThat(rows).hasSize(10);
		assertThat(rows.get(0).get(0)).isEqualTo("Hồ sơ định danh điện tử mức 2 đã thu nhận");
		assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("chưa có dữ liệu"));
		assertThat(html).contains("Chưa có số liệu báo cáo nào được duyệt cho đơn vị và kỳ này.")
			.doesNotContain("id=\"reported-tiles\"");
	}

	@Test
	void inEnglishTheLabelsAndNumbersAreEnglish() throws Exception {
		String html = page("tinh", get("/dashboard/" + province).param("lang", "en"));
		long members = figures.of(province, DashboardFixtures.yearToDate()).get("MEMBERS").value().longValue();
		assertThat(html).contains("Key indicators").contains("By unit").contains("Month by month")
			.contains(">Members</span>").contains("Year to date").doesNotContain("Chỉ tiêu chính").doesNotContain("??");
		assertThat(DashboardFixtures.tiles(html).get("MEMBERS").value())
			.isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", members));
		assertThat(DashboardFixtures.tiles(html).get("MEMBERS").updated()).startsWith("Updated ");
	}

	@Test
	void theMenuLeadsToTheDashboard() throws Exception {
		assertThat(page("thanhvien", get("/"))).contains("<a href=\"/dashboard\">Bảng điều khiển</a>");
	}

	private String tileHtml(String html, String code) {
		int start = html.lastIndexOf("<div", html.indexOf("id=\"tile-" + code + "\""));
		int end = html.indexOf("class=\"updated\"", start);
		return Html.unescape(html.substring(start, end));
	}

	private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as(user)))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
