package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
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
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The lists that tell a coordinator where to act: overdue tasks, targets at risk with their
 * projection, and units whose team recorded no visit for 30 days (a visit takes a hamlet off it).
 */
@IntegrationTest
class CoordinatorListsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	HouseholdFixtures households;

	TaskFixtures fx;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		fx = new TaskFixtures(households, jdbc);
	}

	@Test
	void aVisitTakesTheHamletOffTheInactiveList() throws Exception {
		List<String> before = names(fx.get("xa", "/api/v1/tasks/inactive-units"));
		assertThat(before).as("only units of xa's commune").allMatch(n -> n.startsWith("Ấp"));
		UUID household = households.newHouseholdInCaBan();
		households.recordVisit(household, today(), Map.of());
		List<String> after = names(fx.get("xa", "/api/v1/tasks/inactive-units"));
		assertThat(after).doesNotContain("Ấp Cả Bản");
		assertThat(names(fx.get("huyen", "/api/v1/tasks/inactive-units")).size()).isGreaterThan(after.size());
	}

	/**
	 * A visit counts where it was made, forever: when the only visited household of a hamlet moves
	 * to another hamlet, the hamlet's team keeps its visit and stays off the list, on the page too.
	 */
	@Test
	void aHamletKeepsItsVisitsWhenTheVisitedHouseholdMovesOut() throws Exception {
		var commune = new CommuneFixtures(mvc, users);
		var hamlet = commune.newHamlet();
		long member = commune.addMember(commune.newTeam(hamlet)).get("id").asLong();
		UUID household = households.newHousehold(hamlet.code());
		assertThat(names(fx.get("xa", "/api/v1/tasks/inactive-units"))).as("a new team").contains(hamlet.name());
		var visit = households.postVisit("xa", HouseholdFixtures.visit(UUID.randomUUID(), household, today(),
				List.of(member), Map.of()));
		assertThat(visit.getStatus()).isEqualTo(201);
		assertThat(names(fx.get("xa", "/api/v1/tasks/inactive-units"))).doesNotContain(hamlet.name());

		var moved = households.postJson("xa", "/api/v1/households/" + household + "/move",
				Map.of("unitCode", HouseholdFixtures.AP_2, "movedOn", today().toString()));
		assertThat(moved.getStatus()).as(moved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);

		assertThat(names(fx.get("xa", "/api/v1/tasks/inactive-units"))).doesNotContain(hamlet.name());
		String page = mvc.perform(get("/tasks/inactive").with(new DemoUsers(users).as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain(hamlet.name());
		assertThat(tracked.of(hamlet.id(), Period.month(YearMonth.from(today()))).get(Indicators.VISITS).value())
			.as("the hamlet's visits this month").isEqualByComparingTo("1");
	}

	@Test
	void overdueTasksAreListedForTheCoordinator() throws Exception {
		long id = fx.created("xa", task("Việc đã trễ hạn", "TEAM", fx.teamOf("27781-003"), today().minusDays(20),
				today().minusDays(1), "")).get("id").asLong();
		List<Long> overdue = new ArrayList<>();
		fx.get("xa", "/api/v1/tasks?overdue=true").forEach(t -> overdue.add(t.get("id").asLong()));
		assertThat(overdue).contains(id);
		fx.get("xa", "/api/v1/tasks?overdue=true")
			.forEach(t -> assertThat(t.get("status").asString()).isEqualTo("OVERDUE"));
	}

	@Test
	void aTargetOutOfReachIsAtRiskWithItsProjection() throws Exception {
		YearMonth month = YearMonth.from(today());
		var response = fx.post("xa", "/api/v1/targets",
				TargetTest.target("VISITS", fx.unit("27781-004"), month.minusMonths(1), month.plusMonths(1), 100_000));
		assertThat(response.getStatus()).isEqualTo(201);
		long id = households.read(TaskFixtures.text(response)).get("id").asLong();
		JsonNode found = null;
		for (JsonNode p : fx.get("xa", "/api/v1/targets?atRisk=true")) {
			if (p.get("target").get("id").asLong() == id) {
				found = p;
			}
		}
		assertThat(found).isNotNull();
		assertThat(found.get("atRisk").asBoolean()).isTrue();
		assertThat(found.get("projected").decimalValue()).isLessThan(new java.math.BigDecimal(100_000));
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.forEach(u -> names.add(u.get("unitName").asString()));
		return names;
	}
}
