package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.feedback.FeedbackItem;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.platform.ScopedPrincipal;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/**
 * The home page per role: a member's households to visit, tasks and waiting records; a team
 * leader's week; an agency's inbox (overdue first); a partner's contributions; an officer's
 * figures. And no dead link: every page the menu or the home page of a demo role links to opens
 * for that role.
 */
@IntegrationTest
class HomePagesTest {

	private static final List<String> ROLES = List.of("admin", "tinh", "huyen", "xa", "totruong", "thanhvien", "coquan",
			"doitac");

	private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"]*)\"");

	private static final Pattern HEAD_NAME = Pattern.compile("class=\"head-name\">([^<]+)<");

	private static final Pattern HOUSEHOLD = Pattern.compile("href=\"/households/([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Feedbacks feedbacks;

	private String page(String role, String path) throws Exception {
		var response = mvc.perform(get(path).with(new DemoUsers(users).as(role))).andReturn().getResponse();
		assertThat(response.getStatus()).as(role + " " + path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String part(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("#" + id).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void aMemberSeesTheFirstHouseholdsToVisitTheirOpenTasksAndTheRecordsWaitingToSend() throws Exception {
		String home = page("thanhvien", "/");
		List<String> shown = matches(HOUSEHOLD, part(home, "home-to-visit"));
		List<String> toVisit = matches(HOUSEHOLD, page("thanhvien", "/households/to-visit"));
		assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(5).isEqualTo(toVisit.subList(0, shown.size()));
		assertThat(part(home, "home-to-visit")).contains("href=\"/households/to-visit\"");
		// each card names its head of household, as "Hộ cần thăm" does
		List<String> names = every(HEAD_NAME, part(home, "home-to-visit"));
		assertThat(names).hasSameSizeAs(shown)
			.isEqualTo(every(HEAD_NAME, page("thanhvien", "/households/to-visit")).subList(0, shown.size()));
		assertThat(part(home, "home-tasks")).contains("href=\"/tasks/mine\"");
		// the count comes from the phone's queue, filled by field.js as the offline bar is
		assertThat(part(home, "home-queue")).contains("data-field-queued").contains("href=\"/sync\"");
		assertThat(home).doesNotContain("id=\"communes-with-teams\"").doesNotContain("id=\"home-week\"");
	}

	@Test
	void theTasksOnAMembersHomeAreTheOpenOnesOfTheirTaskList() throws Exception {
		String home = part(page("thanhvien", "/"), "home-tasks");
		List<String> mine = matches(Pattern.compile("href=\"/tasks/([0-9]+)\""), page("thanhvien", "/tasks/mine"));
		for (String id : matches(Pattern.compile("href=\"/tasks/([0-9]+)\""), home)) {
			assertThat(mine).contains(id);
			String status = jdbc.sql("select status from task where id = ?").param(Long.parseLong(id)).query(String.class).single();
			assertThat(status).isIn("NEW", "IN_PROGRESS", "OVERDUE");
		}
	}

	@Test
	void aTeamLeaderSeesTheTeamsWeekByMemberTheTeamsTasksAndTheHouseholdsNotCovered() throws Exception {
		String home = page("totruong", "/");
		ScopedPrincipal leader = (ScopedPrincipal) users.loadUserByUsername("totruong");
		long team = leader.scope().teamId();
		List<String> active = jdbc.sql("select full_name from member where team_id = ? and left_on is null")
			.param(team).query(String.class).list();
		List<List<String>> rows = Html.tableRows(home, "week-by-member");
		assertThat(rows.stream().map(r -> r.get(0)).toList()).containsExactlyInAnyOrderElementsOf(active);
		LocalDate today = feedbacks.today();
		long visits = jdbc.sql("""
				select count(*) from visit v join visit_member vm on vm.visit_id = v.id join member m on m.id = vm.member_id
				where v.team_id = ? and m.left_on is null and v.visited_on between ? and ?""")
			.params(team, today.with(DayOfWeek.MONDAY), today).query(Long.class).single();
		assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(1).replace(".", ""))).sum()).isEqualTo(visits);
		assertThat(part(home, "home-week")).contains(String.valueOf(visits));
		assertThat(part(home, "home-tasks")).contains("href=\"/tasks/mine\"");
		assertThat(part(home, "home-not-covered")).contains("href=\"/households?covered=false\"");
		assertThat(home).doesNotContain("id=\"home-to-visit\"").doesNotContain("id=\"communes-with-teams\"");
	}

	@Test
	void anAgencySeesItsOpenInboxWithTheItemsOverdueAsOfTodayFirst() throws Exception {
		String home = page("coquan", "/");
		String inbox = part(home, "home-inbox");
		List<FeedbackItem> open = as("coquan", () -> feedbacks.inbox(true));
		LocalDate today = feedbacks.today();
		long overdue = open.stream().filter(i -> i.overdue(today)).count();
		assertThat(inbox).contains("id=\"inbox-open\">" + open.size() + "<").contains("id=\"inbox-overdue\">" + overdue + "<");
		List<String> shown = matches(Pattern.compile("href=\"/feedback/([0-9a-f-]{36})\""), inbox);
		assertThat(shown).hasSize(Math.min(10, open.size()));
		// overdue items first: no late one after one still in time
		List<Boolean> late = shown.stream()
			.map(id -> open.stream().filter(i -> i.id().toString().equals(id)).findFirst().orElseThrow().overdue(today))
			.toList();
		assertThat(late.indexOf(false) < 0 || late.lastIndexOf(true) < late.indexOf(false)).as("overdue first: " + late).isTrue();
		assertThat(home).doesNotContain("href=\"/notifications\"").doesNotContain("href=\"/teams");
	}

	@Test
	void aPartnerSeesItsContributionsAndNoLinkItCannotOpen() throws Exception {
		String home = page("doitac", "/");
		assertThat(part(home, "home-contributions")).contains("href=\"/partners/mine\"");
		assertThat(home).doesNotContain("href=\"/notifications\"").doesNotContain("href=\"/teams");
	}

	@Test
	void anOfficerSeesTheFiguresOfTheirUnitAndQuickLinks() throws Exception {
		String home = page("xa", "/");
		assertThat(home).contains("id=\"teams\"").contains("id=\"members\"");
		assertThat(part(home, "home-officer")).contains("href=\"/dashboard\"").contains("href=\"/feedback\"");
		assertThat(home).doesNotContain("id=\"home-to-visit\"").doesNotContain("id=\"home-inbox\"");
	}

	@Test
	void everyLinkOfTheMenuAndTheHomePageOpensForEachRole() throws Exception {
		List<String> dead = new ArrayList<>();
		for (String role : ROLES) {
			String home = page(role, "/");
			Set<String> links = new LinkedHashSet<>();
			for (String region : List.of("header", "main")) {
				int start = home.indexOf("<" + region);
				links.addAll(matches(HREF, home.substring(start, home.indexOf("</" + region + ">", start))));
			}
			links.removeIf(l -> l.contains("lang=") || l.matches(".*\\.(xlsx|pdf|csv|ico|png)(\\?.*)?$"));
			assertThat(links).as(role).contains("/");
			for (String link : links) {
				int status = mvc.perform(get(Html.unescape(link)).with(new DemoUsers(users).as(role))).andReturn()
					.getResponse().getStatus();
				if (status == 403 || status == 404 || status >= 500) {
					dead.add(role + " " + link + " → " + status);
				}
			}
		}
		assertThat(dead).isEmpty();
	}

	@Test
	void theMenuNamesEachPageOnceAndSaysWhatItIs() throws Exception {
		String nav = page("admin", "/");
		nav = nav.substring(nav.indexOf("<nav class=\"nav\""), nav.indexOf("</nav>", nav.indexOf("<nav class=\"nav\"")));
		assertThat(nav).contains(">Trang chủ<").contains(">Bảng điều khiển<").contains(">Đối chiếu số liệu<")
			.contains(">Số liệu cơ quan báo cáo<").doesNotContain(">Tổng quan<").doesNotContain(">Số liệu<");
		List<String> labels = matches(Pattern.compile(">([^<>]+)</a>"), nav);
		assertThat(labels).doesNotHaveDuplicates();
	}

	private <T> T as(String username, java.util.function.Supplier<T> call) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Every match in order, repeats kept (two heads may share a name). */
	private static List<String> every(Pattern pattern, String html) {
		return pattern.matcher(html).results().map(r -> r.group(1)).toList();
	}

	private static List<String> matches(Pattern pattern, String html) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return new ArrayList<>(found);
	}
}
