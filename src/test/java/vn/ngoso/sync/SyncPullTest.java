package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
 * The first pull is the member's whole working set (every household of the team's hamlet, masked
 * as for a member, in pages); later pulls carry only what changed; officers are refused.
 */
@IntegrationTest
class SyncPullTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	SyncClient phone;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		phone = new SyncClient(mvc, fx);
	}

	@Test
	void firstPullIsEveryHouseholdOfTheTeamsHamletInPagesMaskedAsForAMember() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		fx.addResident(household, HouseholdFixtures.resident("Trần Thị Sóng", today().minusYears(40), "FEMALE", "HEAD",
				"0912345678", HouseholdFixtures.uniqueCccd()));
		UUID outside = fx.newHousehold(HouseholdFixtures.AP_2);
		List<UUID> expected = jdbc.sql("""
				select h.id from household h join admin_unit u on u.id = h.unit_id where u.code = ? order by h.id
				""").param(HouseholdFixtures.CA_BAN).query(UUID.class).list();

		for (String user : List.of("thanhvien", "totruong")) {
			List<JsonNode> pages = phone.pullAll(user, null, 30);

			assertThat(pages.size()).as("pages of 30").isGreaterThan(1);
			assertThat(pages.get(0).get("reset").asBoolean()).isTrue();
			assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.get("reset").asBoolean()).isFalse());
			List<UUID> ids = SyncClient.households(pages);
			assertThat(ids).as("every household once, in id order").containsExactlyElementsOf(expected);
			assertThat(ids).doesNotContain(outside);
			assertThat(SyncClient.lastCursor(pages)).startsWith("c.");
			JsonNode resident = SyncClient.household(pages, household).get("residents").get(0);
			assertThat(resident.get("fullName").asString()).isEqualTo("Trần Thị Sóng");
			assertThat(resident.get("phone").asString()).as("phone masked for %s", user).isEqualTo("091****678");
			assertThat(resident.get("cccd").asString()).matches("079\\*{6}\\d{3}");
			assertThat(pages.get(0).get("members").size()).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void laterPullsCarryOnlyTheHouseholdsThatChanged() throws Exception {
		UUID quiet = fx.newHouseholdInCaBan();
		UUID visited = fx.newHouseholdInCaBan();
		UUID adult = fx.addAdult(visited);
		String cursor = SyncClient.lastCursor(phone.pullAll("thanhvien", null, 500));

		assertThat(phone.pull("thanhvien", cursor, 100).get("households").size()).as("nothing changed").isZero();
		fx.recordVisit(visited, today(), Map.of(adult, List.of("PROVINCIAL_APP")));
		List<JsonNode> pages = phone.pullAll("thanhvien", cursor, 100);

		List<UUID> ids = SyncClient.households(pages);
		assertThat(new HashSet<>(ids)).containsExactly(visited);
		assertThat(ids).doesNotContain(quiet);
		JsonNode resident = SyncClient.household(pages, visited).get("residents").get(0);
		assertThat(resident.get("profile").get("PROVINCIAL_APP").asString()).isEqualTo(today().toString());
		assertThat(phone.pull("thanhvien", SyncClient.lastCursor(pages), 100).get("households").size()).isZero();
	}

	@Test
	void aCursorOlderThanThePrunedLogStartsAgainFromTheFullWorkingSet() throws Exception {
		String old = SyncClient.lastCursor(phone.pullAll("thanhvien", null, 500));
		jdbc.sql("insert into change_log_pruned (upto_xid) values (pg_current_xact_id())").update();
		try {
			JsonNode page = phone.pull("thanhvien", old, 500);
			assertThat(page.get("reset").asBoolean()).as("the phone drops its copy and takes the new one").isTrue();
			assertThat(page.get("households").size()).isGreaterThanOrEqualTo(80);
		}
		finally {
			jdbc.sql("delete from change_log_pruned").update();
		}
	}

	@Test
	void everyPullCarriesTheMembersOpenTasksButNotSignedOffOnesNorAnotherTeams() throws Exception {
		long teamTask = task("Hướng dẫn cài VNeID cho ấp", "TEAM", teamOf(HouseholdFixtures.CA_BAN));
		long ownTask = task("Thăm lại hộ neo đơn", "MEMBER", fx.memberIdOf("thanhvien"));
		long signedOff = task("Rà soát danh sách hộ", "TEAM", teamOf(HouseholdFixtures.CA_BAN));
		long otherTeams = task("Việc của tổ ấp 2", "TEAM", teamOf(HouseholdFixtures.AP_2));
		assertThat(fx.postJson("thanhvien", "/api/v1/tasks/" + ownTask + "/progress", Map.of("progress", 40)).getStatus())
			.isEqualTo(200);
		assertThat(fx.postJson("totruong", "/api/v1/tasks/" + signedOff + "/progress", Map.of("progress", 100))
			.getStatus()).isEqualTo(200);
		assertThat(fx.postJson("xa", "/api/v1/tasks/" + signedOff + "/sign-off", Map.of()).getStatus()).isEqualTo(200);

		List<JsonNode> first = phone.pullAll("thanhvien", null, 500);
		JsonNode tasks = first.get(0).get("tasks");
		assertThat(taskIds(tasks)).contains(teamTask, ownTask).doesNotContain(signedOff, otherTeams);
		JsonNode own = taskNamed(tasks, ownTask);
		assertThat(own.get("title").asString()).isEqualTo("Thăm lại hộ neo đơn");
		assertThat(own.get("progress").asInt()).isEqualTo(40);
		assertThat(own.get("dueOn").asString()).isEqualTo(today().plusDays(30).toString());
		assertThat(own.get("status").asString()).isEqualTo("IN_PROGRESS");

		assertThat(fx.postJson("thanhvien", "/api/v1/tasks/" + ownTask + "/progress", Map.of("progress", 100))
			.getStatus()).isEqualTo(200);
		JsonNode later = phone.pull("thanhvien", SyncClient.lastCursor(first), 100);
		assertThat(later.get("households").size()).as("no household changed").isZero();
		assertThat(taskIds(later.get("tasks"))).as("a done task leaves the phone").contains(teamTask)
			.doesNotContain(ownTask, signedOff, otherTeams);
		assertThat(taskIds(phone.pull("totruong", null, 500).get("tasks"))).contains(teamTask)
			.doesNotContain(otherTeams);
	}

	private long task(String title, String kind, long assignee) throws Exception {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("title", title);
		body.put("doneMeans", "Làm xong và báo tổ trưởng");
		body.put("assigneeKind", kind);
		body.put("assigneeId", assignee);
		body.put("startsOn", today().toString());
		body.put("dueOn", today().plusDays(30).toString());
		var response = fx.postJson("xa", "/api/v1/tasks", body);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return fx.read(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
	}

	private long teamOf(String hamletCode) {
		return jdbc.sql("select t.id from team t join admin_unit u on u.id = t.unit_id where u.code = ?")
			.param(hamletCode).query(Long.class).single();
	}

	private static List<Long> taskIds(JsonNode tasks) {
		List<Long> ids = new java.util.ArrayList<>();
		tasks.forEach(t -> ids.add(t.get("id").asLong()));
		return ids;
	}

	private static JsonNode taskNamed(JsonNode tasks, long id) {
		for (JsonNode t : tasks) {
			if (t.get("id").asLong() == id) {
				return t;
			}
		}
		throw new AssertionError("task " + id + " not in the pull");
	}

	@Test
	void officersAndBadCursorsAreRefusedWithAProblem() throws Exception {
		var officer = fx.getRaw("xa", "/api/v1/sync/pull");
		assertThat(officer.getStatus()).isEqualTo(403);
		assertThat(officer.getContentAsString(StandardCharsets.UTF_8)).contains("chỉ dành cho tổ viên và tổ trưởng");

		var bad = fx.getRaw("thanhvien", "/api/v1/sync/pull?cursor=zz");
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(fx.read(bad.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0).get("field").asString())
			.isEqualTo("cursor");
	}
}
