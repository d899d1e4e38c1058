package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.internal.FigureKey;
import vn.ngoso.figures.internal.FigureStore;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * "Chuyển ấp": a commune officer moves a household to another hamlet of the commune on a day. Its
 * stocks (household, people 15+, items, covered) count in the new hamlet for every month; its
 * visits stay in the hamlet, and with the team, where they were made, and a visit recorded later
 * for a day before the move counts where the household was that day. Bad input is refused with
 * the reason in Vietnamese and moves nothing.
 */
@IntegrationTest
class HouseholdMoveTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Two hamlets of the class's own, each with a team of one member. */
	private static CommuneFixtures.Hamlet first;

	private static CommuneFixtures.Hamlet second;

	private static long firstTeam;

	private static long firstMember;

	private static long secondTeam;

	private static long secondMember;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FigureStore store;

	@Autowired
	Figures figures;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		if (first == null) {
			var commune = new CommuneFixtures(mvc, users);
			first = commune.newHamlet();
			firstTeam = commune.newTeam(first);
			firstMember = commune.addMember(firstTeam).get("id").asLong();
			second = commune.newHamlet();
			secondTeam = commune.newTeam(second);
			secondMember = commune.addMember(secondTeam).get("id").asLong();
		}
	}

	@Test
	void theStocksMoveForEveryMonthAndTheVisitsStayWhereTheyWereMade() throws Exception {
		UUID household = fx.newHousehold(first.code());
		UUID adult = fx.addAdult(household);
		UUID earlier = visit(household, today().minusDays(20), firstMember, Map.of(adult, List.of("PROVINCIAL_APP", "FLUENT")));

		JsonNode moved = move("xa", household, second.code(), today());
		assertThat(moved.get("hamlet").asString()).isEqualTo(second.name());

		// recorded after the move, for the day before it: where the household was that day
		UUID late = visit(household, today().minusDays(1), firstMember, Map.of());
		UUID after = visit(household, today(), secondMember, Map.of(adult, List.of("CASHLESS")));
		assertThat(placeOf(earlier)).containsExactly(first.id(), firstTeam);
		assertThat(placeOf(late)).containsExactly(first.id(), firstTeam);
		assertThat(placeOf(after)).containsExactly(second.id(), secondTeam);
		var refused = fx.postVisit("xa", HouseholdFixtures.visit(UUID.randomUUID(), household, today(), List.of(firstMember),
				Map.of()));
		assertThat(refused.getStatus()).as("the old team no longer serves it").isEqualTo(400);

		Map<FigureKey, Long> made = store.contributions(FigureScope.household(household));
		LocalDate month = today().withDayOfMonth(1);
		assertThat(made).containsEntry(new FigureKey(second.id(), "HOUSEHOLDS", month), 1L)
			.containsEntry(new FigureKey(second.id(), "RESIDENTS_15", month), 1L)
			.containsEntry(new FigureKey(second.id(), "COVERED_HOUSEHOLDS", month), 1L)
			.containsEntry(new FigureKey(second.id(), "READY_PROVINCIAL_APP", month), 1L)
			.containsEntry(new FigureKey(first.id(), "GUIDED_PROVINCIAL_APP", month), 1L)
			.containsEntry(new FigureKey(second.id(), "GUIDED_CASHLESS", month), 1L);
		assertThat(made.keySet()).filteredOn(k -> k.unitId() == first.id())
			.extracting(FigureKey::indicator).containsOnly("VISITS", "GUIDED_PROVINCIAL_APP");
		assertThat(visits(made, first.id())).isEqualTo(2);
		assertThat(visits(made, second.id())).isEqualTo(1);
		assertThat(figures.differencesUnder(communePath())).isEmpty();

		assertThat(jdbc.sql("""
				select from_unit_id || '>' || to_unit_id || ' ' || moved_on || ' ' || moved_by from household_move
				where household_id = ?
				""").param(household).query(String.class).list())
			.containsExactly(first.id() + ">" + second.id() + " " + today() + " xa");
		assertThat(jdbc.sql("select count(*) from audit_log where entity_id = ? and action = 'MOVE'")
			.param(household.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aMoveRecordedLateTakesAlongTheVisitsDatedFromItsDayOnAndNoneBefore() throws Exception {
		var created = fx.postJson("xa", "/api/v1/households", Map.of("unitCode", first.code(), "code",
				HouseholdFixtures.uniqueCode(), "address", "Số 4, Kênh Thử Nghiệm", "registeredOn",
				today().minusDays(60).toString()));
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		UUID household = UUID.fromString(fx.read(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asString());
		UUID adult = fx.addAdult(household);
		UUID before = visit(household, today().minusDays(30), firstMember, Map.of(adult, List.of("CASHLESS")));
		UUID since = visit(household, today().minusDays(5), firstMember, Map.of(adult, List.of("PROVINCIAL_APP")));

		// the officer learns today that the household moved ten days ago
		move("xa", household, second.code(), today().minusDays(10));

		assertThat(placeOf(before)).as("made before the move: stays").containsExactly(first.id(), firstTeam);
		assertThat(placeOf(since)).as("made at the new address: follows; its team stays")
			.containsExactly(second.id(), firstTeam);
		assertThat(jdbc.sql("select unit_path::text from visit where id = ?").param(since).query(String.class).single())
			.isEqualTo(jdbc.sql("select path::text from admin_unit where id = ?").param(second.id()).query(String.class)
				.single());
		Map<FigureKey, Long> made = store.contributions(FigureScope.household(household));
		assertThat(visits(made, first.id())).isEqualTo(1);
		assertThat(visits(made, second.id())).isEqualTo(1);
		assertThat(made).containsEntry(new FigureKey(first.id(), "GUIDED_CASHLESS", today().minusDays(30).withDayOfMonth(1)), 1L)
			.containsEntry(new FigureKey(second.id(), "GUIDED_PROVINCIAL_APP", today().minusDays(5).withDayOfMonth(1)), 1L);
		assertThat(figures.differencesUnder(communePath())).isEmpty();
	}

	@Test
	void badMovesAreRefusedByNameInVietnameseAndMoveNothing() throws Exception {
		UUID household = fx.newHousehold(first.code());
		String registered = DAY.format(today());
		assertRefused("xa", household, Map.of("unitCode", second.code(), "movedOn", today().plusDays(1).toString()),
				"movedOn", "Ngày chuyển không được sau hôm nay.");
		assertRefused("xa", household, Map.of("unitCode", second.code(), "movedOn", today().minusDays(1).toString()),
				"movedOn", "Ngày chuyển không được trước ngày đăng ký hộ (" + registered + ").");
		assertRefused("xa", household, Map.of("unitCode", first.code()), "unitCode",
				"Hộ đang ở ấp/khu phố này; hãy chọn một ấp/khu phố khác.");
		assertRefused("xa", household, Map.of(), "unitCode", "Vui lòng chọn ấp/khu phố chuyển đến.");
		assertRefused("xa", household, Map.of("unitCode", "99999-999"), "unitCode",
				"Ấp/khu phố không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		String otherCommune = jdbc.sql("""
				select h.code from admin_unit h join admin_unit c on c.id = h.parent_id
				join admin_unit d on d.id = c.parent_id join admin_unit x on x.code = '27781' and x.valid_to is null
				where h.level = 4 and h.valid_to is null and c.id <> x.id and d.id = x.parent_id
				order by h.code limit 1
				""").query(String.class).single();
		assertRefused("huyen", household, Map.of("unitCode", otherCommune), "unitCode",
				"Chỉ chuyển được sang một ấp/khu phố khác của cùng xã.");

		UUID inCaBan = fx.newHouseholdInCaBan();
		for (String member : List.of("thanhvien", "totruong")) {
			assertThat(fx.postJson(member, "/api/v1/households/" + inCaBan + "/move",
					Map.of("unitCode", HouseholdFixtures.AP_2)).getStatus()).as(member).isEqualTo(404);
		}
		assertThat(jdbc.sql("select count(*) from household_move where household_id in (?, ?)").params(household, inCaBan)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select unit_id from household where id = ?").param(household).query(Long.class).single())
			.isEqualTo(first.id());
	}

	@Test
	void theHouseholdPageOffersTheMoveToOfficersAndSaysWhyItRefusedOne() throws Exception {
		UUID household = fx.newHousehold(first.code());
		String page = html(get("/households/" + household), "xa");
		assertThat(page).contains("id=\"move-form\"", "Chuyển ấp", ">" + second.name() + "</option>")
			.doesNotContain(">" + first.name() + "</option>");
		UUID inCaBan = fx.newHouseholdInCaBan();
		assertThat(html(get("/households/" + inCaBan), "totruong")).doesNotContain("move-form");

		String refused = html(post("/households/" + household + "/move").with(csrf())
			.param("unitId", String.valueOf(second.id())).param("movedOn", today().plusDays(2).toString()), "xa");
		assertThat(refused).contains("Ngày chuyển không được sau hôm nay.", "<details class=\"move\" id=\"move-household\" open");
		String garbled = html(post("/households/" + household + "/move").with(csrf())
			.param("unitId", String.valueOf(second.id())).param("movedOn", "31/02/2026"), "xa");
		assertThat(garbled).contains("Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026");
		assertThat(jdbc.sql("select unit_id from household where id = ?").param(household).query(Long.class).single())
			.isEqualTo(first.id());

		var done = mvc.perform(post("/households/" + household + "/move").with(new DemoUsers(users).as("xa")).with(csrf())
			.param("unitId", String.valueOf(second.id())).param("movedOn", today().toString())).andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/households/" + household);
		assertThat(html(get("/households/" + household).with(SessionCookie.of(done.getResponse())), "xa"))
			.contains("Đã chuyển hộ sang " + second.name() + ".", "Lịch sử chuyển ấp",
					"<strong>" + DAY.format(today()) + "</strong>", "từ " + first.name() + " sang " + second.name(),
					"ghi nhận bởi xa");
	}

	private JsonNode move(String user, UUID household, String unitCode, LocalDate on) throws Exception {
		var response = fx.postJson(user, "/api/v1/households/" + household + "/move",
				Map.of("unitCode", unitCode, "movedOn", on.toString()));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return fx.read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private void assertRefused(String user, UUID household, Map<String, String> body, String field, String message)
			throws Exception {
		var response = fx.postJson(user, "/api/v1/households/" + household + "/move", new LinkedHashMap<>(body));
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(text), field)).as(text).contains(message);
	}

	/** A visit recorded by the commune officer for a member: its id. */
	private UUID visit(UUID household, LocalDate date, long member, Map<UUID, List<String>> outcomes) throws Exception {
		UUID id = UUID.randomUUID();
		var response = fx.postVisit("xa", HouseholdFixtures.visit(id, household, date, List.of(member), outcomes));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return id;
	}

	private List<Long> placeOf(UUID visit) {
		return jdbc.sql("select unit_id, team_id from visit where id = ?").param(visit)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private static long visits(Map<FigureKey, Long> made, long unit) {
		return made.entrySet().stream().filter(e -> e.getKey().unitId() == unit && e.getKey().indicator().equals("VISITS"))
			.mapToLong(Map.Entry::getValue).sum();
	}

	private String communePath() {
		return jdbc.sql("select path::text from admin_unit where code = '27781' and valid_to is null").query(String.class)
			.single();
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		var response = mvc.perform(request.with(new DemoUsers(users).as(user))).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
