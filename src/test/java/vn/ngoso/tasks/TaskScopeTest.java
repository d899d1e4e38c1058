package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.tasks.TaskFixtures.task;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
 * Nobody sees a task or target outside their scope, in the API or the pages: a district's task in
 * another commune is unknown to the commune, a task of another team to a team leader and member;
 * a target of another commune to the commune officer.
 */
@IntegrationTest
class TaskScopeTest {

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
	void aTaskInAnotherCommuneIsUnknownToTheCommuneInTheApiAndThePages() throws Exception {
		long id = fx.created("huyen", task("Kiểm tra tổ xã bên", "TEAM", fx.teamInAnotherCommuneOfVinhHung(), today(),
				today().plusDays(50), "")).get("id").asLong();
		assertThat(fx.status("huyen", "/api/v1/tasks/" + id)).isEqualTo(200);
		assertThat(fx.status("tinh", "/api/v1/tasks/" + id)).isEqualTo(200);
		for (String outsider : new String[] { "xa", "totruong", "thanhvien" }) {
			assertThat(fx.status(outsider, "/api/v1/tasks/" + id)).as(outsider).isEqualTo(404);
			assertThat(fx.get(outsider, "/api/v1/tasks").toString()).as(outsider).doesNotContain("Kiểm tra tổ xã bên");
			assertThat(page(outsider, "/tasks/" + id).getStatus()).as(outsider).isEqualTo(404);
			assertThat(fx.post(outsider, "/api/v1/tasks/" + id + "/progress", java.util.Map.of("progress", 10)).getStatus())
				.isEqualTo(404);
		}
		assertThat(page("xa", "/tasks").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Kiểm tra tổ xã bên");
		assertThat(page("huyen", "/tasks").getContentAsString(StandardCharsets.UTF_8)).contains("Kiểm tra tổ xã bên");
	}

	@Test
	void aTaskOfAnotherTeamIsUnknownToTheLeaderAndMembersOfCaBan() throws Exception {
		long id = fx.created("xa", task("Việc của tổ ấp 2", "TEAM", fx.teamOf("27781-002"), today(), today().plusDays(50),
				"")).get("id").asLong();
		assertThat(fx.status("xa", "/api/v1/tasks/" + id)).isEqualTo(200);
		assertThat(fx.status("totruong", "/api/v1/tasks/" + id)).isEqualTo(404);
		assertThat(fx.status("thanhvien", "/api/v1/tasks/" + id)).isEqualTo(404);
		assertThat(page("totruong", "/tasks/mine").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Việc của tổ ấp 2");
		long own = fx.created("xa", task("Việc của tổ Cả Bản", "TEAM", fx.teamOf("27781-001"), today(),
				today().plusDays(50), "")).get("id").asLong();
		assertThat(page("thanhvien", "/tasks/mine").getContentAsString(StandardCharsets.UTF_8))
			.contains("Việc của tổ Cả Bản");
		assertThat(page("thanhvien", "/tasks/" + own).getStatus()).isEqualTo(200);
	}

	@Test
	void aTargetOfAnotherCommuneIsUnknownToTheCommune() throws Exception {
		long otherCommune = jdbc.sql("""
				select c.id from admin_unit c join admin_unit d on d.code = '797' and c.parent_id = d.id
				where c.code <> '27781' and c.valid_to is null order by c.id limit 1
				""").query(Long.class).single();
		YearMonth from = YearMonth.of(2041, 1);
		var response = fx.post("huyen", "/api/v1/targets", TargetTest.target("VISITS", otherCommune, from, from, 50));
		assertThat(response.getStatus()).isEqualTo(201);
		long id = new HouseholdFixtures(mvc, jdbc).read(TaskFixtures.text(response)).get("id").asLong();
		assertThat(fx.status("huyen", "/api/v1/targets/" + id)).isEqualTo(200);
		assertThat(fx.status("xa", "/api/v1/targets/" + id)).isEqualTo(404);
		assertThat(page("xa", "/targets/" + id).getStatus()).isEqualTo(404);
		assertThat(fx.get("xa", "/api/v1/targets").toString()).doesNotContain("\"id\":" + id + ",");
		assertThat(page("huyen", "/targets").getContentAsString(StandardCharsets.UTF_8)).contains("/targets/" + id);
		assertThat(page("xa", "/targets").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/targets/" + id + "\"");
	}

	private org.springframework.mock.web.MockHttpServletResponse page(String user, String url) throws Exception {
		return mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
	}
}
