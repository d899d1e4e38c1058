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
import java.util.LinkedHashMap;
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

/** A team with bad input is refused by the API and by the page form, and nothing is written. */
@IntegrationTest
class TeamValidationTest {

	static final String UNIT_UNKNOWN = "Mã đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.";

	static final String UNIT_HAS_TEAM = "Địa bàn này đã có tổ.";

	static final String NAME_REQUIRED = "Tên tổ không được để trống.";

	static final String DECISION_FUTURE = "Ngày quyết định không được ở tương lai.";

	static final String UNREADABLE = "Nội dung gửi lên không đọc được (JSON sai cú pháp hoặc sai kiểu dữ liệu).";

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
	}

	@Test
	void unitCodeThatDoesNotExistIsRefusedNamingTheField() throws Exception {
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(post("/api/v1/teams"), team("99999", "Tổ CNSCĐ Không Có Thật"));
		assertThat(MemberValidationTest.messagesFor(problem, "unitCode")).containsExactly(UNIT_UNKNOWN);

		String html = page(post("/teams").param("unitId", "999999999").param("name", "Tổ CNSCĐ Không Có Thật")
			.param("decisionNo", "1/QĐ-UBND").param("decisionDate", "2024-05-02"));
		assertThat(Html.fieldError(html, "unitId")).isEqualTo(UNIT_UNKNOWN);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void secondTeamInAHamletIsRefusedNamingTheUnitCodeTheApiWasGiven() throws Exception {
		var hamlet = xa.newHamlet();
		long first = xa.newTeam(hamlet);
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(post("/api/v1/teams"), team(hamlet.code(), "Tổ CNSCĐ thứ hai"));
		assertThat(MemberValidationTest.messagesFor(problem, "unitCode")).containsExactly(UNIT_HAS_TEAM);

		String html = page(post("/teams").param("unitId", String.valueOf(hamlet.id())).param("name", "Tổ CNSCĐ thứ hai")
			.param("decisionNo", "1/QĐ-UBND").param("decisionDate", "2024-05-02"));
		assertThat(Html.fieldError(html, "unitId")).isEqualTo(UNIT_HAS_TEAM);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(xa.getJson("/api/v1/teams/" + first).get("unitCode").asString()).isEqualTo(hamlet.code());
	}

	@Test
	void emptyTeamNameIsRefusedNamingTheField() throws Exception {
		var hamlet = xa.newHamlet();
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(post("/api/v1/teams"), team(hamlet.code(), "  "));
		assertThat(MemberValidationTest.messagesFor(problem, "name")).containsExactly(NAME_REQUIRED);

		String html = page(post("/teams").param("unitId", String.valueOf(hamlet.id())).param("name", "")
			.param("decisionNo", "1/QĐ-UBND").param("decisionDate", "2024-05-02"));
		assertThat(Html.fieldError(html, "name")).isEqualTo(NAME_REQUIRED);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void decisionDateInTheFutureIsRefusedNamingTheField() throws Exception {
		var hamlet = xa.newHamlet();
		String tomorrow = CommuneFixtures.today().plusDays(1).toString();
		var before = RowCounts.of(jdbc);

		Map<String, Object> body = team(hamlet.code(), "Tổ CNSCĐ " + hamlet.name());
		body.put("decisionDate", tomorrow);
		JsonNode problem = api(post("/api/v1/teams"), body);
		assertThat(MemberValidationTest.messagesFor(problem, "decisionDate")).containsExactly(DECISION_FUTURE);

		String html = page(post("/teams").param("unitId", String.valueOf(hamlet.id())).param("name", "Tổ CNSCĐ mới")
			.param("decisionNo", "1/QĐ-UBND").param("decisionDate", tomorrow));
		assertThat(Html.fieldError(html, "decisionDate")).isEqualTo(DECISION_FUTURE);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void updatingATeamWithAnEmptyNameKeepsTheStoredTeam() throws Exception {
		var hamlet = xa.newHamlet();
		long id = xa.newTeam(hamlet);
		var before = RowCounts.of(jdbc);

		JsonNode problem = api(put("/api/v1/teams/" + id), team(hamlet.code(), ""));
		assertThat(MemberValidationTest.messagesFor(problem, "name")).containsExactly(NAME_REQUIRED);

		String html = page(post("/teams/" + id).param("unitId", String.valueOf(hamlet.id())).param("name", "")
			.param("decisionNo", "1/QĐ-UBND").param("decisionDate", "2024-05-02"));
		assertThat(Html.fieldError(html, "name")).isEqualTo(NAME_REQUIRED);

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(xa.getJson("/api/v1/teams/" + id).get("name").asString()).isEqualTo("Tổ CNSCĐ " + hamlet.name());
	}

	@Test
	void malformedJsonIsAProblemNamingTheBodyOnEveryEndpoint() throws Exception {
		long id = xa.newTeam();
		var before = RowCounts.of(jdbc);
		String broken = "{\"unitCode\": \"27781\", \"name\": ";
		for (var request : new MockHttpServletRequestBuilder[] { post("/api/v1/teams"), put("/api/v1/teams/" + id),
				post("/api/v1/teams/" + id + "/members"), put("/api/v1/members/1"), post("/api/v1/auth/token") }) {
			String body = mvc.perform(request.header("Authorization", xa.bearer())
					.contentType(MediaType.APPLICATION_JSON).content(broken))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(noStackTrace())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			JsonNode problem = xa.read(body);
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("detail").asString()).isEqualTo(UNREADABLE);
			assertThat(MemberValidationTest.messagesFor(problem, "body")).containsExactly(UNREADABLE);
		}
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void bodyThatIsNotJsonOrAMethodTheApiDoesNotTakeIsRefusedInVietnamese() throws Exception {
		var before = RowCounts.of(jdbc);
		String notJson = mvc.perform(post("/api/v1/teams").header("Authorization", xa.bearer())
				.contentType(MediaType.TEXT_PLAIN).content("unitCode=27781"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xa.read(notJson).get("title").asString()).isEqualTo("Định dạng không được hỗ trợ");
		assertThat(xa.read(notJson).get("detail").asString())
			.isEqualTo("Định dạng nội dung \"text/plain;charset=UTF-8\" không được hỗ trợ: hãy gửi JSON (Content-Type: application/json).");

		String wrongMethod = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/teams/1").header("Authorization", xa.bearer()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xa.read(wrongMethod).get("detail").asString()).isEqualTo("Địa chỉ này không nhận phương thức DELETE.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void decisionDateOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
		var hamlet = xa.newHamlet();
		var before = RowCounts.of(jdbc);
		Map<String, Object> body = team(hamlet.code(), "Tổ CNSCĐ " + hamlet.name());
		body.put("decisionDate", "hôm qua");
		JsonNode problem = api(post("/api/v1/teams"), body);
		assertThat(MemberValidationTest.messagesFor(problem, "decisionDate")).containsExactly(UNREADABLE);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private static Map<String, Object> team(String unitCode, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", unitCode);
		body.put("name", name);
		body.put("decisionNo", "15/QĐ-UBND");
		body.put("decisionDate", "2024-05-02");
		return body;
	}

	private JsonNode api(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		String response = mvc.perform(request.header("Authorization", xa.bearer()).contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode problem = xa.read(response);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		return problem;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("teams/team-form"))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
