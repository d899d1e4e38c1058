package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * Personal data by role: a member sees phones masked ({@code 091****678}), a leader and the
 * officers see them whole; everybody sees citizen IDs masked ({@code 079******912}) in pages and
 * API, and only officers (commune and up) may reveal one, each reading leaving an audit entry.
 */
@IntegrationTest
class MaskingByRoleTest {

	/** One household in Ấp Cả Bản, inside every demo account's scope. */
	private static UUID household;

	private static UUID resident;

	private static String phone;

	private static String cccd;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		if (household == null) {
			household = fx.newHouseholdInCaBan();
			Map<String, Object> body = HouseholdFixtures.adult();
			phone = (String) body.get("phone");
			cccd = (String) body.get("cccd");
			resident = UUID.fromString(fx.addResident(household, body).get("id").asString());
		}
	}

	private static String maskedPhone() {
		return phone.substring(0, 3) + "****" + phone.substring(7);
	}

	private static String maskedCccd() {
		return cccd.substring(0, 3) + "******" + cccd.substring(9);
	}

	@Test
	void memberSeesThePhoneMaskedInTheApiAndThePage() throws Exception {
		String user = "thanhvien";
		JsonNode r = fx.resident(user, household, resident);
		assertThat(r.get("phone").asString()).isEqualTo(maskedPhone()).matches("0\\d{2}\\*{4}\\d{3}");
		String html = page(user, "/households/" + household);
		assertThat(html).contains(maskedPhone()).doesNotContain(phone);
		assertThat(fx.getRaw(user, "/api/v1/households/" + household).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(phone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "totruong", "xa", "huyen", "tinh", "admin" })
	void leaderAndOfficersSeeThePhoneWhole(String user) throws Exception {
		assertThat(fx.resident(user, household, resident).get("phone").asString()).isEqualTo(phone);
		assertThat(page(user, "/households/" + household)).contains(phone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "thanhvien", "totruong", "xa", "huyen", "tinh", "admin" })
	void everyoneSeesTheCitizenIdMaskedInTheApiAndThePage(String user) throws Exception {
		assertThat(fx.resident(user, household, resident).get("cccd").asString()).isEqualTo(maskedCccd())
			.matches("079\\*{6}\\d{3}");
		assertThat(fx.getRaw(user, "/api/v1/households/" + household).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(cccd);
		assertThat(page(user, "/households/" + household)).contains(maskedCccd()).doesNotContain(cccd);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "huyen", "tinh" })
	void officersRevealTheCitizenIdThroughTheApiAndEachReadingIsAudited(String user) throws Exception {
		long before = readings(user);
		JsonNode answer = fx.getJson(user, cccdUrl("/api/v1"));
		assertThat(answer.get("cccd").asString()).isEqualTo(cccd);
		assertThat(readings(user)).as("READ_CCCD entries by %s", user).isEqualTo(before + 1);
		fx.getJson(user, cccdUrl("/api/v1"));
		assertThat(readings(user)).as("a second reading is a second entry").isEqualTo(before + 2);
		String unitPath = jdbc.sql("select unit_path::text from audit_log where action = 'READ_CCCD' and entity_id = ?"
				+ " and actor = ? order by id desc limit 1").params(resident.toString(), user).query(String.class).single();
		assertThat(unitPath).as("the entry sits where the household does, for reading the log by scope")
			.isEqualTo(jdbc.sql("select unit_path::text from household where id = ?").param(household)
				.query(String.class).single());
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "huyen" })
	void officersRevealTheCitizenIdOnThePageAndTheReadingIsAudited(String user) throws Exception {
		long before = readings(user);
		String html = mvc.perform(get(cccdUrl("")).with(new DemoUsers(users).as(user)).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(cccd).doesNotContain("<html");
		assertThat(readings(user)).isEqualTo(before + 1);
		assertThat(page(user, "/households/" + household)).as("the reveal button is offered")
			.contains("hx-get=\"" + cccdUrl("") + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "totruong", "thanhvien" })
	void leaderAndMemberCannotRevealTheCitizenIdAndNothingIsAudited(String user) throws Exception {
		var before = RowCounts.of(jdbc);
		MockHttpServletResponse api = fx.getRaw(user, cccdUrl("/api/v1"));
		assertThat(api.getStatus()).isEqualTo(404);
		assertThat(api.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(cccd);
		MockHttpServletResponse page = mvc.perform(get(cccdUrl("")).with(new DemoUsers(users).as(user)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(cccd);
		assertThat(RowCounts.of(jdbc)).as("no audit entry, nothing else").isEqualTo(before);
		assertThat(page(user, "/households/" + household)).as("no reveal button offered").doesNotContain("/cccd\"");
	}

	@Test
	void revealingAResidentThroughAnotherHouseholdIsNotFound() throws Exception {
		String user = "xa";
		UUID other = fx.newHouseholdInCaBan();
		long before = readings(user);
		var response = fx.getRaw(user, "/api/v1/households/" + other + "/residents/" + resident + "/cccd");
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(cccd);
		assertThat(readings(user)).isEqualTo(before);
	}

	@Test
	void residentWithoutACitizenIdRevealsNothingAndIsNotAudited() throws Exception {
		String user = "xa";
		UUID child = fx.addChild(household);
		long before = jdbc.sql("select count(*) from audit_log where action = 'READ_CCCD'").query(Long.class).single();
		JsonNode answer = fx.getJson(user, "/api/v1/households/" + household + "/residents/" + child + "/cccd");
		assertThat(answer.get("cccd").isNull()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'READ_CCCD'").query(Long.class).single())
			.isEqualTo(before);
	}

	// --- helpers ----------------------------------------------------------------------------------

	private String cccdUrl(String prefix) {
		return prefix + "/households/" + household + "/residents/" + resident + "/cccd";
	}

	private long readings(String user) {
		return jdbc.sql("select count(*) from audit_log where action = 'READ_CCCD' and entity_type = 'RESIDENT'"
				+ " and entity_id = ? and actor = ?").params(resident.toString(), user).query(Long.class).single();
	}

	private String page(String user, String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(new DemoUsers(users).as(user)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s as %s", url, user).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
