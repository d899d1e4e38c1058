package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.ngoso.reported.ReportedCalls.API;
import static vn.ngoso.reported.ReportedCalls.body;
import static vn.ngoso.reported.ReportedFixtures.entry;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.Territory;

/**
 * A value outside the caller's subtree, and someone else's draft, do not exist for the caller:
 * every page and API call answers 404 and changes nothing. Team leaders and members have no
 * reported values at all.
 */
@IntegrationTest
class ReportedScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportedValues values;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Territory territory;

	ReportedFixtures fx;

	ReportedCalls calls;

	@BeforeEach
	void setUp() {
		fx = new ReportedFixtures(values, users, jdbc, territory);
		calls = new ReportedCalls(mvc, users);
	}

	@AfterEach
	void cleanUp() {
		fx.cleanUp();
	}

	@Test
	void aValueOfAnotherCommuneIsNotFoundForTheCommuneOfficerAndNothingChanges() throws Exception {
		UUID other = fx.submitted("huyen", entry("27757", "APP_USERS", YearMonth.of(2024, 2), YearMonth.of(2024, 2), "70"));
		String before = state(other);

		everyCallIsNotFound("xa", other);

		assertThat(state(other)).isEqualTo(before);
		assertThat(listed("xa", "")).doesNotContain(other);
		assertThat(listed("huyen", "")).contains(other);
	}

	@Test
	void aValueOfAnotherDistrictIsNotFoundForTheDistrictOfficer() throws Exception {
		UUID other = fx.submitted("tinh", entry("27796", "APP_USERS", YearMonth.of(2024, 2), YearMonth.of(2024, 2), "70"));
		String before = state(other);

		everyCallIsNotFound("huyen", other);
		everyCallIsNotFound("xa", other);

		assertThat(state(other)).isEqualTo(before);
		assertThat(listed("huyen", "?awaiting=true")).doesNotContain(other);
		assertThat(listed("tinh", "")).contains(other);
	}

	@Test
	void someoneElsesDraftIsNotFoundEvenInsideTheScope() throws Exception {
		UUID draft = fx.draft("xa", entry("27781", "APP_USERS", YearMonth.of(2024, 2), YearMonth.of(2024, 2), "70"));
		String before = state(draft);

		everyCallIsNotFound("huyen", draft);
		everyCallIsNotFound("tinh", draft);
		everyCallIsNotFound("admin", draft);

		assertThat(state(draft)).isEqualTo(before);
		assertThat(listed("tinh", "?status=DRAFT")).doesNotContain(draft);
		assertThat(listed("xa", "?status=DRAFT")).contains(draft);
	}

	@Test
	void aUnitOutsideTheScopeCannotBeListedOrReadAsFigures() throws Exception {
		assertThat(calls.api("xa", get(API + "?unit=27757"), null).status()).isEqualTo(404);
		assertThat(calls.api("xa", get(API + "/approved?unit=27757&from=2024-01&to=2024-12"), null).status())
			.isEqualTo(404);
		var own = calls.api("xa", get(API + "/approved?unit=27781&from=2024-01&to=2024-12"), null);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().findValuesAsString("indicator")).contains("POPULATION", "VNEID_DOSSIERS");
		assertThat(calls.page("xa", get("/indicators/reported?unitId=" + fx.unitId("27757"))).getStatus()).isEqualTo(404);
	}

	@Test
	void teamLeadersAndMembersHaveNoReportedValues() throws Exception {
		UUID value = fx.submitted("xa", entry("27781", "APP_USERS", YearMonth.of(2024, 2), YearMonth.of(2024, 2), "70"));
		for (String user : List.of("totruong", "thanhvien")) {
			assertThat(calls.page(user, get("/indicators/reported")).getStatus()).as(user).isEqualTo(404);
			assertThat(calls.page(user, get("/indicators/reported/new")).getStatus()).as(user).isEqualTo(404);
			assertThat(calls.page(user, get("/indicators/reported/import")).getStatus()).as(user).isEqualTo(404);
			assertThat(calls.page(user, get("/indicators/reported/template.xlsx")).getStatus()).as(user).isEqualTo(404);
			assertThat(calls.api(user, get(API), null).status()).as(user).isEqualTo(404);
			everyCallIsNotFound(user, value);
			assertThat(calls.html(user, "/")).doesNotContain("/indicators/reported");
		}
		assertThat(calls.html("xa", "/")).contains("href=\"/indicators/reported\"");
	}

	private void everyCallIsNotFound(String user, UUID id) throws Exception {
		Map<String, Object> change = body("27781", "APP_USERS", "2024-02", "2024-02", 71);
		List<MockHttpServletRequestBuilder> api = List.of(get(API + "/" + id), post(API + "/" + id + "/submit"),
				post(API + "/" + id + "/approve"), post(API + "/" + id + "/reject"), put(API + "/" + id), delete(API + "/" + id));
		for (var request : api) {
			var answer = calls.api(user, request, request.toString().contains("PUT") ? change : Map.of("comment", "Sai"));
			assertThat(answer.status()).as("%s %s as %s: %s", request, id, user, answer.body()).isEqualTo(404);
		}
		for (String url : List.of("/indicators/reported/" + id, "/indicators/reported/" + id + "/edit")) {
			assertThat(calls.page(user, get(url)).getStatus()).as("GET %s as %s", url, user).isEqualTo(404);
		}
		for (String step : List.of("submit", "approve", "reject", "delete")) {
			var response = calls.page(user, post("/indicators/reported/" + id + "/" + step).param("comment", "Sai"));
			assertThat(response.getStatus()).as("POST %s as %s", step, user).isEqualTo(404);
		}
		var edit = calls.page(user, post("/indicators/reported/" + id).param("unitId", String.valueOf(fx.unitId("27781")))
			.param("indicator", "APP_USERS").param("from", "2024-02").param("to", "2024-02").param("value", "71"));
		assertThat(edit.getStatus()).as("POST edit as %s", user).isEqualTo(404);
	}

	private String state(UUID id) {
		return jdbc.sql("select status || ' ' || value || ' ' || updated_at || ' ' || (select count(*) from reported_value_step"
				+ " where value_id = r.id) from reported_value r where id = ?").param(id).query(String.class).single();
	}

	private List<UUID> listed(String user, String query) throws Exception {
		var page = calls.api(user, get(API + query + (query.isEmpty() ? "?" : "&") + "size=500"), null).json();
		return page.get("items").valueStream().map(v -> UUID.fromString(v.get("id").asString())).toList();
	}
}
