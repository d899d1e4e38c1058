package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Each bad task input is refused with a Vietnamese message naming its field and nothing written:
 * an assignee outside the caller's scope, a deadline before the start, progress outside 0–100, a
 * sign-off by someone who is not accountable (and of a task not yet done); in the API and the form.
 */
@IntegrationTest
class TaskValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	TaskFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new TaskFixtures(new HouseholdFixtures(mvc, jdbc), jdbc);
	}

	@Test
	void taskForATeamOutsideTheCommuneIsRefusedNamingTheAssignee() throws Exception {
		var before = fx.rows();
		var problem = fx.refused("xa", "/api/v1/tasks", task("Tuyên truyền VNeID", "TEAM",
				fx.teamInAnotherCommuneOfVinhHung(), today(), today().plusDays(40), ""));
		assertThat(messagesFor(problem, "assignee"))
			.containsExactly("Giao cho: đơn vị, tổ hoặc thành viên này nằm ngoài phạm vi của bạn.");
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void teamLeaderCannotGiveATaskToAnotherTeamOrToAUnit() throws Exception {
		var before = fx.rows();
		var otherTeam = fx.refused("totruong", "/api/v1/tasks", task("Việc", "TEAM", fx.teamOf("27781-002"), today(),
				today().plusDays(40), ""));
		assertThat(messagesFor(otherTeam, "assignee")).hasSize(1);
		var unit = fx.refused("totruong", "/api/v1/tasks", task("Việc", "UNIT", fx.unit("27781-001"), today(),
				today().plusDays(40), ""));
		assertThat(messagesFor(unit, "assignee")).hasSize(1);
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void deadlineBeforeTheStartIsRefusedNamingTheDeadline() throws Exception {
		var before = fx.rows();
		var problem = fx.refused("xa", "/api/v1/tasks", task("Việc", "TEAM", fx.teamOf("27781-001"), today(),
				today().minusDays(1), ""));
		assertThat(messagesFor(problem, "dueOn")).containsExactly("Hạn hoàn thành: không được trước ngày bắt đầu.");
		assertThat(problem.get("detail").asString()).isEqualTo("Hạn hoàn thành: không được trước ngày bắt đầu.");
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void theFormShowsTheRefusalBesideTheFieldsAndWritesNothing() throws Exception {
		var before = fx.rows();
		var page = mvc.perform(post("/tasks").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("title", "Việc").param("doneMeans", "Xong khi...")
				.param("assignee", "TEAM:" + fx.teamInAnotherCommuneOfVinhHung())
				.param("startsOn", today().toString()).param("dueOn", today().minusDays(3).toString()))
			.andReturn().getResponse();
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html).contains("Hạn hoàn thành: không được trước ngày bắt đầu.")
			.contains("Giao cho: đơn vị, tổ hoặc thành viên này nằm ngoài phạm vi của bạn.")
			.doesNotContain("Exception");
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void accountablePersonOutsideTheCallersScopeIsRefused() throws Exception {
		var before = fx.rows();
		var problem = fx.refused("xa", "/api/v1/tasks", task("Việc", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(40), "huyen"));
		assertThat(messagesFor(problem, "accountable")).hasSize(1);
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void progressOutside0To100IsRefusedNamingTheProgress() throws Exception {
		long id = fx.created("xa", task("Phát tờ rơi", "TEAM", fx.teamOf("27781-001"), today(), today().plusDays(40), ""))
			.get("id").asLong();
		var before = fx.rows();
		for (int bad : new int[] { -1, 101, 150 }) {
			var problem = fx.refused("totruong", "/api/v1/tasks/" + id + "/progress", Map.of("progress", bad));
			assertThat(messagesFor(problem, "progress")).containsExactly("Tiến độ: phải là số từ 0 đến 100.");
		}
		assertThat(fx.rows()).isEqualTo(before);
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("progress").asInt()).isZero();
	}

	@Test
	void signOffBySomeoneNotAccountableIsRefusedNamingTheAccountablePerson() throws Exception {
		long id = fx.created("xa", task("Hỗ trợ Long An Số", "TEAM", fx.teamOf("27781-001"), today(), today().plusDays(40),
				"")).get("id").asLong();
		var notDone = fx.refused("xa", "/api/v1/tasks/" + id + "/sign-off", Map.of());
		assertThat(messagesFor(notDone, "progress")).containsExactly("Tiến độ: việc chưa đạt 100%, chưa thể xác nhận hoàn thành.");
		assertThat(fx.post("totruong", "/api/v1/tasks/" + id + "/progress", Map.of("progress", 100)).getStatus())
			.isEqualTo(200);
		var before = fx.rows();
		var problem = fx.refused("totruong", "/api/v1/tasks/" + id + "/sign-off", Map.of("comment", "xong"));
		assertThat(messagesFor(problem, "accountable"))
			.containsExactly("Người chịu trách nhiệm: chỉ UBND xã Tuyên Bình được xác nhận hoàn thành việc này.");
		assertThat(fx.rows()).isEqualTo(before);
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void memberCannotGiveTasks() throws Exception {
		var before = fx.rows();
		var response = fx.post("thanhvien", "/api/v1/tasks", task("Việc", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(40), ""));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(fx.rows()).isEqualTo(before);
	}
}
