package vn.ngoso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The pages' date fields are typed day first (dd/mm/yyyy) whatever the browser's language; text
 * that is no day comes back beside its field in Vietnamese and writes nothing.
 */
@IntegrationTest
class DayFirstFormsTest {

	private static final String MESSAGE = "Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	HouseholdFixtures households;

	DemoUsers users;

	long hamlet;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		users = new DemoUsers(userDetails);
		hamlet = jdbc.sql("select id from admin_unit where code = ?").param(HouseholdFixtures.CA_BAN)
			.query(Long.class).single();
	}

	@Test
	void theFormShowsATextFieldTypedDayFirst() throws Exception {
		String page = mvc.perform(get("/households/new").with(users.as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).doesNotContain("type=\"date\"").contains("placeholder=\"dd/mm/yyyy\"")
			.contains("inputmode=\"numeric\"").contains("autocomplete=\"off\"")
			.contains("value=\"" + DateText.show(HouseholdFixtures.today()) + "\"");
	}

	@Test
	void aDayTypedDayFirstIsSaved() throws Exception {
		String code = HouseholdFixtures.uniqueCode();
		var saved = createHousehold(code, "1/3/2022");

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select registered_on from household where code = ?").param(code).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2022, 3, 1));
	}

	@Test
	void aDayThatDoesNotExistIsExplainedBesideTheFieldAndNothingIsWritten() throws Exception {
		for (String typed : new String[] { "31/02/2022", "hôm qua" }) {
			String code = HouseholdFixtures.uniqueCode();
			var response = createHousehold(code, typed);

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(MESSAGE)
				.contains("value=\"" + typed + "\"");
			assertThat(jdbc.sql("select count(*) from household where code = ?").param(code).query(Long.class)
				.single()).isZero();
		}
	}

	@Test
	void aFormObjectsDayIsReadDayFirstAndAGarbledOneRefused() throws Exception {
		UUID id = UUID.fromString(households.createHousehold(HouseholdFixtures.CA_BAN, HouseholdFixtures.uniqueCode())
			.get("id").asString());
		var refused = mvc.perform(post("/households/{id}/residents", id).with(csrf()).with(users.as("xa"))
				.param("fullName", "Ngày Sai").param("birthDate", "32/01/1990").param("sex", "MALE")
				.param("relation", "HEAD")).andReturn().getResponse();

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains(MESSAGE).contains("value=\"32/01/1990\"");
		assertThat(residents(id)).isZero();

		var saved = mvc.perform(post("/households/{id}/residents", id).with(csrf()).with(users.as("xa"))
				.param("fullName", "Ngày Đúng").param("birthDate", "06/12/1990").param("sex", "MALE")
				.param("relation", "HEAD")).andReturn().getResponse();

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select birth_date from resident where household_id = ?").param(id).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(1990, 12, 6));
	}

	@Test
	void noTemplateUsesTheBrowsersDatePicker() throws Exception {
		// a native date or month picker follows the browser's language (mm/dd on an English Windows):
		// every page's day and month fields come from fragments/dates.html
		List<String> natives = new java.util.ArrayList<>();
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = java.nio.file.Files.readString(file);
				if (java.util.regex.Pattern.compile("type=\"(date|month|datetime-local|week)\"").matcher(html).find()) {
					natives.add(file.toString());
				}
			}
		}
		assertThat(natives).isEmpty();
	}

	@Test
	void aMonthFilterTakesMonthFirstAndIso() throws Exception {
		for (String from : new String[] { "01/2025", "2025-01" }) {
			var response = mvc.perform(get("/reports/summary").with(users.as("xa")).param("from", from)
				.param("to", "03/2025")).andReturn().getResponse();

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"01/2025\"")
				.contains("value=\"03/2025\"");
		}
	}

	private long residents(UUID household) {
		return jdbc.sql("select count(*) from resident where household_id = ?").param(household).query(Long.class)
			.single();
	}

	private MockHttpServletResponse createHousehold(String code, String registeredOn) throws Exception {
		return mvc.perform(post("/households").with(csrf()).with(users.as("xa")).param("unitId", String.valueOf(hamlet))
			.param("code", code).param("address", "Số 1, Kênh Thử Nghiệm").param("registeredOn", registeredOn))
			.andReturn().getResponse();
	}
}
