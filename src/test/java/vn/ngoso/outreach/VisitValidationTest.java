package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.HouseholdFixtures.today;
import static vn.ngoso.support.HouseholdFixtures.visit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * A visit is refused, with the reason in Vietnamese and nothing written, when it is dated in the
 * future, aimed at a household outside the member's scope, gives outcomes for someone not in the
 * household or under 15, or names members who are not (or no longer) in the household's team;
 * through {@code POST /api/v1/visits} and through the visit form alike.
 */
@IntegrationTest
class VisitValidationTest {

	static final String DATE_FUTURE = "Ngày thăm không được ở tương lai.";

	static final String DATE_TOO_OLD = "Ngày thăm quá xa (hơn một năm trước).";

	static final String NOT_IN_HOUSEHOLD = "Người được hỗ trợ không thuộc hộ này.";

	static final String UNDER_AGE = "Chỉ ghi nhận kết quả cho người từ 15 tuổi trở lên.";

	static final String NOT_IN_TEAM = "Thành viên đi thăm phải là thành viên đang hoạt động của tổ phụ trách hộ này.";

	static final String MEMBERS_REQUIRED = "Vui lòng chọn thành viên đi thăm.";

	static final String HOUSEHOLD_UNKNOWN = "Hộ không tồn tại hoặc nằm ngoài phạm vi của bạn.";

	/** A household in Ấp Cả Bản with an adult and a ten-year-old, shared by the class. */
	private static UUID household;

	private static UUID adult;

	private static UUID child;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		if (household == null) {
			household = fx.newHouseholdInCaBan();
			adult = fx.addAdult(household);
			child = fx.addChild(household);
		}
	}

	@Test
	void visitDatedTomorrowIsRefusedNamingTheDate() throws Exception {
		LocalDate tomorrow = today().plusDays(1);
		assertThat(messagesFor(refusedByApi("thanhvien", visitOn(tomorrow)), "date")).containsExactly(DATE_FUTURE);
		assertThat(refusedByForm("thanhvien", household, tomorrow, List.of(), List.of(adult + ":SMARTPHONE")))
			.contains(DATE_FUTURE);
	}

	@Test
	void visitDatedMoreThanAYearAgoIsRefusedNamingTheDate() throws Exception {
		LocalDate old = today().minusYears(1).minusDays(1);
		assertThat(messagesFor(refusedByApi("thanhvien", visitOn(old)), "date")).containsExactly(DATE_TOO_OLD);
	}

	@Test
	void visitDatedTodayIsAccepted() throws Exception {
		var response = fx.postVisit("thanhvien", visitOn(today()));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
	}

	@Test
	void visitToAHouseholdOfAnotherHamletIsRefusedForTheMemberAndNothingIsWritten() throws Exception {
		UUID ap2 = fx.newHousehold(HouseholdFixtures.AP_2);
		UUID ap2Adult = fx.addAdult(ap2);
		var before = RowCounts.of(jdbc);
		var response = fx.postVisit("thanhvien", visit(UUID.randomUUID(), ap2, today(), List.of(),
				Map.of(ap2Adult, List.of("FLUENT"))));
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isIn(400, 404);
		if (response.getStatus() == 400) {
			assertThat(messagesFor(fx.read(body), "householdId")).containsExactly(HOUSEHOLD_UNKNOWN);
		}
		assertThat(body).as("nothing about the household is told").doesNotContain(ap2Adult.toString());
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);

		MockHttpServletResponse page = form(post("/households/" + ap2 + "/visits"), "thanhvien", UUID.randomUUID(), today(),
				List.of(), List.of(ap2Adult + ":FLUENT"));
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(fx.household("xa", ap2).get("household").get("covered").asBoolean()).isFalse();
		assertThat(fx.household("xa", ap2).get("household").get("lastVisitOn").isNull()).isTrue();
	}

	@Test
	void outcomeForAResidentOfAnotherHouseholdIsRefused() throws Exception {
		UUID neighbour = fx.newHouseholdInCaBan();
		UUID stranger = fx.addAdult(neighbour);
		JsonNode problem = refusedByApi("thanhvien", visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(stranger, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "outcomes")).containsExactly(NOT_IN_HOUSEHOLD);
		assertThat(refusedByForm("thanhvien", household, today(), List.of(), List.of(stranger + ":SMARTPHONE")))
			.contains(NOT_IN_HOUSEHOLD);
		assertThat(fx.resident("xa", neighbour, stranger).get("profile").size()).isZero();
	}

	@Test
	void outcomeForAnUnknownResidentIsRefused() throws Exception {
		JsonNode problem = refusedByApi("thanhvien", visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(UUID.randomUUID(), List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "outcomes")).containsExactly(NOT_IN_HOUSEHOLD);
	}

	@Test
	void outcomeForAResidentUnderFifteenIsRefused() throws Exception {
		JsonNode problem = refusedByApi("thanhvien", visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(child, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "outcomes")).containsExactly(UNDER_AGE);
		assertThat(refusedByForm("thanhvien", household, today(), List.of(), List.of(child + ":SMARTPHONE")))
			.contains(UNDER_AGE);
		assertThat(fx.resident("xa", household, child).get("profile").size()).isZero();
	}

	@Test
	void visitFormOffersNoTogglesForAResidentUnderFifteen() throws Exception {
		String html = mvc.perform(get("/households/" + household + "/visits/new").with(new DemoUsers(users).as("thanhvien")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("value=\"" + adult + ":FLUENT\"").doesNotContain(child.toString());
	}

	@Test
	void aValidOutcomeDoesNotSlipThroughBesideARefusedOne() throws Exception {
		refusedByApi("thanhvien", visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(adult, List.of("VSSID"), child, List.of("VSSID"))));
		assertThat(fx.resident("xa", household, adult).get("profile").has("VSSID")).isFalse();
	}

	@Test
	void memberOfAnotherHamletsTeamIsRefused() throws Exception {
		long ap2Member = fx.otherActiveMemberOfTeamIn(HouseholdFixtures.AP_2);
		JsonNode problem = refusedByApi("xa", visit(UUID.randomUUID(), household, today(), List.of(ap2Member),
				Map.of(adult, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "memberIds")).containsExactly(NOT_IN_TEAM);
		assertThat(refusedByForm("xa", household, today(), List.of(ap2Member), List.of(adult + ":SMARTPHONE")))
			.contains(NOT_IN_TEAM);
	}

	@Test
	void theTeamsMemberBesideAnOutsiderIsStillRefused() throws Exception {
		long own = fx.memberIdOf("thanhvien");
		long ap2Member = fx.otherActiveMemberOfTeamIn(HouseholdFixtures.AP_2);
		JsonNode problem = refusedByApi("thanhvien", visit(UUID.randomUUID(), household, today(), List.of(own, ap2Member),
				Map.of(adult, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "memberIds")).containsExactly(NOT_IN_TEAM);
	}

	@Test
	void unknownMemberIsRefused() throws Exception {
		JsonNode problem = refusedByApi("xa", visit(UUID.randomUUID(), household, today(), List.of(987_654_321L),
				Map.of(adult, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "memberIds")).containsExactly(NOT_IN_TEAM);
	}

	@Test
	void memberWhoLeftTheTeamIsRefusedWhileTheOneWhoStayedIsAccepted() throws Exception {
		var commune = new CommuneFixtures(mvc, users);
		CommuneFixtures.Hamlet hamlet = commune.newHamlet();
		long team = commune.newTeam(hamlet);
		long stayed = commune.addMember(team).get("id").asLong();
		long left = commune.addMember(team).get("id").asLong();
		var leave = fx.postJson("xa", "/api/v1/members/" + left + "/leave", Map.of("leftOn", today().toString()));
		assertThat(leave.getStatus()).as(leave.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		UUID there = fx.newHousehold(hamlet.code());
		UUID resident = fx.addAdult(there);

		JsonNode problem = refusedByApi("xa", visit(UUID.randomUUID(), there, today(), List.of(left),
				Map.of(resident, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "memberIds")).containsExactly(NOT_IN_TEAM);

		var accepted = fx.postVisit("xa", visit(UUID.randomUUID(), there, today(), List.of(stayed),
				Map.of(resident, List.of("SMARTPHONE"))));
		assertThat(accepted.getStatus()).as(accepted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
	}

	@Test
	void officerMustNameTheMembersWhoWent() throws Exception {
		JsonNode problem = refusedByApi("xa", visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(adult, List.of("SMARTPHONE"))));
		assertThat(messagesFor(problem, "memberIds")).containsExactly(MEMBERS_REQUIRED);
	}

	@Test
	void visitWithoutAnIdIsRefusedNamingTheId() throws Exception {
		Map<String, Object> body = visitOn(today());
		body.remove("id");
		assertThat(messagesFor(refusedByApi("thanhvien", body), "id"))
			.containsExactly("Thiếu mã chuyến thăm (id do thiết bị tạo).");
	}

	@Test
	void unknownReadinessItemIsRefusedAsUnreadable() throws Exception {
		Map<String, Object> body = visit(UUID.randomUUID(), household, today(), List.of(),
				Map.of(adult, List.of("FLYING")));
		JsonNode problem = refusedByApi("thanhvien", body);
		assertThat(problem.get("errors").get(0).get("field").asString()).startsWith("outcomes");
	}

	// --- helpers ----------------------------------------------------------------------------------

	private static Map<String, Object> visitOn(LocalDate date) {
		return visit(UUID.randomUUID(), household, date, List.of(), Map.of(adult, List.of("SMARTPHONE")));
	}

	/** Posts the visit; expects 400 problem JSON, no stack trace and an untouched database. */
	private JsonNode refusedByApi(String user, Map<String, Object> body) throws Exception {
		var before = RowCounts.of(jdbc);
		var response = mvc.perform(post("/api/v1/visits").header("Authorization", fx.bearer(user))
				.contentType(MediaType.APPLICATION_JSON).content(fx.json().writeValueAsString(body)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(RowCounts.of(jdbc)).as("database unchanged").isEqualTo(before);
		return fx.read(text);
	}

	/** Posts the visit form; expects it shown again (200) with the error box, and nothing written. */
	private String refusedByForm(String user, UUID householdId, LocalDate date, List<Long> members,
			List<String> outcomes) throws Exception {
		var before = RowCounts.of(jdbc);
		UUID visitId = UUID.randomUUID();
		MockHttpServletResponse response = form(post("/households/" + householdId + "/visits"), user, visitId, date,
				members, outcomes);
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("the form again, with the same visit id").contains("id=\"visit-form\"")
			.contains("value=\"" + visitId + "\"");
		assertThat(RowCounts.of(jdbc)).as("database unchanged").isEqualTo(before);
		int box = html.indexOf("<div class=\"flash error\"");
		assertThat(box).as("error box").isNotNegative();
		return Html.unescape(html.substring(box, html.indexOf("</div>", box)));
	}

	private MockHttpServletResponse form(MockHttpServletRequestBuilder request, String user, UUID visitId, LocalDate date,
			List<Long> members, List<String> outcomes) throws Exception {
		request.with(new DemoUsers(users).as(user)).with(csrf()).param("visitId", visitId.toString())
			.param("date", date.toString()).param("note", "");
		members.forEach(m -> request.param("memberIds", m.toString()));
		outcomes.forEach(o -> request.param("outcome", o));
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
	}
}
