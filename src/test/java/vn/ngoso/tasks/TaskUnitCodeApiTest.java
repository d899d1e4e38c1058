package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Tasks given to a unit and targets name the unit by official code ({@code "unitCode"}); the id
 * ({@code assigneeId}, {@code unitId}) is still taken and gives the same unit; what is answered
 * carries both. Rolled back.
 */
@IntegrationTest
@Transactional
class TaskUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures http;

	TaskFixtures fx;

	@BeforeEach
	void setUp() {
		http = new HouseholdFixtures(mvc, jdbc);
		fx = new TaskFixtures(http, jdbc);
	}

	private JsonNode created(String url, Map<String, Object> body) throws Exception {
		var response = fx.post("xa", url, body);
		assertThat(response.getStatus()).as(TaskFixtures.text(response)).isEqualTo(201);
		return http.read(TaskFixtures.text(response));
	}

	@Test
	void aTaskForAUnitIsGivenByCodeOrByTheDeprecatedId() throws Exception {
		long caBan = fx.unit(HouseholdFixtures.CA_BAN);
		LocalDate today = HouseholdFixtures.today();
		Map<String, Object> byCode = TaskFixtures.task("Theo mã", "UNIT", 0, today, today.plusDays(10), "");
		byCode.remove("assigneeId");
		byCode.put("unitCode", HouseholdFixtures.CA_BAN);
		JsonNode task = created("/api/v1/tasks", byCode);
		assertThat(task.get("assigneeUnitId").asLong()).isEqualTo(caBan);
		assertThat(task.get("unitCode").asString()).isEqualTo(HouseholdFixtures.CA_BAN);

		JsonNode byId = created("/api/v1/tasks",
				TaskFixtures.task("Theo mã nội bộ", "UNIT", caBan, today, today.plusDays(10), ""));
		assertThat(byId.get("assigneeUnitId").asLong()).isEqualTo(caBan);
		assertThat(byId.get("unitCode").asString()).isEqualTo(HouseholdFixtures.CA_BAN);

		byCode.put("unitCode", "00000");
		var unknown = fx.post("xa", "/api/v1/tasks", byCode);
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(messagesFor(http.read(TaskFixtures.text(unknown)), "unitCode")).isNotEmpty();
		for (JsonNode t : fx.get("xa", "/api/v1/tasks")) {
			assertThat(t.hasNonNull("assigneeUnitId") && t.hasNonNull("unitCode")).as(t.toString()).isTrue();
		}
		carryIdAndCode(fx.get("xa", "/api/v1/tasks/inactive-units"));
	}

	@Test
	void aTargetIsSetByCodeOrByTheDeprecatedId() throws Exception {
		long ap2 = fx.unit(HouseholdFixtures.AP_2);
		YearMonth from = YearMonth.of(2047, 1);
		Map<String, Object> byCode = TargetTest.target("VISITS", 0, from, from.plusMonths(11), 120);
		byCode.remove("unitId");
		byCode.put("unitCode", HouseholdFixtures.AP_2);
		JsonNode target = created("/api/v1/targets", byCode);
		assertThat(target.get("unitId").asLong()).isEqualTo(ap2);
		assertThat(target.get("unitCode").asString()).isEqualTo(HouseholdFixtures.AP_2);

		JsonNode byId = created("/api/v1/targets", TargetTest.target("VISITS", ap2, from.plusYears(1),
				from.plusYears(1).plusMonths(11), 120));
		assertThat(byId.get("unitCode").asString()).isEqualTo(HouseholdFixtures.AP_2);

		byCode.put("unitCode", "00000");
		var unknown = fx.post("xa", "/api/v1/targets", byCode);
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(messagesFor(http.read(TaskFixtures.text(unknown)), "unitCode")).isNotEmpty();
		// a refusal of the module about the unit names the field the client sent
		byCode.put("unitCode", HouseholdFixtures.AP_2);
		var duplicate = fx.post("xa", "/api/v1/targets", byCode);
		assertThat(duplicate.getStatus()).isEqualTo(400);
		assertThat(messagesFor(http.read(TaskFixtures.text(duplicate)), "unitCode")).isNotEmpty();
		carryIdAndCode(fx.get("xa", "/api/v1/targets"));
		carryIdAndCode(fx.get("xa", "/api/v1/targets/" + target.get("id").asLong()));
	}
}
