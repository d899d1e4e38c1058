package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.FigureValue;
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
 * Support days at the desks through {@code /api/v1/service-desk-days} and the pages: results
 * count at the desk's unit at once; a day ahead can be planned (and is listed as upcoming for
 * the hamlets it serves) but takes no results until it comes; negative counts, results for a
 * day ahead, a desk that is not one, a desk or a member outside the scope are refused naming
 * the field, with nothing written.
 */
@IntegrationTest
class ServiceDeskDayTest {

	static final String NEGATIVE = "Số không được âm.";

	static final String FUTURE = "Ngày hỗ trợ ở tương lai: chỉ ghi kết quả từ ngày đó trở đi (có thể lên lịch trước mà không nhập kết quả).";

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

	long commune;

	long province;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		ops = new OperationFixtures(jdbc);
		commune = ops.unitId("27781");
		province = ops.longAn();
	}

	static LocalDate today() {
		return HouseholdFixtures.today();
	}

	@Test
	void resultsCountAtTheCommuneAndAtEveryUnitAbove() throws Exception {
		Period month = Period.month(YearMonth.from(today()));
		var before = figures.of(province, month);
		var communeBefore = figures.of(commune, month);
		List<Long> members = ops.activeMembersOf(HouseholdFixtures.CA_BAN);
		Map<String, Object> body = OperationFixtures.deskDay(UUID.randomUUID(), commune, today(), 31, 12, 7);
		body.put("memberIds", members.subList(0, 2));
		var created = fx.postJson("xa", "/api/v1/service-desk-days", body);
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		JsonNode day = fx.read(created.getContentAsString(StandardCharsets.UTF_8));
		assertThat(day.get("desk").asString()).isEqualTo("ONE_STOP");
		assertThat(day.get("memberNames").size()).isEqualTo(2);

		var after = figures.of(province, month);
		assertThat(delta(before, after, Indicators.DESK_ACCOUNTS_HELPED)).isEqualTo(31);
		assertThat(delta(before, after, Indicators.DESK_DOSSIERS_ONLINE)).isEqualTo(12);
		assertThat(delta(before, after, Indicators.DESK_PAYMENTS_ONLINE)).isEqualTo(7);
		assertThat(delta(communeBefore, figures.of(commune, month), Indicators.DESK_ACCOUNTS_HELPED)).isEqualTo(31);

		var counts = ops.counts();
		assertThat(fx.postJson("xa", "/api/v1/service-desk-days", body).getStatus()).isEqualTo(200);
		assertThat(ops.counts()).as("a resend writes nothing").isEqualTo(counts);
	}

	@Test
	void aPlannedDayCountsNothingIsListedAsUpcomingAndTakesResultsOnlyWhenItComes() throws Exception {
		Period month = Period.month(YearMonth.from(today().plusDays(5)));
		var before = figures.of(commune, month);
		UUID id = UUID.randomUUID();
		var planned = fx.postJson("xa", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(id, commune, today().plusDays(5), null, null, null));
		assertThat(planned.getStatus()).as(planned.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		assertThat(figures.of(commune, month).get(Indicators.DESK_ACCOUNTS_HELPED).value())
			.isEqualByComparingTo(before.get(Indicators.DESK_ACCOUNTS_HELPED).value());

		long caBan = ops.unitId(HouseholdFixtures.CA_BAN);
		JsonNode upcoming = fx.getJson("totruong", "/api/v1/service-desk-days/upcoming?unitId=" + caBan);
		assertThat(upcoming.toString()).contains(id.toString());
		assertThat(upcoming.findValuesAsString("desk")).contains("ONE_STOP", "CENTRE");

		var counts = ops.counts();
		var refused = mvc.perform(put("/api/v1/service-desk-days/" + id + "/results").header("Authorization", fx.bearer("xa"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountsHelped\": 10, \"dossiersOnline\": 2, \"paymentsOnline\": 1}"))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.read(refused.getContentAsString(StandardCharsets.UTF_8)), "date")).containsExactly(FUTURE);
		assertThat(ops.counts()).isEqualTo(counts);
	}

	@Test
	void resultsOfAPlannedDayPastCountOnceRecorded() throws Exception {
		UUID id = UUID.randomUUID();
		LocalDate day = today().minusDays(1);
		assertThat(fx.postJson("xa", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(id, commune, day, null, null, null)).getStatus()).isEqualTo(201);
		Period month = Period.month(YearMonth.from(day));
		var before = figures.of(commune, month);
		var done = mvc.perform(put("/api/v1/service-desk-days/" + id + "/results").header("Authorization", fx.bearer("xa"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountsHelped\": 18, \"dossiersOnline\": 9, \"paymentsOnline\": 4}"))
			.andReturn().getResponse();
		assertThat(done.getStatus()).as(done.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(delta(before, figures.of(commune, month), Indicators.DESK_ACCOUNTS_HELPED)).isEqualTo(18);
		assertThat(fx.getJson("xa", "/api/v1/service-desk-days/" + id).get("accountsHelped").asInt()).isEqualTo(18);
	}

	@Test
	void resultsForADayAheadAreRefused() throws Exception {
		assertThat(refused("xa", OperationFixtures.deskDay(UUID.randomUUID(), commune, today().plusDays(1), 5, 1, 1), "date"))
			.containsExactly(FUTURE);
	}

	@Test
	void negativeCountsAreRefusedEachByName() throws Exception {
		JsonNode problem = refusedProblem("xa",
				OperationFixtures.deskDay(UUID.randomUUID(), commune, today(), -1, -2, -3));
		assertThat(messagesFor(problem, "accountsHelped")).containsExactly(NEGATIVE);
		assertThat(messagesFor(problem, "dossiersOnline")).containsExactly(NEGATIVE);
		assertThat(messagesFor(problem, "paymentsOnline")).containsExactly(NEGATIVE);
	}

	@Test
	void partialResultsAreRefusedNamingTheMissingCounts() throws Exception {
		JsonNode problem = refusedProblem("xa",
				OperationFixtures.deskDay(UUID.randomUUID(), commune, today(), 5, null, null));
		assertThat(messagesFor(problem, "dossiersOnline")).containsExactly("Vui lòng nhập số.");
		assertThat(messagesFor(problem, "paymentsOnline")).containsExactly("Vui lòng nhập số.");
	}

	@Test
	void aHamletIsNotADesk() throws Exception {
		assertThat(refused("xa", OperationFixtures.deskDay(UUID.randomUUID(), ops.unitId(HouseholdFixtures.CA_BAN),
				today(), 5, 1, 1), "unitId")).containsExactly(
						"Nơi hỗ trợ phải là Trung tâm Phục vụ hành chính công tỉnh hoặc bộ phận một cửa của xã, phường, thị trấn.");
	}

	@Test
	void aDeskOutsideTheScopeIsRefusedAsUnknown() throws Exception {
		assertThat(refused("xa", OperationFixtures.deskDay(UUID.randomUUID(), province, today(), 5, 1, 1), "unitId"))
			.containsExactly("Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		long otherCommune = ops.unitId("27784");
		assertThat(refused("huyen", OperationFixtures.deskDay(UUID.randomUUID(), ops.unitId("27787"), today(), 5, 1, 1),
				"unitId")).containsExactly("Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		assertThat(refused("xa", OperationFixtures.deskDay(UUID.randomUUID(), otherCommune, today(), 5, 1, 1), "unitId"))
			.containsExactly("Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.");
	}

	@Test
	void aMemberOfAnotherCommuneIsRefused() throws Exception {
		long outsider = jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id
				where not (t.unit_path <@ (select path from admin_unit where id = ?)) and m.left_on is null limit 1
				""").param(commune).query(Long.class).single();
		Map<String, Object> body = OperationFixtures.deskDay(UUID.randomUUID(), commune, today(), 5, 1, 1);
		body.put("memberIds", List.of(outsider));
		assertThat(refused("xa", body, "memberIds"))
			.containsExactly("Thành viên trực phải là thành viên đang hoạt động của một tổ thuộc Xã Tuyên Bình.");
	}

	@Test
	void theProvinceRecordsDaysAtItsServiceCentre() throws Exception {
		var created = fx.postJson("tinh", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(UUID.randomUUID(), province, today(), 120, 60, 30));
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(fx.read(created.getContentAsString(StandardCharsets.UTF_8)).get("desk").asString()).isEqualTo("CENTRE");
	}

	@Test
	void theFormRefusesBesideTheFieldsAndThenRecords() throws Exception {
		var before = ops.counts();
		UUID id = UUID.randomUUID();
		String html = form(post("/outreach/desk-days"), id, today().plusDays(2), "4", "-1", "0")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.fieldError(html, "date")).isEqualTo(FUTURE);
		assertThat(Html.fieldError(html, "dossiersOnline")).isEqualTo(NEGATIVE);
		assertThat(ops.counts()).isEqualTo(before);

		var done = form(post("/outreach/desk-days"), id, today(), "4", "2", "0");
		assertThat(done.getRedirectedUrl()).isEqualTo("/outreach/desk-days/" + id);
		String page = mvc.perform(get("/outreach/desk-days/" + id).with(new DemoUsers(users).as("xa"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Bộ phận một cửa Xã Tuyên Bình", "id=\"results-form\"");
		String list = mvc.perform(get("/outreach/desk-days").with(new DemoUsers(users).as("xa"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.tableRows(list, "desk-day-table")).isNotEmpty();
	}

	@Test
	void aDayOutsideTheScopeIsNotFoundInPagesAndApi() throws Exception {
		UUID id = UUID.randomUUID();
		assertThat(fx.postJson("tinh", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(id, province, today(), 50, 20, 10)).getStatus()).isEqualTo(201);
		assertThat(fx.getRaw("xa", "/api/v1/service-desk-days/" + id).getStatus()).isEqualTo(404);
		assertThat(fx.getRaw("xa", "/api/v1/service-desk-days?unitId=" + province).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/outreach/desk-days/" + id).with(new DemoUsers(users).as("xa")))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getStatus()).isEqualTo(404);
		var counts = ops.counts();
		var results = mvc.perform(put("/api/v1/service-desk-days/" + id + "/results").header("Authorization", fx.bearer("xa"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountsHelped\": 1, \"dossiersOnline\": 1, \"paymentsOnline\": 1}"))
			.andReturn().getResponse();
		assertThat(results.getStatus()).isEqualTo(404);
		assertThat(ops.counts()).isEqualTo(counts);
	}

	/**
	 * The case: the upcoming days of a unit in another district, with the members on duty
	 * and the notes, were shown to anyone. Now a unit outside the scope is not found; an
	 * administrator still reads them.
	 */
	@Test
	void anotherDistrictsUpcomingDaysAreNotFoundAndNameNoOne() throws Exception {
		long otherCommune = communeOutsideVinhHung();
		List<Long> members = jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit c on c.id = ?
				where m.left_on is null and t.unit_path <@ c.path order by m.id limit 2
				""").param(otherCommune).query(Long.class).list();
		long hamlet = jdbc.sql("select t.unit_id from team t join admin_unit c on c.id = ? where t.unit_path <@ c.path"
				+ " and t.unit_id <> c.id order by t.id limit 1").param(otherCommune).query(Long.class).single();
		String notes = "Ghi chú nội bộ " + UUID.randomUUID();
		UUID id = UUID.randomUUID();
		Map<String, Object> body = OperationFixtures.deskDay(id, otherCommune, today().plusDays(3), null, null, null);
		body.put("memberIds", members);
		body.put("notes", notes);
		var planned = fx.postJson("tinh", "/api/v1/service-desk-days", body);
		assertThat(planned.getStatus()).as(planned.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		List<String> names = namesOf(members);

		for (String user : List.of("xa", "huyen", "totruong", "thanhvien")) {
			for (long unit : List.of(hamlet, otherCommune)) {
				var response = fx.getRaw(user, "/api/v1/service-desk-days/upcoming?unitId=" + unit);
				String text = response.getContentAsString(StandardCharsets.UTF_8);
				assertThat(response.getStatus()).as("%s, unit %d: %s", user, unit, text).isEqualTo(404);
				assertThat(text).doesNotContain(notes).doesNotContain(id.toString());
				names.forEach(n -> assertThat(text).doesNotContain(n));
			}
		}
		String admin = fx.getJson("tinh", "/api/v1/service-desk-days/upcoming?unitId=" + hamlet).toString();
		assertThat(admin).contains(id.toString(), notes);
		names.forEach(n -> assertThat(admin).contains(n));
	}

	/**
	 * A day at a desk above the caller's scope (the provincial centre, for a commune) is listed
	 * among the upcoming ones, when and where, without the members on duty (who come from
	 * anywhere in the province) or the notes. The caller's own desk shows them.
	 */
	@Test
	void aDayAtADeskAboveTheScopeIsListedWithoutNamesOrNotes() throws Exception {
		long otherCommune = communeOutsideVinhHung();
		List<Long> outsider = jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit c on c.id = ?
				where m.left_on is null and t.unit_path <@ c.path
				  and (select count(*) from member x where x.full_name = m.full_name) = 1
				order by m.id limit 1
				""").param(otherCommune).query(Long.class).list();
		String notes = "Ghi chú của tỉnh " + UUID.randomUUID();
		UUID centreDay = UUID.randomUUID();
		Map<String, Object> body = OperationFixtures.deskDay(centreDay, province, today().plusDays(4), null, null, null);
		body.put("memberIds", outsider);
		body.put("notes", notes);
		assertThat(fx.postJson("tinh", "/api/v1/service-desk-days", body).getStatus()).isEqualTo(201);
		UUID ownDay = UUID.randomUUID();
		Map<String, Object> own = OperationFixtures.deskDay(ownDay, commune, today().plusDays(4), null, null, null);
		own.put("memberIds", ops.activeMembersOf(HouseholdFixtures.CA_BAN).subList(0, 1));
		own.put("notes", "Ghi chú của xã");
		assertThat(fx.postJson("xa", "/api/v1/service-desk-days", own).getStatus()).isEqualTo(201);

		for (String user : List.of("xa", "huyen", "totruong", "thanhvien")) {
			long unit = user.equals("huyen") || user.equals("xa") ? commune : ops.unitId(HouseholdFixtures.CA_BAN);
			JsonNode days = fx.getJson(user, "/api/v1/service-desk-days/upcoming?unitId=" + unit);
			JsonNode centre = dayIn(days, centreDay);
			assertThat(centre).as("%s sees the centre's day", user).isNotNull();
			assertThat(centre.get("desk").asString()).isEqualTo("CENTRE");
			assertThat(centre.get("memberIds")).isEmpty();
			assertThat(centre.get("memberNames")).isEmpty();
			assertThat(centre.get("notes").isNull()).isTrue();
			assertThat(days.toString()).doesNotContain(notes).doesNotContain(namesOf(outsider).get(0));
			JsonNode commune = dayIn(days, ownDay);
			boolean inScope = user.equals("xa") || user.equals("huyen");
			assertThat(commune.get("memberNames").size()).as("%s sees the names at the commune's desk", user)
				.isEqualTo(inScope ? 1 : 0);
		}
		JsonNode forTinh = dayIn(fx.getJson("tinh", "/api/v1/service-desk-days/upcoming?unitId=" + commune), centreDay);
		assertThat(forTinh.get("notes").asString()).isEqualTo(notes);
		assertThat(forTinh.get("memberNames").get(0).asString()).isEqualTo(namesOf(outsider).get(0));
	}

	private long communeOutsideVinhHung() {
		return jdbc.sql("""
				select c.id from admin_unit c join admin_unit d on d.code = '797' and d.level = 2
				where c.level = 3 and c.valid_to is null and not c.path <@ d.path
				  and exists (select 1 from team t join member m on m.team_id = t.id
				              where t.unit_path <@ c.path and t.unit_id <> c.id and m.left_on is null)
				order by c.code limit 1
				""").query(Long.class).single();
	}

	private List<String> namesOf(List<Long> members) {
		return members.stream().map(m -> jdbc.sql("select full_name from member where id = ?").param(m)
			.query(String.class).single()).toList();
	}

	private static JsonNode dayIn(JsonNode days, UUID id) {
		for (JsonNode day : days) {
			if (day.get("id").asString().equals(id.toString())) {
				return day;
			}
		}
		return null;
	}

	private org.springframework.mock.web.MockHttpServletResponse form(MockHttpServletRequestBuilder request, UUID id,
			LocalDate date, String accounts, String dossiers, String payments) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as("xa")).with(csrf()).param("dayId", id.toString())
				.param("unitId", String.valueOf(commune)).param("date", date.toString())
				.param("accountsHelped", accounts).param("dossiersOnline", dossiers).param("paymentsOnline", payments))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
	}

	private static long delta(Map<String, FigureValue> before, Map<String, FigureValue> after, String code) {
		return after.get(code).value().longValue() - before.get(code).value().longValue();
	}

	private List<String> refused(String user, Map<String, Object> body, String field) throws Exception {
		return messagesFor(refusedProblem(user, body), field);
	}

	private JsonNode refusedProblem(String user, Map<String, Object> body) throws Exception {
		var before = ops.counts();
		var response = mvc.perform(post("/api/v1/service-desk-days").header("Authorization", fx.bearer(user))
				.contentType(MediaType.APPLICATION_JSON).content(fx.json().writeValueAsString(body)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(ops.counts()).as("nothing written").isEqualTo(before);
		return fx.read(text);
	}
}
