package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Dashboards, exports and the values API stay inside the caller's subtree: a unit above or beside
 * it is not found (404), exactly like a unit that does not exist.
 */
@IntegrationTest
class DashboardScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures api;

	DashboardFixtures fx;

	@BeforeEach
	void setUp() {
		api = new HouseholdFixtures(mvc, jdbc);
		fx = new DashboardFixtures(jdbc, api);
	}

	/** user | unit code | seen? */
	@ParameterizedTest
	@CsvSource({ "xa,80,false", "xa,797,false", "xa,27787,false", "xa,27784,false", "xa,27781,true", "xa,27781-002,true",
			"huyen,80,false", "huyen,797,true", "huyen,27781,true", "huyen,27784,true", "huyen,27787,false",
			"totruong,27781,false", "totruong,27781-002,false", "totruong,27781-001,true",
			"thanhvien,27781,false", "thanhvien,27781-001,true", "tinh,80,true", "tinh,27781-002,true" })
	void aDashboardOutsideTheScopeIsNotFound(String user, String code, boolean seen) throws Exception {
		long unit = fx.unitId(code);
		int expected = seen ? 200 : 404;
		var as = new DemoUsers(users).as(user);
		var page = mvc.perform(get("/dashboard/" + unit).with(as)).andExpect(noStackTrace()).andReturn().getResponse();
		assertThat(page.getStatus()).as("%s opening the dashboard of %s", user, code).isEqualTo(expected);
		if (!seen) {
			assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy")
				.doesNotContain("id=\"tiles\"");
		}
		mvc.perform(get("/dashboard/" + unit + "/export.xlsx").with(as)).andExpect(status().is(expected));
		mvc.perform(get("/dashboard/" + unit).header("HX-Request", "true").with(as)).andExpect(status().is(expected));
		var answer = api.getRaw(user, "/api/v1/indicators/values?unit=" + code + "&children=true");
		assertThat(answer.getStatus()).as("%s asking the values of %s", user, code).isEqualTo(expected);
		if (!seen) {
			assertThat(api.read(answer.getContentAsString(StandardCharsets.UTF_8)).get("title").asString())
				.isEqualTo("Không tìm thấy");
		}
	}

	@Test
	void anUnknownUnitLooksTheSameAsOneOutsideTheScope() throws Exception {
		assertThat(api.getRaw("xa", "/api/v1/indicators/values?unit=99999").getStatus()).isEqualTo(404);
		mvc.perform(get("/dashboard/999999999").with(new DemoUsers(users).as("xa"))).andExpect(status().isNotFound());
	}

	@Test
	void aCommunesChildTableListsOnlyItsOwnHamlets() throws Exception {
		String html = mvc.perform(get("/dashboard/" + fx.unitId("27781")).with(new DemoUsers(users).as("xa")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int hamlets = jdbc.sql("select count(*) from admin_unit where parent_id = ?").param(fx.unitId("27781"))
			.query(Integer.class).single();
		assertThat(vn.ngoso.support.Html.tableRows(html, "children")).hasSize(hamlets)
			.allSatisfy(row -> assertThat(row.get(0)).doesNotContain("Huyện").doesNotContain("Xã "));
	}

	@Test
	void theApiNeedsASignedInCaller() throws Exception {
		mvc.perform(get("/api/v1/indicators/values?unit=80")).andExpect(status().isUnauthorized());
		mvc.perform(get("/dashboard/1")).andExpect(status().is3xxRedirection());
	}
}
