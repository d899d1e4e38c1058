package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.households.HouseholdScopeTest.linkedHouseholds;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * The household pages as an officer and a member use them: the list with its filters (covered,
 * not visited for N days, missing consent, code or name typed without diacritics), the table
 * alone for htmx, "Hộ cần thăm" sorted by need, and the visit form that saves and comes back to
 * the household with a message.
 */
@IntegrationTest
class HouseholdPagesTest {

	/** A hamlet of the class's own, with a team of one member, and four households in it. */
	private static CommuneFixtures.Hamlet hamlet;

	private static long member;

	private static UUID covered;

	private static UUID visitedLongAgo;

	private static UUID visitedLately;

	private static UUID neverVisited;

	private static String neverVisitedCode;

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
		if (hamlet == null) {
			var commune = new CommuneFixtures(mvc, users);
			hamlet = commune.newHamlet();
			member = commune.addMember(commune.newTeam(hamlet)).get("id").asLong();
			covered = householdVisited(today().minusDays(3), "FLUENT");
			visitedLongAgo = householdVisited(today().minusDays(45), "SMARTPHONE");
			visitedLately = householdVisited(today().minusDays(5), "CASHLESS");
			neverVisitedCode = HouseholdFixtures.uniqueCode();
			neverVisited = UUID.fromString(fx.createHousehold(hamlet.code(), neverVisitedCode).get("id").asString());
			fx.addResident(neverVisited, HouseholdFixtures.resident("Đặng Thị Ánh Nguyệt", today().minusYears(52), "FEMALE",
					"HEAD", null, null));
		}
	}

	/** A household with one consenting adult, visited on that day with that outcome. */
	private UUID householdVisited(LocalDate on, String item) throws Exception {
		UUID household = fx.newHousehold(hamlet.code());
		Map<String, Object> adult = HouseholdFixtures.adult();
		adult.put("consentMethod", "PAPER");
		UUID resident = UUID.fromString(fx.addResident(household, adult).get("id").asString());
		var response = fx.postVisit("xa", HouseholdFixtures.visit(UUID.randomUUID(), household, on, List.of(member),
				Map.of(resident, List.of(item))));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return household;
	}

	// --- the list and its filters ---------------------------------------------------------------

	@Test
	void hamletFilterListsTheHamletsHouseholds() throws Exception {
		assertThat(listed("")).containsExactlyInAnyOrder(covered, visitedLongAgo, visitedLately, neverVisited);
	}

	@Test
	void notCoveredFilterLeavesOutTheCoveredHousehold() throws Exception {
		assertThat(listed("&covered=false")).containsExactlyInAnyOrder(visitedLongAgo, visitedLately, neverVisited);
		assertThat(listed("&covered=true")).containsExactly(covered);
	}

	@Test
	void notVisitedForThirtyDaysListsTheLongAgoAndTheNeverVisited() throws Exception {
		assertThat(listed("&notVisitedDays=30")).containsExactlyInAnyOrder(visitedLongAgo, neverVisited);
		assertThat(listed("&notVisitedDays=4")).containsExactlyInAnyOrder(visitedLongAgo, visitedLately, neverVisited);
	}

	@Test
	void missingConsentFilterListsTheHouseholdWhoseResidentHasNotAgreed() throws Exception {
		assertThat(listed("&missingConsent=true")).containsExactly(neverVisited);
	}

	@Test
	void filtersCombine() throws Exception {
		assertThat(listed("&covered=false&notVisitedDays=30&missingConsent=true")).containsExactly(neverVisited);
	}

	@Test
	void searchFindsTheHouseholdByPartOfItsCodeInAnyCase() throws Exception {
		assertThat(listed("&q=" + neverVisitedCode.substring(3).toLowerCase())).containsExactly(neverVisited);
	}

	@Test
	void searchFindsAResidentsNameTypedWithoutDiacritics() throws Exception {
		assertThat(listed("&q=dang thi anh nguyet")).containsExactly(neverVisited);
		assertThat(listed("&q=Đặng Thị Ánh")).containsExactly(neverVisited);
		assertThat(listed("&q=DANG THI ANH NGUYET")).containsExactly(neverVisited);
	}

	@Test
	void searchWithoutAMatchSaysSo() throws Exception {
		String html = html(get("/households").param("unitId", String.valueOf(hamlet.id())).param("q", "khong ai ten nay"), "xa");
		assertThat(html).contains("Tổng: 0").contains("Không có dữ liệu.");
	}

	@Test
	void listIsAWholePageWithTheFiltersNormally() throws Exception {
		String html = html(get("/households").param("unitId", String.valueOf(hamlet.id())), "xa");
		assertThat(html).contains("<html").contains("<nav class=\"nav\"").contains("<form class=\"filters\"")
			.contains("<div id=\"household-table\"").contains(neverVisitedCode);
	}

	@Test
	void listIsOnlyTheTableForHtmxAndKeepsTheFilters() throws Exception {
		String html = html(get("/households").param("unitId", String.valueOf(hamlet.id())).param("covered", "false")
			.header("HX-Request", "true"), "xa");
		assertThat(html).doesNotContain("<html").doesNotContain("<nav").doesNotContain("class=\"filters\"");
		assertThat(html.strip()).startsWith("<div id=\"household-table\"");
		assertThat(linkedHouseholds(html)).containsExactlyInAnyOrder(visitedLongAgo, visitedLately, neverVisited);
	}

	@Test
	void emptyFilterValuesFromTheFormMeanNoFilter() throws Exception {
		String html = html(get("/households").param("unitId", String.valueOf(hamlet.id())).param("covered", "")
			.param("notVisitedDays", "").param("q", ""), "xa");
		assertThat(linkedHouseholds(html)).hasSize(4);
	}

	// --- households to visit ----------------------------------------------------------------------

	@Test
	void householdsToVisitPutTheNotCoveredAndNeverVisitedFirstThenTheLongestUnvisited() throws Exception {
		UUID coveredHere = fx.newHouseholdInCaBan();
		fx.recordVisit(coveredHere, today().minusDays(60), Map.of(fx.addAdult(coveredHere), List.of("FLUENT")));
		UUID lately = fx.newHouseholdInCaBan();
		fx.recordVisit(lately, today().minusDays(2), Map.of(fx.addAdult(lately), List.of("SMARTPHONE")));
		UUID longAgo = fx.newHouseholdInCaBan();
		fx.recordVisit(longAgo, today().minusDays(40), Map.of(fx.addAdult(longAgo), List.of("SMARTPHONE")));
		UUID never = fx.newHouseholdInCaBan();

		List<UUID> order = linkedHouseholds(toVisitEveryPage("thanhvien")).stream()
			.filter(List.of(coveredHere, lately, longAgo, never)::contains).toList();

		assertThat(order).containsExactly(never, longAgo, lately, coveredHere);
	}

	@Test
	void householdsToVisitOfTheMemberAreSortedByNeed() throws Exception {
		UUID fresh = fx.newHouseholdInCaBan();
		UUID visited = fx.newHouseholdInCaBan();
		fx.recordVisit(visited, today().minusDays(1), Map.of(fx.addAdult(visited), List.of("SMARTPHONE")));
		assertThat(html(get("/households/to-visit"), "thanhvien")).contains("<h1>Hộ cần thăm</h1>");
		String html = toVisitEveryPage("thanhvien");
		List<UUID> order = linkedHouseholds(html);
		assertThat(order).contains(fresh, visited);
		assertThat(order.indexOf(fresh)).isLessThan(order.indexOf(visited));

		record Need(boolean covered, LocalDate lastVisit) {
		}
		List<Need> needs = order.stream().map(id -> jdbc.sql("select coalesce(covered_from <= date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')::date, false)"
				+ " as covered, last_visit_on from household where id = ?")
			.param(id).query((rs, n) -> new Need(rs.getBoolean(1), rs.getObject(2, LocalDate.class))).single()).toList();
		for (int i = 1; i < needs.size(); i++) {
			Need a = needs.get(i - 1);
			Need b = needs.get(i);
			boolean inOrder = !a.covered() && b.covered()
					|| a.covered() == b.covered() && (a.lastVisit() == null
							|| b.lastVisit() != null && !a.lastVisit().isAfter(b.lastVisit()));
			assertThat(inOrder).as("position %d %s before %d %s", i - 1, a, i, b).isTrue();
		}
		assertThat(needs.get(0).covered()).isFalse();
		assertThat(needs.get(0).lastVisit()).isNull();
	}

	@Test
	void memberFindsHouseholdsToVisitInTheMenu() throws Exception {
		assertThat(html(get("/"), "thanhvien")).contains("href=\"/households/to-visit\"");
	}

	// --- the visit form ---------------------------------------------------------------------------

	@Test
	void visitFormOffersOneToggleForEveryItemOfEveryAdultWithTheMemberPreselected() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID adult = fx.addAdult(household);
		UUID child = fx.addChild(household);
		String html = html(get("/households/" + household + "/visits/new"), "thanhvien");
		Matcher toggles = Pattern.compile("name=\"outcome\" value=\"" + adult + ":([A-Z_]+)\"").matcher(html);
		int count = 0;
		while (toggles.find()) {
			count++;
		}
		assertThat(count).isEqualTo(ReadinessItem.values().length);
		assertThat(html).doesNotContain(child.toString()).contains("Đã cài ứng dụng Long An Số")
			.contains("Sử dụng thành thạo");
		assertThat(html).containsPattern("name=\"visitId\" value=\"[0-9a-f-]{36}\"");
		assertThat(html).contains("name=\"date\" value=\"" + vn.ngoso.platform.web.DateText.show(today()) + "\"");
		assertThat(html).containsPattern("value=\"" + fx.memberIdOf("thanhvien") + "\" checked");
	}

	@Test
	void visitFormOffersTodayInVietnamAndNoLaterDay() throws Exception {
		// Between midnight and 7 a.m. in Vietnam the server's own zone (UTC) is still on yesterday: a
		// limit taken from it made the browser refuse to send a visit dated today.
		String html = html(get("/households/" + fx.newHouseholdInCaBan() + "/visits/new"), "thanhvien");
		assertThat(html).contains("id=\"date\" name=\"date\" value=\"" + vn.ngoso.platform.web.DateText.show(today()) + "\"");
	}

	@Test
	void visitFormSavesAndComesBackToTheHouseholdWithAMessage() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID adult = fx.addAdult(household);
		MvcResult result = mvc.perform(post("/households/" + household + "/visits")
				.with(new DemoUsers(users).as("thanhvien")).with(csrf())
				.param("visitId", UUID.randomUUID().toString()).param("date", today().toString())
				.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien")))
				.param("outcome", adult + ":PROVINCIAL_APP").param("outcome", adult + ":FLUENT")
				.param("note", "Cài Long An Số cho chị"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/households/" + household);
		assertThat(result.getFlashMap().get("flash")).isEqualTo("visit.recorded");

		String html = mvc.perform(get("/households/" + household).with(new DemoUsers(users).as("thanhvien"))
				.with(SessionCookie.of(result.getResponse()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Đã ghi nhận chuyến thăm.").contains("id=\"covered-badge\"");
		assertThat(fx.resident("xa", household, adult).get("profile").propertyNames())
			.containsExactlyInAnyOrder("PROVINCIAL_APP", "FLUENT");
		assertThat(fx.getJson("xa", "/api/v1/visits?household=" + household).get(0).get("note").asString())
			.isEqualTo("Cài Long An Số cho chị");
	}

	@Test
	void refusedVisitFormKeepsWhatWasTapped() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID adult = fx.addAdult(household);
		String html = html(post("/households/" + household + "/visits").with(csrf())
			.param("visitId", UUID.randomUUID().toString()).param("date", today().plusDays(2).toString())
			.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien"))).param("outcome", adult + ":VSSID")
			.param("note", "ghi chú giữ lại"), "thanhvien");
		assertThat(html).contains("Ngày thăm không được ở tương lai.");
		assertThat(html).containsPattern("value=\"" + adult + ":VSSID\"\\s+checked");
		assertThat(html).doesNotContainPattern("value=\"" + adult + ":FLUENT\"\\s+checked");
		assertThat(html).contains("ghi chú giữ lại");
	}

	@Test
	void theResidentFormOffersHeadOfHouseholdUntilTheHouseholdHasOneThenChild() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		assertThat(html(get("/households/" + household + "/residents/new"), "xa"))
			.containsPattern("<option value=\"HEAD\" selected")
			.doesNotContainPattern("<option value=\"CHILD\" selected");
		fx.addResident(household, HouseholdFixtures.adult());
		assertThat(html(get("/households/" + household + "/residents/new"), "xa"))
			.containsPattern("<option value=\"CHILD\" selected")
			.doesNotContainPattern("<option value=\"HEAD\" selected");
	}

	/** PostgreSQL refuses a NUL in text: the form used to end in a 500. */
	@Test
	void aNulInTheResidentFormIsShownBesideTheFieldAndAddsNobody() throws Exception {
		UUID household = fx.newHouseholdInCaBan();

		String html = html(post("/households/" + household + "/residents").with(csrf())
			.param("fullName", "Lê Thị\u0000 Dán").param("birthYear", "1990").param("sex", "FEMALE").param("relation", "HEAD"),
				"xa");

		assertThat(html).contains("Vui lòng sửa các ô được đánh dấu bên dưới.");
		assertThat(html).containsPattern("id=\"fullName\"[^>]*invalid")
			.contains("<p class=\"field-error\">Có ký tự điều khiển không hợp lệ");
		assertThat(jdbc.sql("select count(*) from resident where household_id = ?").param(household).query(Long.class).single())
			.isZero();
	}

	/** Answered by the pages' own advice, not Boot's problem JSON (which used to come first). */
	@Test
	void anAddressWhoseIdIsNoIdIsTheNotFoundPage() throws Exception {
		var response = mvc.perform(get("/households/not-an-id").with(new DemoUsers(users).as("xa"))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy");
	}

	// --- helpers ----------------------------------------------------------------------------------

	/** Households the list page shows for the class's hamlet with these extra parameters, as xa. */
	private List<UUID> listed(String query) throws Exception {
		String url = "/households?unitId=" + hamlet.id() + query;
		List<UUID> page = linkedHouseholds(html(get(url), "xa"));
		assertThat(linkedHouseholds(html(get(url).header("HX-Request", "true"), "xa")))
			.as("htmx table of %s", url).isEqualTo(page);
		return page;
	}

	/** "Hộ cần thăm" page after page, in order, as one text. */
	private String toVisitEveryPage(String user) throws Exception {
		StringBuilder all = new StringBuilder();
		for (int page = 0; page < 200; page++) {
			String html = html(get("/households/to-visit").param("page", String.valueOf(page)), user);
			all.append(html);
			if (!html.contains("rel=\"next\"")) {
				return all.toString();
			}
		}
		throw new AssertionError("more than 200 pages");
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		var response = mvc.perform(request.with(new DemoUsers(users).as(user))).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
