package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.internal.IndicatorTargetRepository;
import vn.ngoso.indicators.internal.NationalTargets;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.Territory;

/**
 * Targets as data: Decision 411's national defaults, a province's override inherited by its
 * communes, a commune's own winning, the year fallback, the history, removal, the dashboard's
 * light following the target in force, scope and input refusals, and one query per read.
 */
@IntegrationTest
class IndicatorTargetsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	long province;

	long commune;

	int year;

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("delete from indicator_target").update();
		jdbc.sql("delete from indicator_target_change").update();
		province = unit("80");
		commune = unit("27781");
		year = LocalDate.now(clock).getYear();
	}

	@Test
	void theProvinceOverridesTheNationalTargetItsCommunesInheritItAndACommunesOwnWins() throws Exception {
		assertThat(target("xa", "27781", year, "SMARTPHONE_RATE")).containsEntry("value", "80").containsEntry("source", "national")
			.containsEntry("basis", "Quyết định 411/QĐ-TTg");
		set("tinh", province, "SMARTPHONE_RATE", year, "60", "Kế hoạch 45/KH-UBND");
		assertThat(target("xa", "27781", year, "SMARTPHONE_RATE")).containsEntry("value", "60").containsEntry("source", "inherited")
			.containsEntry("setBy", "Tỉnh Long An");
		assertThat(target("tinh", "80", year, "SMARTPHONE_RATE")).containsEntry("source", "own");
		set("xa", commune, "SMARTPHONE_RATE", year, "70,5", null);
		assertThat(target("xa", "27781", year, "SMARTPHONE_RATE")).containsEntry("value", "70.5").containsEntry("source", "own");
		assertThat(target("tinh", "80", year, "SMARTPHONE_RATE")).containsEntry("value", "60");
		// the other indicators keep the national defaults
		assertThat(target("xa", "27781", year, "BANK_ACCOUNT_RATE")).containsEntry("value", "80").containsEntry("source", "national");
	}

	@Test
	void aYearWithoutATargetTakesTheMostRecentEarlierOneAndAYearBeforeAllTheFirst() throws Exception {
		set("tinh", province, "SMARTPHONE_RATE", 2026, "60", null);
		assertThat(target("xa", "27781", 2028, "SMARTPHONE_RATE")).containsEntry("value", "60").containsEntry("year", "2026");
		assertThat(target("xa", "27781", 2025, "SMARTPHONE_RATE")).containsEntry("value", "80").containsEntry("year", "2025");
		assertThat(target("xa", "27781", 2031, "SMARTPHONE_RATE")).containsEntry("value", "95").containsEntry("year", "2030");
		assertThat(target("xa", "27781", 2023, "SMARTPHONE_RATE")).containsEntry("value", "80").containsEntry("year", "2025");
		assertThat(target("xa", "27781", 2035, "ONLINE_SERVICE_RATE")).containsEntry("value", "70");
	}

	@Test
	void everyChangeIsKeptAndRemovingAnOverrideFallsBackToTheInheritedTarget() throws Exception {
		set("tinh", province, "SMARTPHONE_RATE", 2026, "60", "Kế hoạch 45/KH-UBND");
		set("tinh", province, "SMARTPHONE_RATE", 2026, "65", "Kế hoạch 50/KH-UBND");
		String page = Html.unescape(page("tinh", "/indicators/targets/" + province + "?year=2026"));
		assertThat(page).contains("Chỉ tiêu áp dụng năm 2026").contains("— → 60%").contains("60% → 65%").contains("Kế hoạch 50/KH-UBND")
			.contains("Chỉ tiêu tỉnh 2026: 65%");
		mvc.perform(post("/indicators/targets/" + province + "/remove").param("indicator", "SMARTPHONE_RATE")
			.param("year", "2026").with(new DemoUsers(users).as("tinh")).with(csrf()));
		assertThat(target("tinh", "80", 2026, "SMARTPHONE_RATE")).containsEntry("value", "80").containsEntry("source", "national");
		assertThat(jdbc.sql("select count(*) from indicator_target_change where unit_id = ?").param(province)
			.query(Long.class).single()).isEqualTo(3);
		assertThat(Html.unescape(page("tinh", "/indicators/targets/" + province + "?year=2026"))).contains("65% → đã bỏ");
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'INDICATOR_TARGET'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aProvinceTargetOfOnePercentTurnsTheSmartphoneTileGreen() throws Exception {
		set("tinh", province, "SMARTPHONE_RATE", year, "1", null);
		String html = page("tinh", "/dashboard/" + province);
		String tile = tile(html, "SMARTPHONE_RATE");
		assertThat(tile).contains("light-green").contains("Chỉ tiêu tỉnh " + year + ": 1%").contains("Đạt mục tiêu");
		assertThat(tile(page("xa", "/dashboard/" + commune), "SMARTPHONE_RATE")).contains("light-green")
			.contains("Chỉ tiêu tỉnh " + year + ": 1%");
		assertThat(tile(html, "BANK_ACCOUNT_RATE")).contains("Quyết định 411/QĐ-TTg (2025): 80%");
	}

	@Test
	void onlyOfficersInsideTheirScopeSeeAndSetTargets() throws Exception {
		assertThat(status("tinh", get("/indicators/targets/" + commune))).isEqualTo(200);
		assertThat(status("admin", get("/indicators/targets/" + province))).isEqualTo(200);
		assertThat(status("xa", get("/indicators/targets/" + province))).isEqualTo(404);
		assertThat(status("totruong", get("/indicators/targets/" + commune))).isEqualTo(404);
		assertThat(status("thanhvien", get("/indicators/targets/" + commune))).isEqualTo(404);
		assertThat(status("doitac", get("/indicators/targets/" + commune))).isEqualTo(403);
		assertThat(status("coquan", get("/indicators/targets/" + commune))).isEqualTo(403);
		assertThat(status("xa", post("/indicators/targets/" + province).param("indicator", "SMARTPHONE_RATE")
			.param("year", "2026").param("value", "1").with(csrf()))).isEqualTo(404);
		assertThat(status("totruong", post("/indicators/targets/" + commune).param("indicator", "SMARTPHONE_RATE")
			.param("year", "2026").param("value", "1").with(csrf()))).isEqualTo(404);
		assertThat(rows()).isZero();
		String token = ApiTokens.tokenFor(mvc, "xa");
		assertThat(mvc.perform(get("/api/v1/indicators/targets").param("unit", "80").header("Authorization", token))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingWritten() throws Exception {
		assertThat(refused("SMARTPHONE_RATE", "2026", "120")).contains("Tỷ lệ phải từ 0 đến 100.");
		assertThat(refused("SMARTPHONE_RATE", "2026", "-1")).contains("Tỷ lệ phải từ 0 đến 100.");
		assertThat(refused("VISITS", "2026", "-5")).contains("Số lượng không được âm.");
		assertThat(refused("SMARTPHONE_RATE", "2019", "60")).contains("Năm phải là số từ 2020 đến 2035.");
		assertThat(refused("SMARTPHONE_RATE", "2036", "60")).contains("Năm phải là số từ 2020 đến 2035.");
		assertThat(refused("NO_SUCH", "2026", "60")).contains("Chọn một chỉ tiêu có trong danh mục.");
		assertThat(refused("SMARTPHONE_RATE", "2026", "abc")).contains("Mục tiêu phải là một số");
		assertThat(refused("SMARTPHONE_RATE", "2026", "")).contains("Nhập mục tiêu.");
		assertThat(refused("SMARTPHONE_RATE", "2026", "60,25")).contains("tối đa một chữ số thập phân");
		assertThat(refused("FEEDBACK_OVERDUE", "2026", "0")).contains("càng ít càng tốt");
		assertThat(rows()).isZero();
		assertThat(jdbc.sql("select count(*) from indicator_target_change").query(Long.class).single()).isZero();
		String en = mvc.perform(post("/indicators/targets/" + province).param("indicator", "SMARTPHONE_RATE")
			.param("year", "2026").param("value", "120").param("lang", "en").with(new DemoUsers(users).as("tinh"))
			.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(en).contains("A rate must be between 0 and 100.");
	}

	@Test
	void theTargetsOfAUnitAreReadInOneQuery(@Autowired DataSource dataSource, @Autowired NationalTargets national,
			@Autowired Indicators indicators, @Autowired Territory territory, @Autowired CurrentScope scope,
			@Autowired ApplicationEventPublisher events) throws Exception {
		set("tinh", province, "SMARTPHONE_RATE", year, "60", null);
		set("xa", commune, "BANK_ACCOUNT_RATE", year, "70", null);
		AtomicInteger statements = new AtomicInteger();
		DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (p, m, args) -> {
					Object result = m.invoke(dataSource, args);
					if (result instanceof Connection c) {
						return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
								(cp, cm, cargs) -> {
									if (cm.getName().startsWith("prepare") || cm.getName().equals("createStatement")) {
										statements.incrementAndGet();
									}
									return cm.invoke(c, cargs);
								});
					}
					return result;
				});
		IndicatorTargets targets = new IndicatorTargets(new IndicatorTargetRepository(JdbcClient.create(counting)), national,
				indicators, territory, scope, events);
		Map<String, IndicatorTarget> inForce = targets.inForce(
				territory.lookupIgnoringScope(commune).orElseThrow(), year);
		assertThat(statements.get()).isEqualTo(1);
		assertThat(inForce.get("SMARTPHONE_RATE").value()).isEqualByComparingTo("60");
		assertThat(inForce.get("BANK_ACCOUNT_RATE").own()).isTrue();
		assertThat(inForce.get("ONLINE_SERVICE_RATE").national()).isTrue();
	}

	private void set(String user, long unitId, String indicator, int y, String value, String note) throws Exception {
		var request = post("/indicators/targets/" + unitId).param("indicator", indicator).param("year", String.valueOf(y))
			.param("value", value).with(new DemoUsers(users).as(user)).with(csrf());
		if (note != null) {
			request.param("note", note);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
	}

	private String refused(String indicator, String y, String value) throws Exception {
		MvcResult result = mvc.perform(post("/indicators/targets/" + province).param("indicator", indicator)
			.param("year", y).param("value", value).with(new DemoUsers(users).as("tinh")).with(csrf()))
			.andExpect(noStackTrace()).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		return Html.unescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The target in force as the API gives it, its fields as text. */
	private Map<String, String> target(String user, String unitCode, int y, String code) throws Exception {
		String body = mvc.perform(get("/api/v1/indicators/targets").param("unit", unitCode).param("year", String.valueOf(y))
			.header("Authorization", ApiTokens.tokenFor(mvc, user))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (JsonNode t : json.readTree(body).get("targets")) {
			if (t.get("code").asString().equals(code)) {
				return Map.of("value", t.get("value").decimalValue().stripTrailingZeros().toPlainString(), "year",
						t.get("year").asString(), "source", t.get("source").asString(), "basis",
						t.get("basis").isNull() ? "" : t.get("basis").asString(), "setBy",
						t.get("setBy").isNull() ? "" : t.get("setBy").get("name").asString());
			}
		}
		throw new AssertionError(code + " has no target in " + body);
	}

	private String page(String user, String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andExpect(noStackTrace()).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as(user))).andReturn().getResponse().getStatus();
	}

	private String tile(String html, String code) {
		int start = html.lastIndexOf("<div", html.indexOf("id=\"tile-" + code + "\""));
		int end = html.indexOf("class=\"updated\"", start);
		return Html.unescape(html.substring(start, end));
	}

	private long rows() {
		return jdbc.sql("select count(*) from indicator_target").query(Long.class).single();
	}

	private long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? order by valid_from limit 1")
			.param(code).query(Long.class).single();
	}
}
