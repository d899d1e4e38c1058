package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The daily job, run with the clock fixed five days ahead: open tasks past their deadline become
 * overdue with a line in their history, and each is escalated to its accountable person and the
 * officers of the level above that person, as notifications (a page and a count in the header).
 * A second run escalates nothing again; a task due later is left alone.
 */
@IntegrationTest
class OverdueJobTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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

	private OverdueTasks jobOn(LocalDate day) {
		return new OverdueTasks(jdbc, Clock.fixed(day.atTime(0, 5).atZone(VIETNAM).toInstant(), VIETNAM));
	}

	@Test
	void tasksPastTheirDeadlineAreMarkedAndEscalatedToTheAccountablePersonAndTheLevelAbove() throws Exception {
		long communeTask = fx.created("xa", task("Rà soát hộ chưa cài VNeID", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(1), "")).get("id").asLong();
		long member = new HouseholdFixtures(mvc, jdbc).memberIdOf("thanhvien");
		long teamTask = fx.created("totruong", task("Phát tờ rơi ấp Cả Bản", "MEMBER", member, today(), today().plusDays(2),
				"")).get("id").asLong();
		long laterTask = fx.created("xa", task("Việc còn hạn", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(30), "")).get("id").asLong();

		LocalDate runDay = today().plusDays(5);
		OverdueTasks.Run run = jobOn(runDay).run();
		assertThat(run.tasks()).isGreaterThanOrEqualTo(2);

		for (long id : List.of(communeTask, teamTask)) {
			var detail = fx.get("xa", "/api/v1/tasks/" + id);
			assertThat(detail.get("task").get("status").asString()).isEqualTo("OVERDUE");
			assertThat(detail.get("task").get("overdueSince").asString()).isEqualTo(runDay.toString());
			var last = detail.get("history").get(detail.get("history").size() - 1);
			assertThat(last.get("kind").asString()).isEqualTo("OVERDUE");
		}
		assertThat(fx.get("xa", "/api/v1/tasks/" + laterTask).get("task").get("status").asString()).isEqualTo("NEW");

		assertThat(recipients(communeTask)).as("the commune's task: xa and the district above")
			.containsExactlyInAnyOrder("xa", "huyen");
		assertThat(recipients(teamTask)).as("the team leader's task: the leader and the commune above")
			.containsExactlyInAnyOrder("totruong", "xa");

		var again = jobOn(runDay.plusDays(1)).run();
		assertThat(recipients(communeTask)).hasSize(2);
		assertThat(again.notifications()).isLessThan(run.notifications() + 1);
		assertThat(recipients(teamTask)).hasSize(2);
	}

	@Test
	void aTaskGivenAlreadyPastItsDeadlineIsOverdueAtOnceAndEscalatedByTheNextRun() throws Exception {
		var created = fx.created("xa", task("Báo cáo tháng trước", "TEAM", fx.teamOf("27781-001"), today().minusDays(10),
				today().minusDays(2), ""));
		long id = created.get("id").asLong();
		assertThat(created.get("status").asString()).isEqualTo("OVERDUE");
		assertThat(recipients(id)).isEmpty();
		jobOn(today()).run();
		assertThat(recipients(id)).containsExactlyInAnyOrder("xa", "huyen");
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("overdueSince").asString())
			.isEqualTo(today().toString());
		jobOn(today().plusDays(1)).run();
		assertThat(recipients(id)).hasSize(2);
	}

	@Test
	void theNotificationShowsOnItsPageAndAsACountInTheHeader() throws Exception {
		long id = fx.created("xa", task("Hướng dẫn thanh toán không dùng tiền mặt", "TEAM", fx.teamOf("27781-001"),
				today(), today().plusDays(1), "")).get("id").asLong();
		jobOn(today().plusDays(4)).run();
		var demo = new DemoUsers(users);
		String home = mvc.perform(get("/tasks").with(demo.as("huyen"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int unread = jdbc.sql("select count(*) from notification where username = 'huyen' and read_at is null")
			.query(Integer.class).single();
		assertThat(unread).isPositive();
		assertThat(home).contains("id=\"notification-count\"").contains(">" + unread + "</span>");
		String page = mvc.perform(get("/notifications").with(demo.as("huyen"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Việc quá hạn").contains("Hướng dẫn thanh toán không dùng tiền mặt")
			.contains("/tasks/" + id);
		String other = mvc.perform(get("/notifications").with(demo.as("tinh"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(other).doesNotContain("/tasks/" + id + "\"");
	}

	@Test
	void anOverdueTaskFinishedLaterBecomesDoneAndCanBeSignedOff() throws Exception {
		long id = fx.created("xa", task("Cập nhật danh sách hộ", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(1), "")).get("id").asLong();
		jobOn(today().plusDays(3)).run();
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("status").asString()).isEqualTo("OVERDUE");
		assertThat(fx.post("totruong", "/api/v1/tasks/" + id + "/progress", Map.of("progress", 100)).getStatus())
			.isEqualTo(200);
		assertThat(fx.post("xa", "/api/v1/tasks/" + id + "/sign-off", Map.of()).getStatus()).isEqualTo(200);
		assertThat(fx.get("xa", "/api/v1/tasks/" + id).get("task").get("status").asString()).isEqualTo("SIGNED_OFF");
	}

	private List<String> recipients(long taskId) {
		return jdbc.sql("select username from notification where task_id = ? order by username").param(taskId)
			.query(String.class).list();
	}
}
