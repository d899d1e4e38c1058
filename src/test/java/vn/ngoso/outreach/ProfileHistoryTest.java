package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Visits move the residents' profiles forward with history: every recording is kept, the profile
 * holds the earliest day an item became true (a late-entered earlier visit moves it back, a later
 * one never moves it forward), and the first fluent resident makes the household covered.
 */
@IntegrationTest
class ProfileHistoryTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	UUID household;

	UUID adult;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
	}

	@Test
	void earlierVisitEnteredLaterMovesTheProfileBackAndTheHistoryKeepsBoth() throws Exception {
		LocalDate d1 = today().minusDays(10);
		LocalDate d2 = today().minusDays(2);
		UUID later = visitId(fx.recordVisit(household, d2, Map.of(adult, List.of("PROVINCIAL_APP"))));
		JsonNode mark = profile().get("PROVINCIAL_APP");
		assertThat(mark.get("since").asString()).isEqualTo(d2.toString());
		assertThat(mark.get("visitId").asString()).isEqualTo(later.toString());
		assertThat(mark.get("recordedBy").asString()).isEqualTo("thanhvien");

		UUID earlier = visitId(fx.recordVisit(household, d1, Map.of(adult, List.of("PROVINCIAL_APP"))));

		mark = profile().get("PROVINCIAL_APP");
		assertThat(mark.get("since").asString()).as("earliest wins").isEqualTo(d1.toString());
		assertThat(mark.get("visitId").asString()).isEqualTo(earlier.toString());
		assertThat(history()).containsExactly("PROVINCIAL_APP " + d2 + " " + later, "PROVINCIAL_APP " + d1 + " " + earlier);
		assertThat(jdbc.sql("select count(*) from readiness where resident_id = ?").param(adult).query(Long.class).single())
			.as("still one profile row for the item").isEqualTo(1);
		assertThat(fx.household("xa", household).get("household").get("lastVisitOn").asString())
			.as("the last visit stays the later one").isEqualTo(d2.toString());
	}

	@Test
	void laterVisitWithTheSameItemNeverMovesTheProfileForward() throws Exception {
		LocalDate d1 = today().minusDays(20);
		fx.recordVisit(household, d1, Map.of(adult, List.of("BANK_ACCOUNT")));
		fx.recordVisit(household, today(), Map.of(adult, List.of("BANK_ACCOUNT")));
		assertThat(profile().get("BANK_ACCOUNT").get("since").asString()).isEqualTo(d1.toString());
		assertThat(history()).hasSize(2);
		assertThat(fx.household("xa", household).get("household").get("lastVisitOn").asString())
			.isEqualTo(today().toString());
	}

	@Test
	void laterVisitWithAnotherItemAddsItAndKeepsTheFirst() throws Exception {
		LocalDate d1 = today().minusDays(7);
		LocalDate d3 = today().minusDays(1);
		fx.recordVisit(household, d1, Map.of(adult, List.of("PROVINCIAL_APP")));
		UUID third = visitId(fx.recordVisit(household, d3, Map.of(adult, List.of("CASHLESS"))));

		JsonNode profile = profile();
		assertThat(profile.propertyNames()).containsExactlyInAnyOrder("PROVINCIAL_APP", "CASHLESS");
		assertThat(profile.get("PROVINCIAL_APP").get("since").asString()).isEqualTo(d1.toString());
		assertThat(profile.get("CASHLESS").get("since").asString()).isEqualTo(d3.toString());
		assertThat(profile.get("CASHLESS").get("visitId").asString()).isEqualTo(third.toString());

		String html = page("/households/" + household);
		String history = html.substring(html.indexOf("id=\"history\""));
		assertThat(history).contains(DAY.format(d1), DAY.format(d3), "Đã cài ứng dụng Long An Số",
				"Thanh toán không dùng tiền mặt");
		assertThat(history.indexOf(DAY.format(d3))).as("newest first").isLessThan(history.indexOf(DAY.format(d1)));
	}

	@Test
	void fluentOutcomeMakesTheHouseholdCoveredAndTakesItOffTheNotCoveredList() throws Exception {
		String code = jdbc.sql("select code from household where id = ?").param(household).query(String.class).single();
		fx.recordVisit(household, today().minusDays(3), Map.of(adult, List.of("SMARTPHONE", "PROVINCIAL_APP")));
		assertThat(fx.household("thanhvien", household).get("household").get("covered").asBoolean()).isFalse();
		assertThat(fx.listIds("thanhvien", "covered=false&unit=" + HouseholdFixtures.CA_BAN)).contains(household);
		assertThat(page("/households?covered=false&q=" + code)).contains("/households/" + household + "\"");

		fx.recordVisit(household, today(), Map.of(adult, List.of("FLUENT")));

		assertThat(fx.household("thanhvien", household).get("household").get("covered").asBoolean()).isTrue();
		assertThat(fx.listIds("thanhvien", "covered=false&unit=" + HouseholdFixtures.CA_BAN)).doesNotContain(household);
		assertThat(fx.listIds("xa", "covered=false")).doesNotContain(household);
		assertThat(fx.listIds("thanhvien", "covered=true")).contains(household);
		assertThat(page("/households?covered=false&q=" + code)).doesNotContain("/households/" + household + "\"");
		assertThat(page("/households/" + household)).contains("id=\"covered-badge\"").contains("Đã có người thành thạo");
	}

	@Test
	void visitsOfAHouseholdAreListedNewestFirstWithTheirOutcomes() throws Exception {
		UUID older = visitId(fx.recordVisit(household, today().minusDays(9), Map.of(adult, List.of("VSSID"))));
		UUID newer = visitId(fx.recordVisit(household, today().minusDays(1), Map.of(adult, List.of("SMARTPHONE", "CASHLESS"))));
		JsonNode visits = fx.getJson("thanhvien", "/api/v1/visits?household=" + household);
		assertThat(visits).hasSize(2);
		assertThat(visits.get(0).get("id").asString()).isEqualTo(newer.toString());
		assertThat(visits.get(1).get("id").asString()).isEqualTo(older.toString());
		JsonNode outcome = visits.get(0).get("outcomes").get(0);
		assertThat(outcome.get("residentId").asString()).isEqualTo(adult.toString());
		assertThat(outcome.get("items").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("SMARTPHONE", "CASHLESS");
		assertThat(visits.get(0).get("memberIds").get(0).asLong()).isEqualTo(fx.memberIdOf("thanhvien"));
		assertThat(visits.get(0).get("recordedBy").asString()).isEqualTo("thanhvien");
	}

	// --- helpers ----------------------------------------------------------------------------------

	private static UUID visitId(JsonNode visit) {
		return UUID.fromString(visit.get("id").asString());
	}

	private JsonNode profile() throws Exception {
		return fx.resident("thanhvien", household, adult).get("profile");
	}

	/** The resident's history as "ITEM date visit", in the order recorded. */
	private List<String> history() {
		return jdbc.sql("select item || ' ' || on_date || ' ' || visit_id from readiness_event where resident_id = ?"
				+ " order by id").param(adult).query(String.class).list();
	}

	private String page(String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as("thanhvien"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
