package vn.ngoso.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * A partner's people ({@code doitac}, Viettel's Vĩnh Hưng branch) see their own contributions and
 * the figures of the district they support, read-only, and nothing personal: no name or number of
 * anyone (their own contact's included), no household, member, team or merchant list, no other
 * district's dashboard; every other page and API answers 403.
 */
@IntegrationTest
class PartnerRoleTest {

	/** A Vietnamese mobile number, whole or masked (098****567), or a citizen ID. */
	private static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String PERSONAL = "0[35789]\\d{8}|0\\d{2}\\*{4}\\d{3}|\\d{3}\\*{6}\\d{3}|\\d{12}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures http;

	long vinhHung;

	@BeforeEach
	void setUp() {
		http = new HouseholdFixtures(mvc, jdbc);
		vinhHung = jdbc.sql("select parent_id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
	}

	private String page(String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as("doitac"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theirPageShowsTheirContributionsAndTheDistrictsFiguresAndNoOnesData() throws Exception {
		String html = page("/partners/mine");
		assertThat(html).contains("Viettel Long An – Chi nhánh Vĩnh Hưng").contains("Huyện Vĩnh Hưng")
			.contains("Ngày công tại bộ phận một cửa").contains("SIM, điện thoại tặng").contains("Số Tổ công nghệ số cộng đồng");
		assertThat(html).doesNotContain("Trần Văn Bình").doesNotContain("binhtv@").doesNotContain("Nguyễn Ngọc Trai")
			.doesNotContainPattern(PERSONAL);
		JsonNode mine = http.getJson("doitac", "/api/v1/partners/mine?from=2025-01&to=2025-12");
		// the demo's 3 / 50 / 12, and whatever other tests recorded for Viettel since
		for (String kind : List.of("EVENT", "SIMS_PHONES", "DESK_STAFF_DAYS")) {
			long recorded = jdbc.sql("""
					select coalesce(sum(s.quantity), 0) from partner_support s join partner p on p.id = s.partner_id
					where p.name = 'Viettel Long An – Chi nhánh Vĩnh Hưng' and s.kind = ?""").param(kind)
				.query(Long.class).single();
			assertThat(mine.get("totals").get(kind).asLong()).as(kind).isEqualTo(recorded);
		}
		assertThat(mine.get("totals").get("SIMS_PHONES").asLong()).isGreaterThanOrEqualTo(50);
		assertThat(mine.get("figures").get(0).get("unitId").asLong()).isEqualTo(vinhHung);
		assertThat(mine.get("figures").get(0).get("values").get("TEAMS").get("value").asLong()).isPositive();
		assertThat(mine.get("partner").get("contactName").isNull()).isTrue();
		// record ids are UUIDs, whose last group may be twelve digits by chance: not a CCCD
		assertThat(mine.toString().replaceAll(UUID_TEXT, "-")).doesNotContain("Trần Văn Bình")
			.doesNotContainPattern(PERSONAL);
	}

	@Test
	void theySeeTheirDistrictsDashboardsOnly() throws Exception {
		String html = page("/dashboard/" + vinhHung);
		assertThat(html).contains("Huyện Vĩnh Hưng").doesNotContainPattern(PERSONAL);
		long otherDistrict = jdbc.sql("""
				select id from admin_unit where level = 2 and parent_id = (select parent_id from admin_unit where id = ?)
				and id <> ? order by id limit 1""").params(vinhHung, vinhHung).query(Long.class).single();
		assertThat(mvc.perform(get("/dashboard/" + otherDistrict).with(new DemoUsers(users).as("doitac"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(http.getRaw("doitac", "/api/v1/indicators/values?unit=" + code(vinhHung)).getStatus()).isEqualTo(200);
	}

	@Test
	void everythingElseIsForbiddenToThem() throws Exception {
		for (String url : List.of("/teams", "/members", "/households", "/households/to-visit", "/units", "/merchants",
				"/partners", "/imports", "/reports/summary", "/users", "/indicators/reported", "/merchants/import")) {
			assertThat(mvc.perform(get(url).with(new DemoUsers(users).as("doitac"))).andReturn().getResponse().getStatus())
				.as(url).isEqualTo(403);
		}
		String partner = jdbc.sql("select partner_id::text from partner_account a join app_user u on u.id = a.user_id"
				+ " where u.username = 'doitac'").query(String.class).single();
		for (String url : List.of("/api/v1/households", "/api/v1/members", "/api/v1/teams", "/api/v1/merchants",
				"/api/v1/partners", "/api/v1/partners/" + partner, "/api/v1/partners/" + partner + "/support",
				"/api/v1/units/27781", "/api/v1/reports/summary", "/api/v1/indicators/reported")) {
			var response = http.getRaw("doitac", url);
			assertThat(response.getStatus()).as(url).isEqualTo(403);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8).replaceAll(UUID_TEXT, "-"))
				.doesNotContainPattern(PERSONAL);
		}
		assertThat(http.postJson("doitac", "/api/v1/partners/" + partner + "/support",
				java.util.Map.of("kind", "EVENT", "quantity", 1)).getStatus()).isEqualTo(403);
	}

	@Test
	void officersSeeTheContactTeamsSeeItMasked() throws Exception {
		String partner = jdbc.sql("select id::text from partner where name = 'Viettel Long An – Chi nhánh Vĩnh Hưng'")
			.query(String.class).single();
		assertThat(http.getJson("xa", "/api/v1/partners/" + partner).get("contactPhone").asString()).isEqualTo("0981234567");
		JsonNode seenByMember = http.getJson("thanhvien", "/api/v1/partners/" + partner);
		assertThat(seenByMember.get("contactPhone").asString()).isEqualTo("098****567");
		assertThat(seenByMember.get("contactEmail").isNull()).isTrue();
		assertThat(http.getJson("totruong", "/api/v1/partners/" + partner).get("contactPhone").asString())
			.isEqualTo("098****567");
	}

	private String code(long unit) {
		return jdbc.sql("select code from admin_unit where id = ?").param(unit).query(String.class).single();
	}
}
