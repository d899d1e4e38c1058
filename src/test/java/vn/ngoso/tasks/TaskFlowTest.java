package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * A task's life through the API: given by the commune to a team, seen in "Việc của tôi" by the
 * team's leader and members, moved to 100 % and signed off by the accountable person, with every
 * step in its history. And a citizen's visit request: a task for the hamlet's team with a
 * reference to look it up by, the contact masked for members.
 */
@IntegrationTest
class TaskFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitRequests requests;

	TaskFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new TaskFixtures(new HouseholdFixtures(mvc, jdbc), jdbc);
	}

	@Test
	void aTeamTaskGoesFromNewToSignedOffWithItsHistory() throws Exception {
		JsonNode task = fx.created("xa", task("Hướng dẫn cài Long An Số", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(45), ""));
		long id = task.get("id").asLong();
		assertThat(task.get("status").asString()).isEqualTo("NEW");
		assertThat(task.get("reference").asString()).matches("CV-\\d{2}-[A-Z2-9]{6}");
		assertThat(task.get("accountable").asString()).isEqualTo("xa");
		assertThat(ids(fx.get("totruong", "/api/v1/tasks?mine=true"))).contains(id);
		assertThat(ids(fx.get("thanhvien", "/api/v1/tasks?mine=true"))).contains(id);

		assertThat(fx.post("thanhvien", "/api/v1/tasks/" + id + "/progress", Map.of("progress", 40, "comment", "Đã xong 12 hộ"))
			.getStatus()).isEqualTo(200);
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(fx.post("totruong", "/api/v1/tasks/" + id + "/progress", Map.of("progress", 100)).getStatus())
			.isEqualTo(200);
		assertThat(fx.post("xa", "/api/v1/tasks/" + id + "/comments", Map.of("comment", "Cảm ơn tổ")).getStatus())
			.isEqualTo(200);
		var signed = fx.post("xa", "/api/v1/tasks/" + id + "/sign-off", Map.of("comment", "Đạt"));
		assertThat(signed.getStatus()).isEqualTo(200);

		JsonNode detail = fx.get("xa", "/api/v1/tasks/" + id);
		assertThat(detail.get("task").get("status").asString()).isEqualTo("SIGNED_OFF");
		List<String> kinds = new ArrayList<>();
		detail.get("history").forEach(e -> kinds.add(e.get("kind").asString() + ":" + e.get("actor").asString()));
		assertThat(kinds).containsExactly("CREATED:xa", "PROGRESS:thanhvien", "PROGRESS:totruong", "COMMENT:xa",
				"SIGNED_OFF:xa");
		assertThat(detail.get("history").get(1).get("text").asString()).isEqualTo("Đã xong 12 hộ");

		var frozen = fx.refused("totruong", "/api/v1/tasks/" + id + "/progress", Map.of("progress", 50));
		assertThat(messagesFor(frozen, "progress")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'TASK' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aCitizensRequestBecomesATaskForTheHamletsTeamAndIsLookedUpByReference() throws Exception {
		String reference = requests.request(new VisitRequest(fx.unit("27781-001"), "Cài VNeID mức 2 cho bố mẹ",
				"Trần Thị Hoa", "0912345678"));
		assertThat(reference).matches("YC-\\d{2}-[A-Z2-9]{6}");

		var status = requests.status(reference.toLowerCase()).orElseThrow();
		assertThat(status.status()).isEqualTo(TaskStatus.NEW);
		assertThat(status.dueOn()).isEqualTo(today().plusDays(7));
		assertThat(status.unitName()).isEqualTo("Ấp Cả Bản");
		assertThat(requests.status("YC-00-AAAAAA")).isEmpty();

		JsonNode leader = find(fx.get("totruong", "/api/v1/tasks?mine=true"), reference);
		assertThat(leader.get("accountable").asString()).isEqualTo("totruong");
		assertThat(leader.get("contactPhone").asString()).isEqualTo("0912345678");
		JsonNode member = find(fx.get("thanhvien", "/api/v1/tasks?mine=true"), reference);
		assertThat(member.get("contactPhone").asString()).isEqualTo("091****678");
		assertThat(fx.get("xa", "/api/v1/tasks/" + member.get("id").asLong()).get("task").get("contactPhone").asString())
			.isEqualTo("0912345678");
	}

	@Test
	void aRequestWithoutATeamOrWithABadContactIsRefusedAndWritesNothing() {
		var before = fx.rows();
		long communeWithoutTeam = jdbc.sql("""
				select u.id from admin_unit u where u.level = 4 and u.valid_to is null
				  and not exists (select 1 from team t where t.unit_id = u.id) limit 1
				""").query(Long.class).single();
		assertThatThrownBy(() -> requests.request(new VisitRequest(communeWithoutTeam, "Hỗ trợ", "An", "0912345678")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.firstKeyByField()).containsOnlyKeys("hamletId"));
		assertThatThrownBy(() -> requests.request(new VisitRequest(fx.unit("27781-001"), " ", "", "12345")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.firstKeyByField()).containsOnlyKeys("what", "contactName", "contactPhone"));
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void theTaskAndTargetEndpointsAreInTheOpenApiDocument() throws Exception {
		String doc = TaskFixtures.text(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/v3/api-docs")).andReturn().getResponse());
		assertThat(doc).contains("\"/api/v1/tasks\"", "\"/api/v1/tasks/{id}/progress\"", "\"/api/v1/tasks/{id}/sign-off\"",
				"\"/api/v1/targets\"", "\"/api/v1/targets/{id}/cascade\"");
	}

	@Test
	void problemsAreInEnglishWhenAskedFor() throws Exception {
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/tasks")
			.header("Authorization", fx.http.bearer("xa")).header("Accept-Language", "en")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(fx.http.json().writeValueAsString(task("Task", "TEAM", fx.teamOf("27781-001"), today(),
					today().minusDays(1), "")))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.http.read(TaskFixtures.text(response)), "dueOn"))
			.containsExactly("Deadline: must not be before the start.");
	}

	private static List<Long> ids(JsonNode list) {
		List<Long> ids = new ArrayList<>();
		list.forEach(t -> ids.add(t.get("id").asLong()));
		return ids;
	}

	private static JsonNode find(JsonNode list, String reference) {
		for (JsonNode t : list) {
			if (t.get("reference").asString().equals(reference)) {
				return t;
			}
		}
		throw new AssertionError(reference + " not in " + list);
	}
}
