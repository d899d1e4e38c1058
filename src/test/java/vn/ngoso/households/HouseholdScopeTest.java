package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * Nobody reads or writes households outside their subtree: the commune officer {@code xa} nothing
 * of another commune, the leader {@code totruong} and the member {@code thanhvien} nothing of
 * another hamlet. Every such read or write answers 404, as for a household that does not exist,
 * and changes nothing; every list, API or page, holds exactly the caller's households.
 */
@IntegrationTest
class HouseholdScopeTest {

	/** Khu phố 1 of Thị trấn Vĩnh Hưng (27757), in district 797 but not in Xã Tuyên Bình. */
	static final String OTHER_COMMUNE_HAMLET = "27757-001";

	record Outside(UUID household, UUID resident, String name, String code, long hamletId) {
	}

	/** For xa: a household of another commune, registered by the district officer. */
	private static Outside otherCommune;

	/** For totruong and thanhvien: a household of Ấp 2. */
	private static Outside otherHamlet;

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
		if (otherCommune == null) {
			otherCommune = outside("huyen", OTHER_COMMUNE_HAMLET);
			otherHamlet = outside("xa", HouseholdFixtures.AP_2);
		}
	}

	private Outside outside(String officer, String hamletCode) throws Exception {
		String code = HouseholdFixtures.uniqueCode();
		UUID household = UUID.fromString(fx.createHousehold(officer, hamletCode, code).get("id").asString());
		Map<String, Object> body = HouseholdFixtures.adult();
		UUID resident = UUID.fromString(fx.addResident(officer, household, body).get("id").asString());
		long member = fx.otherActiveMemberOfTeamIn(hamletCode);
		var visit = fx.postVisit(officer, HouseholdFixtures.visit(UUID.randomUUID(), household,
				HouseholdFixtures.today().minusDays(4), List.of(member), Map.of(resident, List.of("SMARTPHONE"))));
		assertThat(visit.getStatus()).as(visit.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		long hamletId = jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(hamletCode)
			.query(Long.class).single();
		return new Outside(household, resident, (String) body.get("fullName"), code, hamletId);
	}

	private static Outside outsideFor(String user) {
		return user.equals("xa") ? otherCommune : otherHamlet;
	}

	// --- reads --------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void householdOutsideScopeIsNotFoundThroughTheApi(String user) throws Exception {
		Outside o = outsideFor(user);
		notFoundApi(user, fx.getRaw(user, "/api/v1/households/" + o.household()), o);
		notFoundApi(user, fx.getRaw(user, "/api/v1/visits?household=" + o.household()), o);
		notFoundApi(user, fx.getRaw(user, "/api/v1/households/" + o.household() + "/residents/" + o.resident() + "/cccd"), o);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void householdOutsideScopeIsNotFoundOnThePages(String user) throws Exception {
		Outside o = outsideFor(user);
		var before = RowCounts.of(jdbc);
		notFoundPage(user, get("/households/" + o.household()), o);
		notFoundPage(user, get("/households/" + o.household() + "/visits/new"), o);
		notFoundPage(user, get("/households/" + o.household() + "/residents/" + o.resident() + "/cccd"), o);
		notFoundPage(user, get("/households").param("unitId", String.valueOf(o.hamletId())), o);
		assertThat(RowCounts.of(jdbc)).as("not even an audit entry").isEqualTo(before);
	}

	// --- writes -------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void writesToAHouseholdOutsideScopeAreNotFoundThroughTheApiAndChangeNothing(String user) throws Exception {
		Outside o = outsideFor(user);
		var before = RowCounts.of(jdbc);
		var consentBefore = consentState(o.resident());
		String base = "/api/v1/households/" + o.household() + "/residents";
		notFoundApi(user, fx.postJson(user, base, HouseholdFixtures.adult()), o);
		notFoundApi(user, fx.postJson(user, base + "/" + o.resident() + "/consent", Map.of("method", "PAPER")), o);
		notFoundApi(user, fx.postJson(user, base + "/" + o.resident() + "/consent/withdraw", Map.of()), o);
		var visit = fx.postVisit(user, HouseholdFixtures.visit(UUID.randomUUID(), o.household(), HouseholdFixtures.today(),
				List.of(), Map.of(o.resident(), List.of("FLUENT"))));
		assertThat(visit.getStatus()).as("visit to an outside household").isIn(400, 404);
		assertThat(visit.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(o.name());
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(consentState(o.resident())).isEqualTo(consentBefore);
		assertThat(covered(o.household())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void writesToAHouseholdOutsideScopeAreNotFoundOnThePagesAndChangeNothing(String user) throws Exception {
		Outside o = outsideFor(user);
		var before = RowCounts.of(jdbc);
		var consentBefore = consentState(o.resident());
		String base = "/households/" + o.household();
		notFoundPage(user, post(base + "/residents/" + o.resident() + "/consent").param("method", "PAPER").with(csrf()), o);
		notFoundPage(user, post(base + "/residents/" + o.resident() + "/consent/withdraw").with(csrf()), o);
		notFoundPage(user, post(base + "/visits").with(csrf()).param("visitId", UUID.randomUUID().toString())
			.param("date", HouseholdFixtures.today().toString()).param("outcome", o.resident() + ":FLUENT"), o);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(consentState(o.resident())).isEqualTo(consentBefore);
		assertThat(covered(o.household())).isFalse();
	}

	@Test
	void memberCannotRegisterAHousehold() throws Exception {
		var before = RowCounts.of(jdbc);
		var response = fx.postJson("thanhvien", "/api/v1/households",
				Map.of("unitCode", HouseholdFixtures.CA_BAN, "code", HouseholdFixtures.uniqueCode(), "address", "Số 1"));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa:27757-001", "totruong:27781-002" })
	void householdCannotBeRegisteredInAHamletOutsideScope(String userAndHamlet) throws Exception {
		String user = userAndHamlet.split(":")[0];
		String hamlet = userAndHamlet.split(":")[1];
		var before = RowCounts.of(jdbc);
		var response = fx.postJson(user, "/api/v1/households",
				Map.of("unitCode", hamlet, "code", HouseholdFixtures.uniqueCode(), "address", "Số 1"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(response.getContentAsString(StandardCharsets.UTF_8)), "unitCode"))
			.containsExactly("Ấp/khu phố không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void householdCodeIsUniqueInTheCommuneWhateverItsCase() throws Exception {
		String code = HouseholdFixtures.uniqueCode();
		fx.createHousehold(HouseholdFixtures.CA_BAN, code);
		var before = RowCounts.of(jdbc);
		var response = fx.postJson("xa", "/api/v1/households",
				Map.of("unitCode", HouseholdFixtures.AP_2, "code", code.toLowerCase(), "address", "Số 2"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(response.getContentAsString(StandardCharsets.UTF_8)), "code"))
			.containsExactly("Mã hộ này đã có trong xã.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	// --- lists --------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void apiListHoldsExactlyTheHouseholdsInScope(String user) throws Exception {
		Set<UUID> inScope = inScope(user);
		List<UUID> listed = fx.listIds(user, "");
		assertThat(new HashSet<>(listed)).isEqualTo(inScope);
		assertThat(listed).hasSameSizeAs(inScope).doesNotContain(outsideFor(user).household());
		assertThat(fx.listIds(user, "covered=false")).isSubsetOf(inScope).doesNotContain(outsideFor(user).household());
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void apiListOfAUnitOutsideScopeIsNotFound(String user) throws Exception {
		String unit = user.equals("xa") ? OTHER_COMMUNE_HAMLET : HouseholdFixtures.AP_2;
		var response = fx.getRaw(user, "/api/v1/households?unit=" + unit);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(outsideFor(user).code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void listPageCountsAndShowsOnlyTheHouseholdsInScope(String user) throws Exception {
		Set<UUID> inScope = inScope(user);
		String html = page(user, "/households");
		assertThat(html).contains("Tổng: " + String.format("%,d", inScope.size()).replace(',', '.'));
		assertThat(inScope).containsAll(linkedHouseholds(html));
		assertThat(linkedHouseholds(page(user, "/households?q=" + outsideFor(user).code()))).isEmpty();
		assertThat(linkedHouseholds(page(user, "/households?q=" + outsideFor(user).name()))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void householdsToVisitAreOnlyTheCallersOwn(String user) throws Exception {
		List<UUID> listed = linkedHouseholds(page(user, "/households/to-visit"));
		assertThat(listed).isNotEmpty();
		assertThat(inScope(user)).containsAll(listed);
		assertThat(listed).doesNotContain(outsideFor(user).household());
	}

	// --- helpers ------------------------------------------------------------------------------

	private Set<UUID> inScope(String user) {
		return new HashSet<>(jdbc.sql("""
				select h.id from household h join admin_unit u on u.id = (select unit_id from app_user where username = ?)
				where h.unit_path <@ u.path
				""").param(user).query(UUID.class).list());
	}

	private void notFoundApi(String user, MockHttpServletResponse response, Outside o) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("%s: %s", user, body).isEqualTo(404);
		assertThat(body).doesNotContain(o.name()).doesNotContain(o.code());
	}

	private void notFoundPage(String user, MockHttpServletRequestBuilder request, Outside o) throws Exception {
		var response = mvc.perform(request.with(new DemoUsers(users).as(user))).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("%s %s", user, request).isEqualTo(404);
		assertThat(body).doesNotContain(o.name()).doesNotContain(o.code());
	}

	private String consentState(UUID resident) {
		return jdbc.sql("select coalesce(consent_at::text, '-') || full_name || coalesce(phone, '-') || (erased_at is null)"
				+ " from resident where id = ?").param(resident).query(String.class).single();
	}

	private boolean covered(UUID household) {
		return jdbc.sql("select coalesce(covered_from <= date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')::date, false)"
				+ " from household where id = ?").param(household).query(Boolean.class).single();
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s as %s", url, user).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static final Pattern HOUSEHOLD_LINK = Pattern.compile("href=\"/households/([0-9a-f-]{36})\"");

	static List<UUID> linkedHouseholds(String html) {
		Matcher m = HOUSEHOLD_LINK.matcher(html);
		List<UUID> ids = new ArrayList<>();
		while (m.find()) {
			UUID id = UUID.fromString(m.group(1));
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}
}
