package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.OperationFixtures;
import vn.ngoso.support.SafeResponses;

/**
 * Outreach sessions through {@code /api/v1/outreach-sessions} and the form: a session counts at
 * once in the live figures, a resend changes nothing, and each bad input (negative counts, more
 * attendees than the place holds, a date ahead, a unit, team or resident outside the scope) is
 * refused naming its field in Vietnamese, with nothing written.
 */
@IntegrationTest
class OutreachSessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures figures;

	HouseholdFixtures fx;

	OperationFixtures ops;

	long caBan;

	long ap2;

	long commune;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		ops = new OperationFixtures(jdbc);
		caBan = ops.unitId(HouseholdFixtures.CA_BAN);
		ap2 = ops.unitId(HouseholdFixtures.AP_2);
		commune = ops.unitId("27781");
	}

	static LocalDate today() {
		return HouseholdFixtures.today();
	}

	@Test
	void aSessionCountsAtOnceAndARetryChangesNothing() throws Exception {
		Period month = Period.month(java.time.YearMonth.from(today()));
		var before = figures.of(commune, month);
		UUID id = UUID.randomUUID();
		Map<String, Object> body = OperationFixtures.session(id, caBan, today(), 42, 130);
		body.put("teamIds", List.of(ops.teamOf(HouseholdFixtures.CA_BAN)));
		var created = fx.postJson("totruong", "/api/v1/outreach-sessions", body);
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		JsonNode session = fx.read(created.getContentAsString(StandardCharsets.UTF_8));
		assertThat(session.get("teamNames").get(0).asString()).isEqualTo("Tổ CNSCĐ Ấp Cả Bản");
		assertThat(session.get("topics").size()).isEqualTo(2);

		var after = figures.of(commune, month);
		assertThat(delta(before, after, Indicators.OUTREACH_SESSIONS)).isEqualTo(1);
		assertThat(delta(before, after, Indicators.LEAFLETS)).isEqualTo(130);
		assertThat(delta(before, after, Indicators.OUTREACH_ATTENDEES)).isEqualTo(42);

		var counts = ops.counts();
		var again = fx.postJson("totruong", "/api/v1/outreach-sessions", body);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(ops.counts()).isEqualTo(counts);
		assertThat(fx.getJson("huyen", "/api/v1/outreach-sessions/" + id).get("leaflets").asInt()).isEqualTo(130);
	}

	@Test
	void residentsPickedFromTheRegistryAreKeptBesideTheHeadCount() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID resident = fx.addAdult(household);
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 0);
		body.put("residentIds", List.of(resident.toString()));
		var created = fx.postJson("xa", "/api/v1/outreach-sessions", body);
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		assertThat(fx.read(created.getContentAsString(StandardCharsets.UTF_8)).get("residentIds").get(0).asString())
			.isEqualTo(resident.toString());
	}

	@Test
	void negativeAttendeesAreRefused() throws Exception {
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), caBan, today(), -1, 10), "attendees"))
			.containsExactly("Số không được âm.");
	}

	@Test
	void negativeLeafletsAreRefused() throws Exception {
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, -5), "leaflets"))
			.containsExactly("Số không được âm.");
	}

	@Test
	void moreAttendeesThanAHamletHoldsAreRefusedWhileACommuneMayHoldThem() throws Exception {
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), caBan, today(), 301, 10), "attendees"))
			.containsExactly("Số người tham dự vượt mức hợp lý cho một buổi tại Ấp Cả Bản (tối đa 300 người).");
		var accepted = fx.postJson("xa", "/api/v1/outreach-sessions",
				OperationFixtures.session(UUID.randomUUID(), commune, today(), 301, 10));
		assertThat(accepted.getStatus()).isEqualTo(201);
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), commune, today(), 1501, 10), "attendees"))
			.hasSize(1);
	}

	@Test
	void fewerAttendeesThanThePickedResidentsAreRefused() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 1, 0);
		body.put("residentIds", List.of(fx.addAdult(household).toString(), fx.addAdult(household).toString()));
		assertThat(refused("xa", body, "attendees"))
			.containsExactly("Số người tham dự không được ít hơn số người đã chọn trong danh sách (2).");
	}

	@Test
	void aSessionDatedTomorrowIsRefused() throws Exception {
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), caBan, today().plusDays(1), 10, 10), "date"))
			.containsExactly("Ngày tổ chức không được ở tương lai.");
	}

	@Test
	void aSessionWithoutTopicsOrPlaceIsRefusedNamingBoth() throws Exception {
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 10);
		body.put("topics", List.of());
		body.put("place", " ");
		JsonNode problem = refusedProblem("xa", body);
		assertThat(messagesFor(problem, "topics")).containsExactly("Vui lòng chọn ít nhất một nội dung tuyên truyền.");
		assertThat(messagesFor(problem, "place")).containsExactly("Vui lòng nhập địa điểm.");
	}

	@Test
	void anUnknownTopicIsRefusedAsUnreadableNamingTheField() throws Exception {
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 10);
		body.put("topics", List.of("ASTROLOGY"));
		assertThat(refusedProblem("xa", body).get("errors").get(0).get("field").asString()).startsWith("topics");
	}

	@Test
	void aSessionAtAUnitOutsideTheScopeIsRefusedAsUnknown() throws Exception {
		assertThat(refused("totruong", OperationFixtures.session(UUID.randomUUID(), ap2, today(), 10, 10), "unitId"))
			.containsExactly("Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		assertThat(refused("xa", OperationFixtures.session(UUID.randomUUID(), ops.longAn(), today(), 10, 10), "unitId"))
			.containsExactly("Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.");
	}

	@Test
	void aTeamOfAnotherHamletIsRefused() throws Exception {
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 10);
		body.put("teamIds", List.of(ops.teamOf(HouseholdFixtures.AP_2)));
		assertThat(refused("xa", body, "teamIds")).containsExactly("Tổ tổ chức phải là tổ thuộc Ấp Cả Bản và trong phạm vi của bạn.");
	}

	@Test
	void aResidentOutsideTheScopeIsRefused() throws Exception {
		UUID elsewhere = fx.newHousehold(HouseholdFixtures.AP_2);
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 10);
		body.put("residentIds", List.of(fx.addAdult(elsewhere).toString()));
		assertThat(refused("totruong", body, "residentIds"))
			.containsExactly("Người tham dự được chọn không tồn tại hoặc nằm ngoài phạm vi của bạn.");
	}

	@Test
	void aSessionWithoutAnIdIsRefused() throws Exception {
		Map<String, Object> body = OperationFixtures.session(UUID.randomUUID(), caBan, today(), 10, 10);
		body.remove("id");
		assertThat(refused("xa", body, "id")).containsExactly("Thiếu mã buổi tuyên truyền (id do thiết bị tạo).");
	}

	@Test
	void theFormShowsTheRefusalBesideTheFieldAndWritesNothing() throws Exception {
		var before = ops.counts();
		UUID id = UUID.randomUUID();
		String html = mvc.perform(post("/outreach/sessions").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("sessionId", id.toString()).param("unitId", String.valueOf(caBan))
				.param("date", today().toString()).param("place", "Nhà văn hoá").param("topics", "VNEID")
				.param("attendees", "5000").param("leaflets", "-3"))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.fieldError(html, "attendees"))
			.isEqualTo("Số người tham dự vượt mức hợp lý cho một buổi tại Ấp Cả Bản (tối đa 300 người).");
		assertThat(Html.fieldError(html, "leaflets")).isEqualTo("Số không được âm.");
		assertThat(html).contains("value=\"" + id + "\"");
		assertThat(ops.counts()).isEqualTo(before);
	}

	@Test
	void theFormRecordsASessionAndItsPageShowsIt() throws Exception {
		UUID id = UUID.randomUUID();
		var response = mvc.perform(post("/outreach/sessions").with(new DemoUsers(users).as("totruong")).with(csrf())
				.param("sessionId", id.toString()).param("unitId", String.valueOf(caBan))
				.param("date", today().toString()).param("place", "Sân nhà ông Tư").param("topics", "CASHLESS")
				.param("topics", "ONLINE_SAFETY").param("attendees", "25").param("leaflets", "70")
				.param("teamIds", String.valueOf(ops.teamOf(HouseholdFixtures.CA_BAN))))
			.andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/outreach/sessions/" + id);
		String page = page("totruong", "/outreach/sessions/" + id);
		assertThat(page).contains("Sân nhà ông Tư", "Thanh toán không dùng tiền mặt", "An toàn trên không gian mạng",
				"Tổ CNSCĐ Ấp Cả Bản");
		String list = page("totruong", "/outreach/sessions");
		assertThat(Html.tableRows(list, "session-table")).anySatisfy(row -> assertThat(row.get(1)).contains("Sân nhà ông Tư"));
	}

	@Test
	void aSessionOutsideTheScopeIsNotFoundInPagesAndApi() throws Exception {
		UUID id = UUID.randomUUID();
		assertThat(fx.postJson("xa", "/api/v1/outreach-sessions",
				OperationFixtures.session(id, ap2, today(), 20, 20)).getStatus()).isEqualTo(201);
		assertThat(fx.getRaw("totruong", "/api/v1/outreach-sessions/" + id).getStatus()).isEqualTo(404);
		assertThat(fx.getRaw("totruong", "/api/v1/outreach-sessions?unitId=" + ap2).getStatus()).isEqualTo(404);
		assertThat(status("totruong", "/outreach/sessions/" + id)).isEqualTo(404);
		assertThat(status("totruong", "/outreach/sessions?unitId=" + ap2)).isEqualTo(404);
		assertThat(status("totruong", "/outreach/sessions/new?unitId=" + ap2)).isEqualTo(404);
		assertThat(fx.getJson("xa", "/api/v1/outreach-sessions?unitId=" + commune).get("items").toString())
			.contains(id.toString());
		// a resend of someone else's session by an outsider reveals nothing and writes nothing
		var counts = ops.counts();
		assertThat(fx.postJson("totruong", "/api/v1/outreach-sessions",
				OperationFixtures.session(id, ap2, today(), 20, 20)).getStatus()).isEqualTo(404);
		assertThat(ops.counts()).isEqualTo(counts);
	}

	private int status(String user, String url) throws Exception {
		return mvc.perform(get(url).with(new DemoUsers(users).as(user))).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse().getStatus();
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static long delta(Map<String, vn.ngoso.figures.FigureValue> before,
			Map<String, vn.ngoso.figures.FigureValue> after, String code) {
		return after.get(code).value().longValue() - before.get(code).value().longValue();
	}

	private List<String> refused(String user, Map<String, Object> body, String field) throws Exception {
		return messagesFor(refusedProblem(user, body), field);
	}

	private JsonNode refusedProblem(String user, Map<String, Object> body) throws Exception {
		var before = ops.counts();
		var response = mvc.perform(post("/api/v1/outreach-sessions").header("Authorization", fx.bearer(user))
				.contentType(MediaType.APPLICATION_JSON).content(fx.json().writeValueAsString(body)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(ops.counts()).as("nothing written").isEqualTo(before);
		return fx.read(text);
	}
}
