package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.UniqueValues;

/**
 * A member with bad input is refused by the API (problem JSON naming the field, in Vietnamese)
 * and by the page form (re-rendered with the Vietnamese message beside the field), and the
 * database is left exactly as it was.
 */
@IntegrationTest
class MemberValidationTest {

	static final String PHONE_INVALID = "Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam (03, 05, 07, 08, 09).";

	static final String PHONE_REQUIRED = "Vui lòng nhập số điện thoại di động.";

	static final String BIRTH_FUTURE = "Ngày sinh không được ở tương lai.";

	static final String BIRTH_IMPLAUSIBLE = "Ngày sinh không hợp lý: thành viên phải từ 15 đến 100 tuổi.";

	static final String BIRTH_BAD_FORMAT = "Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026";

	static final String NAME_REQUIRED = "Họ và tên không được để trống.";

	static final String ACTIVE_ELSEWHERE = "Người có số điện thoại này đang là thành viên của một tổ khác. Cần rời tổ cũ trước.";

	static final String TEAM_FULL = "Tổ đã có đủ 12 thành viên, không thể thêm (quy định 4–12 người).";

	static final String UNREADABLE = "Nội dung gửi lên không đọc được (JSON sai cú pháp hoặc sai kiểu dữ liệu).";

	/** One team, founded once for the whole class, that the refused members would have joined. */
	private static Long team;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CommuneFixtures xa;

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
		if (team == null) {
			team = xa.newTeam();
		}
	}

	// --- the cases of the issue, each through the API and through the page form -----------------

	@Test
	void phoneTooShortIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("phone", "091234567"), "phone", PHONE_INVALID);
	}

	@Test
	void phoneTooLongIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("phone", "09123456789"), "phone", PHONE_INVALID);
	}

	@Test
	void phoneWithLettersIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("phone", "09l2345678"), "phone", PHONE_INVALID);
	}

	@Test
	void phoneWithUnknownPrefixIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("phone", "0212345678"), "phone", PHONE_INVALID);
	}

	@Test
	void missingPhoneIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("phone", ""), "phone", PHONE_REQUIRED);
	}

	@Test
	void birthDateInTheFutureIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("birthDate", CommuneFixtures.today().plusDays(1).toString()), "birthDate", BIRTH_FUTURE);
	}

	@Test
	void birthDateOfAFiveYearOldIsRefusedAsImplausible() throws Exception {
		refusedEverywhere(with("birthDate", CommuneFixtures.today().minusYears(5).toString()), "birthDate",
				BIRTH_IMPLAUSIBLE);
	}

	@Test
	void birthDateOfAHundredAndTwentyYearOldIsRefusedAsImplausible() throws Exception {
		refusedEverywhere(with("birthDate", CommuneFixtures.today().minusYears(120).toString()), "birthDate",
				BIRTH_IMPLAUSIBLE);
	}

	@Test
	void emptyNameIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("fullName", ""), "fullName", NAME_REQUIRED);
	}

	@Test
	void nameOfOnlySpacesIsRefusedNamingTheField() throws Exception {
		refusedEverywhere(with("fullName", "   "), "fullName", NAME_REQUIRED);
	}

	@Test
	void birthDateTypedInAnotherFormatIsRefusedBesideTheFieldOnThePage() throws Exception {
		var before = RowCounts.of(jdbc);
		String html = page(pageForm("/teams/" + team + "/members", with("birthDate", "31/02/2000")));
		assertThat(Html.fieldError(html, "birthDate")).isEqualTo(BIRTH_BAD_FORMAT);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void personActiveInAnotherTeamCannotJoinASecondTeam() throws Exception {
		String traiPhone = jdbc.sql("select phone from member where full_name = 'Nguyễn Ngọc Trai' and left_on is null")
			.query(String.class).list().get(0);
		refusedEverywhere(with("phone", traiPhone), "phone", ACTIVE_ELSEWHERE);
	}

	@Test
	void personActiveInAnotherTeamIsRecognisedWhateverTheNumberIsWritten() throws Exception {
		long otherTeam = xa.newTeam();
		String phone = UniqueValues.phone();
		xa.addMember(otherTeam, CommuneFixtures.memberJson(UniqueValues.personName(), CommuneFixtures.today().minusYears(22), phone));
		String international = "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
		refusedEverywhere(with("phone", international), "phone", ACTIVE_ELSEWHERE);
	}

	@Test
	void thirteenthMemberIsRefusedAndTheTeamStaysAtTwelve() throws Exception {
		long full = xa.newTeam();
		for (int i = 0; i < 12; i++) {
			xa.addMember(full);
		}
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(post("/api/v1/teams/" + full + "/members"), CommuneFixtures.validMember());
		assertThat(messagesFor(problem, "team")).containsExactly(TEAM_FULL);

		String html = page(pageForm("/teams/" + full + "/members", CommuneFixtures.validMember()));
		assertThat(globalErrors(html)).contains(TEAM_FULL);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		JsonNode team = xa.getJson("/api/v1/teams/" + full);
		assertThat(team.get("activeMembers").asInt()).isEqualTo(12);
		assertThat(team.get("sizeWarning").asBoolean()).isFalse();
	}

	@Test
	void updatingAMemberWithAnInvalidPhoneKeepsTheStoredMember() throws Exception {
		JsonNode member = xa.addMember(team);
		long id = member.get("id").asLong();
		Map<String, Object> changed = CommuneFixtures.memberJson(member.get("fullName").asString(),
				CommuneFixtures.today().minusYears(25), "0212345678");
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(put("/api/v1/members/" + id), changed);
		assertThat(messagesFor(problem, "phone")).containsExactly(PHONE_INVALID);

		String html = page(pageForm("/members/" + id, changed));
		assertThat(Html.fieldError(html, "phone")).isEqualTo(PHONE_INVALID);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(xa.getJson("/api/v1/members/" + id).get("phone").asString()).isEqualTo(member.get("phone").asString());
	}

	@Test
	void malformedJsonForAMemberIsAProblemNotAStackTrace() throws Exception {
		var before = RowCounts.of(jdbc);
		String body = mvc.perform(post("/api/v1/teams/" + team + "/members").header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"Lê Văn A\", \"birthDate\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode problem = xa.read(body);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).isEqualTo(UNREADABLE);
		assertThat(messagesFor(problem, "body")).containsExactly(UNREADABLE);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void birthDateOfTheWrongTypeInJsonIsRefusedNamingTheField() throws Exception {
		var before = RowCounts.of(jdbc);
		JsonNode problem = api(post("/api/v1/teams/" + team + "/members"), with("birthDate", "31/02/2000"));
		assertThat(messagesFor(problem, "birthDate")).containsExactly(UNREADABLE);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void unknownSexInJsonIsRefusedNamingTheField() throws Exception {
		var before = RowCounts.of(jdbc);
		JsonNode problem = api(post("/api/v1/teams/" + team + "/members"), with("sex", "X"));
		assertThat(messagesFor(problem, "sex")).containsExactly(UNREADABLE);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	// --- helpers ----------------------------------------------------------------------------------

	/** A valid member with one field replaced. */
	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> member = CommuneFixtures.validMember();
		member.put(field, value);
		return member;
	}

	private void refusedEverywhere(Map<String, Object> member, String field, String message) throws Exception {
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(post("/api/v1/teams/" + team + "/members"), member);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(messagesFor(problem, field)).as("API errors for %s in %s", field, problem).containsExactly(message);

		String html = page(pageForm("/teams/" + team + "/members", member));
		assertThat(Html.fieldError(html, field)).as("page error beside %s", field).isEqualTo(message);

		assertThat(RowCounts.of(jdbc)).as("database unchanged").isEqualTo(before);
	}

	/** Sends the member to the API and returns the 400 problem it answers with. */
	private JsonNode api(MockHttpServletRequestBuilder request, Map<String, Object> member) throws Exception {
		String body = mvc.perform(request.header("Authorization", xa.bearer()).contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(member)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return xa.read(body);
	}

	/** Posts the form as xa and returns the re-rendered form. */
	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("teams/member-form"))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder pageForm(String url, Map<String, Object> member) {
		MockHttpServletRequestBuilder request = post(url).with(new DemoUsers(users).as("xa")).with(csrf());
		member.forEach((name, value) -> {
			if (value instanceof List<?> values) {
				values.forEach(v -> request.param(name, v.toString()));
			}
			else if (value != null) {
				request.param(name, value.toString());
			}
		});
		return request;
	}

	static List<String> messagesFor(JsonNode problem, String field) {
		List<String> messages = new ArrayList<>();
		for (JsonNode error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				messages.add(error.get("message").asString());
			}
		}
		return messages;
	}

	/** The messages in the error box at the top of a form (errors that belong to no one field). */
	static String globalErrors(String html) {
		int box = html.indexOf("<div class=\"flash error\"");
		assertThat(box).as("error box on the form").isNotNegative();
		return Html.unescape(html.substring(box, html.indexOf("</div>", box)));
	}
}
