package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.UniqueValues;

/** Leaving closes a membership: the member stays in the team's history and can join elsewhere. */
@IntegrationTest
class LeavingTeamTest {

	static final String ALREADY_LEFT = "Thành viên này đã rời tổ.";

	static final String LEFT_IN_FUTURE = "Ngày rời tổ không được ở tương lai.";

	static final String LEFT_BEFORE_JOINING = "Ngày rời tổ không được trước ngày vào tổ.";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Teams teams;

	CommuneFixtures xa;

	long team;

	JsonNode leaver;

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
		team = xa.newTeam();
		for (int i = 0; i < 4; i++) {
			xa.addMember(team);
		}
		leaver = xa.addMember(team);
	}

	@Test
	void leavingSetsTheLeavingDayAndKeepsTheMemberInTheTeamsHistory() throws Exception {
		long id = leaver.get("id").asLong();
		var before = RowCounts.of(jdbc);

		JsonNode left = leave(id, null);

		assertThat(left.get("leftOn").asString()).isEqualTo(CommuneFixtures.today().toString());
		JsonNode history = find(xa.getJson("/api/v1/teams/" + team + "/members"), id);
		assertThat(history).as("still listed with the team").isNotNull();
		assertThat(history.get("leftOn").asString()).isEqualTo(CommuneFixtures.today().toString());
		assertThat(history.get("fullName").asString()).isEqualTo(leaver.get("fullName").asString());
		assertThat(xa.getJson("/api/v1/teams/" + team + "/members")).hasSize(5);
		assertThat(RowCounts.of(jdbc).get("member")).as("no row deleted").isEqualTo(before.get("member"));
	}

	@Test
	void leavingLowersTheActiveCountAndTheDefaultListsLeaveTheMemberOut() throws Exception {
		assertThat(xa.getJson("/api/v1/teams/" + team).get("activeMembers").asInt()).isEqualTo(5);

		leave(leaver.get("id").asLong(), null);

		JsonNode after = xa.getJson("/api/v1/teams/" + team);
		assertThat(after.get("activeMembers").asInt()).isEqualTo(4);
		assertThat(after.get("sizeWarning").asBoolean()).isFalse();
		String code = after.get("unitCode").asString();
		JsonNode active = xa.getJson("/api/v1/members?unit=" + code);
		assertThat(active.get("total").asInt()).isEqualTo(4);
		assertThat(find(active.get("items"), leaver.get("id").asLong())).isNull();
	}

	@Test
	void leavingOnAnEarlierDayRecordsThatDay() throws Exception {
		LocalDate day = CommuneFixtures.today().minusDays(3);
		JsonNode left = leave(leaver.get("id").asLong(), day);
		assertThat(left.get("leftOn").asString()).isEqualTo(day.toString());
	}

	@Test
	void theSamePhoneCanJoinAnotherTeamOnceItHasLeft() throws Exception {
		long other = xa.newTeam();
		String phone = leaver.get("phone").asString();
		Map<String, Object> again = CommuneFixtures.memberJson(leaver.get("fullName").asString(),
				LocalDate.parse(leaver.get("birthDate").asString()), phone);

		refused(post("/api/v1/teams/" + other + "/members"), again, "phone",
				"Người có số điện thoại này đang là thành viên của một tổ khác. Cần rời tổ cũ trước.");

		leave(leaver.get("id").asLong(), null);
		JsonNode joined = xa.addMember(other, again);

		assertThat(joined.get("teamId").asLong()).isEqualTo(other);
		assertThat(joined.get("leftOn").isNull()).isTrue();
		assertThat(find(xa.getJson("/api/v1/teams/" + team + "/members"), leaver.get("id").asLong()).get("phone")
			.asString()).isEqualTo(phone);
	}

	@Test
	void leavingTwiceIsRefusedAndChangesNothing() throws Exception {
		long id = leaver.get("id").asLong();
		leave(id, CommuneFixtures.today().minusDays(1));
		var before = RowCounts.of(jdbc);

		refused(post("/api/v1/members/" + id + "/leave"), Map.of(), "leftOn", ALREADY_LEFT);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(xa.getJson("/api/v1/members/" + id).get("leftOn").asString())
			.isEqualTo(CommuneFixtures.today().minusDays(1).toString());
	}

	@Test
	void leavingOnAFutureDayIsRefused() throws Exception {
		long id = leaver.get("id").asLong();
		var before = RowCounts.of(jdbc);

		refused(post("/api/v1/members/" + id + "/leave"),
				Map.of("leftOn", CommuneFixtures.today().plusDays(1).toString()), "leftOn", LEFT_IN_FUTURE);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(xa.getJson("/api/v1/members/" + id).get("leftOn").isNull()).isTrue();
	}

	@Test
	void leavingBeforeJoiningIsRefused() throws Exception {
		long id = leaver.get("id").asLong();
		LocalDate joined = LocalDate.parse(leaver.get("joinedOn").asString());
		var before = RowCounts.of(jdbc);

		refused(post("/api/v1/members/" + id + "/leave"), Map.of("leftOn", joined.minusDays(1).toString()), "leftOn",
				LEFT_BEFORE_JOINING);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aMemberWhoLeftCannotBeEditedAnyMore() throws Exception {
		long id = leaver.get("id").asLong();
		leave(id, null);
		Map<String, Object> changed = CommuneFixtures.memberJson("Tên Mới " + UniqueValues.word(),
				LocalDate.parse(leaver.get("birthDate").asString()), leaver.get("phone").asString());

		refused(put("/api/v1/members/" + id), changed, "leftOn", ALREADY_LEFT);

		assertThat(xa.getJson("/api/v1/members/" + id).get("fullName").asString())
			.isEqualTo(leaver.get("fullName").asString());
	}

	@Test
	void leavingIsAuditedWithTheMemberBeforeAndAfter() throws Exception {
		long id = leaver.get("id").asLong();
		leave(id, null);

		var entry = jdbc.sql("""
				select actor, before->>'leftOn' as before_left, after->>'leftOn' as after_left,
				       after->>'fullName' as name from audit_log
				where entity_type = 'MEMBER' and entity_id = ? and action = 'LEAVE'
				""").param(String.valueOf(id)).query().listOfRows();
		assertThat(entry).hasSize(1);
		assertThat(entry.get(0).get("actor")).isEqualTo("xa");
		assertThat(entry.get(0).get("before_left")).isNull();
		assertThat(entry.get(0).get("after_left")).isEqualTo(CommuneFixtures.today().toString());
		assertThat(entry.get(0).get("name")).isEqualTo(leaver.get("fullName").asString());
	}

	@Test
	void leavingOnTheTeamPageRedirectsWithAFlashAndShowsTheMemberUnderHistory() throws Exception {
		long id = leaver.get("id").asLong();
		var result = mvc.perform(post("/members/" + id + "/leave").with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/teams/" + team))
			.andExpect(flash().attribute("flash", "member.left"))
			.andReturn();

		String html = mvc.perform(get("/teams/" + team).with(new DemoUsers(users).as("xa"))
				.with(SessionCookie.of(result.getResponse())))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String name = leaver.get("fullName").asString();
		assertThat(html).contains("Đã ghi nhận " + name + " rời tổ.");
		assertThat(html).contains("<span id=\"active-count\">4</span>");
		String today = CommuneFixtures.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		int history = html.indexOf("Đã rời tổ</h2>");
		assertThat(history).isPositive();
		assertThat(html.substring(history)).contains(name).contains("– " + today);
	}

	// --- helpers ----------------------------------------------------------------------------------

	/**
	 * A visit keeps the team its first member was in on the visit's day: a person known by mobile
	 * number who left one team and joined another has a membership in each, and the day decides.
	 */
	@Test
	void theTeamOfAMemberOnADayIsTheTeamThePersonWasInThatDay() throws Exception {
		LocalDate today = CommuneFixtures.today();
		Map<String, Object> first = CommuneFixtures.validMember();
		first.put("joinedOn", today.minusDays(100).toString());
		long before = xa.addMember(team, first).get("id").asLong();
		leave(before, today.minusDays(30));
		long other = xa.newTeam();
		Map<String, Object> again = new java.util.LinkedHashMap<>(first);
		again.put("joinedOn", today.minusDays(29).toString());
		long after = xa.addMember(other, again).get("id").asLong();

		assertThat(teams.teamOfMemberOn(after, today.minusDays(50))).contains(team);
		assertThat(teams.teamOfMemberOn(after, today.minusDays(10))).contains(other);
		assertThat(teams.teamOfMemberOn(before, today.minusDays(10))).as("by the person, not the membership")
			.contains(other);
		assertThat(teams.teamOfMemberOn(before, today.minusDays(60))).contains(team);
		assertThat(teams.teamOfMemberOn(after, today.minusDays(300))).as("in no team then: the membership's own")
			.contains(other);
	}

	private JsonNode leave(long id, LocalDate on) throws Exception {
		var request = post("/api/v1/members/" + id + "/leave").header("Authorization", xa.bearer());
		if (on != null) {
			request.contentType(MediaType.APPLICATION_JSON).content("{\"leftOn\":\"" + on + "\"}");
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return xa.read(body);
	}

	private void refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Map<String, Object> body, String field, String message) throws Exception {
		String response = mvc.perform(request.header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON).content(xa.json().writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(MemberValidationTest.messagesFor(xa.read(response), field)).containsExactly(message);
	}

	private static JsonNode find(JsonNode members, long id) {
		for (JsonNode m : members) {
			if (m.get("id").asLong() == id) {
				return m;
			}
		}
		return null;
	}
}
