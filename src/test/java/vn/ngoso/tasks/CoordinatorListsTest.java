package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
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
