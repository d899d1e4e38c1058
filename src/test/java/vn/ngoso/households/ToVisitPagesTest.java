package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.households.HouseholdScopeTest.linkedHouseholds;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.FieldAccount;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * "Hộ cần thăm" as a member of a new team uses it: each card names the head of household, a
 * search by name, code or address with or without diacritics, the filters (hamlet, not covered,
 * never visited) and pages of 20 that keep them, bad parameters that still give a page, and never
 * a household of another hamlet whatever the parameters say.
 */
@IntegrationTest
class ToVisitPagesTest {

	private static FieldAccount member;

	private static UUID withHead;

	private static String withHeadCode;

	private static UUID childOnly;

	private static UUID empty;

	private static UUID visited;

	private static UUID covered;

	/** A household of Ấp Cả Bản, outside the member's scope. */
	private static UUID outside;

	private static String outsideCode;

	private static final String OUTSIDE_HEAD = "Quách Thị Ngoài Phạm Vi";

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
		if (member != null) {
			return;
		}
		member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		String hamlet = member.hamlet.code();
		withHeadCode = HouseholdFixtures.uniqueCode();
		withHead = UUID.fromString(fx.createHousehold(hamlet, withHeadCode).get("id").asString());
		fx.addResident(withHead, HouseholdFixtures.resident("Lê Thị Vợ", today().minusYears(40), "FEMALE", "SPOUSE", null, null));
		fx.addResident(withHead, HouseholdFixtures.resident("Trần Văn Đông Bình", today().minusYears(44), "MALE", "HEAD", null, null));
		// the address the commune typed: only this household is in Đường Lê Lợi
		jdbc.sql("update household set address = 'Số 5, Đường Lê Lợi' where id = ?").param(withHead).update();
		childOnly = fx.newHousehold(hamlet);
		fx.addResident(childOnly, HouseholdFixtures.resident("Lý Thị Cúc", today().minusYears(20), "FEMALE", "CHILD", null, null));
		empty = fx.newHousehold(hamlet);
		visited = visitedWith(hamlet, "SMARTPHONE", 10);
		covered = visitedWith(hamlet, "FLUENT", 3);
		for (int i = 0; i < 20; i++) {
			fx.newHousehold(hamlet);
		}
		outsideCode = HouseholdFixtures.uniqueCode();
		outside = UUID.fromString(fx.createHousehold(HouseholdFixtures.CA_BAN, outsideCode).get("id").asString());
		fx.addResident(outside, HouseholdFixtures.resident(OUTSIDE_HEAD, today().minusYears(50), "FEMALE", "HEAD", null, null));
	}

	/** 26 households in the member's hamlet: the account's own, the five above and twenty more. */
	private static final int IN_HAMLET = 26;

	private UUID visitedWith(String hamlet, String item, int daysAgo) throws Exception {
		UUID household = fx.newHousehold(hamlet);
		UUID adult = fx.addAdult(household);
		var response = fx.postVisit("xa", HouseholdFixtures.visit(UUID.randomUUID(), household, today().minusDays(daysAgo),
				List.of(member.memberId), Map.of(adult, List.of(item))));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return household;
	}

	// --- the head of household -------------------------------------------------------------------

	@Test
	void everyCardNamesTheHeadOrTheFirstResidentOrSaysThereIsNone() throws Exception {
		String html = allPagesHtml("neverVisited=true");
		assertThat(card(html, withHead)).contains("Trần Văn Đông Bình").doesNotContain("Lê Thị Vợ");
		assertThat(card(html, childOnly)).contains("Lý Thị Cúc");
		assertThat(card(html, empty)).contains("(chưa có chủ hộ)");
	}

	@Test
	void theHouseholdListAndTheVisitFormNameTheHeadToo() throws Exception {
		String list = html(get("/households").param("unitId", String.valueOf(member.hamlet.id())).param("q", withHeadCode),
				"xa");
		assertThat(list).contains("Trần Văn Đông Bình").contains("Mã hộ · Chủ hộ");
		assertThat(html(get("/households/" + withHead + "/visits/new"), member.username)).contains("Trần Văn Đông Bình");
	}

	// --- filters and search ----------------------------------------------------------------------

	@Test
	void notCoveredLeavesOutTheCoveredHousehold() throws Exception {
		List<UUID> all = allPages("notCovered=true");
		assertThat(all).hasSize(IN_HAMLET - 1).doesNotContain(covered).contains(visited, withHead);
	}

	@Test
	void neverVisitedLeavesOutTheVisitedHouseholds() throws Exception {
		List<UUID> all = allPages("neverVisited=true");
		assertThat(all).hasSize(IN_HAMLET - 2).doesNotContain(covered, visited).contains(withHead, empty);
	}

	@Test
	void searchFindsTheHeadsNameWithOrWithoutDiacritics() throws Exception {
		assertThat(linkedHouseholds(toVisit("q=tran van dong binh"))).containsExactly(withHead);
		assertThat(linkedHouseholds(toVisit("q=Trần Văn Đông"))).containsExactly(withHead);
		assertThat(linkedHouseholds(toVisit("q=LY THI CUC"))).containsExactly(childOnly);
	}

	@Test
	void searchFindsTheCodeInAnyCaseAndTheAddressWithoutDiacritics() throws Exception {
		assertThat(linkedHouseholds(toVisit("q=" + withHeadCode.substring(3).toLowerCase()))).containsExactly(withHead);
		assertThat(linkedHouseholds(toVisit("q=duong le loi"))).containsExactly(withHead);
		assertThat(linkedHouseholds(toVisit("q=Đường Lê Lợi"))).containsExactly(withHead);
		assertThat(linkedHouseholds(toVisit("q=ĐƯỜNG LÊ"))).containsExactly(withHead);
	}

	@Test
	void searchAndFiltersCombineAndANoMatchSaysSo() throws Exception {
		assertThat(linkedHouseholds(toVisit("q=tran van dong binh&neverVisited=true"))).containsExactly(withHead);
		String nobody = toVisit("q=khong+ai+ten+nay");
		assertThat(linkedHouseholds(nobody)).isEmpty();
		assertThat(nobody).contains("Không có hộ nào khớp").contains("Bỏ lọc");
	}

	@Test
	void aHamletFilterNarrowsTheCommuneOfficersList() throws Exception {
		String html = html(get("/households/to-visit").param("unitId", String.valueOf(member.hamlet.id()))
			.param("neverVisited", "true").param("q", "đông bình"), "xa");
		assertThat(html).contains("<select name=\"unitId\"");
		assertThat(linkedHouseholds(html)).containsExactly(withHead);
	}

	// --- pages -----------------------------------------------------------------------------------

	@Test
	void pagesOfTwentyWithPreviousAndNextThatKeepTheFilters() throws Exception {
		String first = toVisit("notCovered=true");
		assertThat(linkedHouseholds(first)).hasSize(20);
		assertThat(first).contains("Trang 1/2").contains("25 hộ").doesNotContain("rel=\"prev\"");
		assertThat(HtmlUtils.htmlUnescape(first)).contains("href=\"/households/to-visit?notCovered=true&page=1\"");
		assertThat(HtmlUtils.htmlUnescape(toVisit("q=Kênh Thử&neverVisited=true"))).contains(
				"href=\"/households/to-visit?q=K%C3%AAnh%20Th%E1%BB%AD&neverVisited=true&page=1\"");
		String second = toVisit("notCovered=true&page=1");
		assertThat(linkedHouseholds(second)).hasSize(5).doesNotContainAnyElementsOf(linkedHouseholds(first));
		assertThat(second).contains("Trang 2/2").doesNotContain("rel=\"next\"");
		assertThat(HtmlUtils.htmlUnescape(second)).contains("href=\"/households/to-visit?notCovered=true&page=0\"");
	}

	@Test
	void aPageOutOfRangeOrUnreadableGivesTheFirstOrTheLast() throws Exception {
		assertThat(toVisit("page=-1")).contains("Trang 1/2");
		assertThat(toVisit("page=abc")).contains("Trang 1/2");
		assertThat(toVisit("page=99999999999999")).contains("Trang 2/2");
		assertThat(toVisit("page=7")).contains("Trang 2/2");
	}

	@Test
	void unknownFilterValuesAreLeftOut() throws Exception {
		String html = toVisit("notCovered=maybe&neverVisited=&unitId=&sort=whatever");
		assertThat(html).contains(IN_HAMLET + " hộ");
		// the member's own hamlet (the scope itself) narrows nothing
		html = toVisit("unitId=" + member.hamlet.id());
		assertThat(html).contains(IN_HAMLET + " hộ");
	}

	@Test
	void aHamletIdThatIsNoNumberGetsTheHouseErrorPageNotAFailure() throws Exception {
		var response = mvc.perform(get("/households/to-visit").param("unitId", "abc")
			.with(new DemoUsers(users).as(member.username))).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).isIn(400, 404);
	}

	@Test
	void htmxGetsTheListAlone() throws Exception {
		String html = html(get("/households/to-visit").param("neverVisited", "true").header("HX-Request", "true"),
				member.username);
		assertThat(html).doesNotContain("<html").doesNotContain("<form");
		assertThat(html.strip()).startsWith("<div id=\"to-visit-list\"");
	}

	// --- scope -----------------------------------------------------------------------------------

	@Test
	void noParameterShowsAMemberAHouseholdOfAnotherHamlet() throws Exception {
		for (String query : List.of("q=" + outsideCode, "q=quach thi ngoai pham vi", "q=" + outsideCode + "&page=1")) {
			String html = toVisit(query);
			assertThat(linkedHouseholds(html)).as(query).isEmpty();
			// the code typed stays in the search box, but no card carries it
			assertThat(html).as(query).doesNotContain(OUTSIDE_HEAD).doesNotContain("<strong>" + outsideCode);
		}
		assertThat(toVisit("")).doesNotContain("<select name=\"unitId\"");
	}

	@Test
	void anotherHamletAsAFilterIsNotFoundAndNamesNothing() throws Exception {
		long caBan = jdbc.sql("select unit_id from household where id = ?").param(outside).query(Long.class).single();
		var response = mvc.perform(get("/households/to-visit").param("unitId", String.valueOf(caBan)).param("q", outsideCode)
			.with(new DemoUsers(users).as(member.username))).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(OUTSIDE_HEAD)
			.doesNotContain(outside.toString());
	}

	// --- plumbing --------------------------------------------------------------------------------

	private String toVisit(String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/households/to-visit");
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				int eq = pair.indexOf('=');
				request.param(pair.substring(0, eq), pair.substring(eq + 1).replace('+', ' '));
			}
		}
		return html(request, member.username);
	}

	/** Every household of every page, following the "next" links. */
	private List<UUID> allPages(String query) throws Exception {
		return linkedHouseholds(allPagesHtml(query));
	}

	private String allPagesHtml(String query) throws Exception {
		StringBuilder all = new StringBuilder();
		for (int page = 0; page < 10; page++) {
			String html = toVisit(query + "&page=" + page);
			all.append(html);
			if (!html.contains("rel=\"next\"")) {
				return all.toString();
			}
		}
		throw new AssertionError("more than 10 pages");
	}

	/** The card of one household on the page. */
	private static String card(String html, UUID household) {
		var m = Pattern.compile("<li class=\"person\">((?:(?!</li>).)*" + household + "(?:(?!</li>).)*)</li>", Pattern.DOTALL)
			.matcher(html);
		assertThat(m.find()).as("a card for %s", household).isTrue();
		return m.group(1);
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		var response = mvc.perform(request.with(new DemoUsers(users).as(user))).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
