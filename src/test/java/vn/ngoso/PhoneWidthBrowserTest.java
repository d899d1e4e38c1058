package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Every page a person reaches from their menu and home page fits a 360 px phone: the document is
 * no wider than the screen, and nothing sticks out of it except inside a box that scrolls sideways
 * on its own (a wide table in {@code .scroll-x}). For each of the eight demo roles and for a
 * citizen without an account, the pages are found the way a person finds them: the same-origin
 * links of the menu and the home page (all of them, for each role), then the links in the content
 * of those pages (each kind once, for whichever role reaches it first: the same template with
 * another scope would double the time for little). One page of each kind ({@code /teams/12} and
 * {@code /teams/40?page=2} are the same page), at most {@value #PAGES_PER_ROLE} per role.
 * Downloads, the language switch and sign-out are not followed.
 *
 * <p>Pages a role is refused (403) or that do not exist (404) are printed, not failed on: dead
 * links are a finding of their own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneWidthBrowserTest {

	private static final int PHONE = 360;

	private static final int PAGES_PER_ROLE = 60;

	private static final Set<String> NARROWING = Set.of("page", "q", "unitId", "unit", "from", "to");

	/** Anonymous first, the field roles last: their service worker stays with the browser. */
	private static final List<String> ROLES = List.of("admin", "tinh", "huyen", "xa", "coquan", "doitac", "totruong",
			"thanhvien");

	/**
	 * Links followed: the menu and the page's content (the header's notification link included).
	 * Pagination and filters come from the content too, once per kind of page.
	 */
	private static final String LINKS = """
			return Array.from(document.querySelectorAll(arguments[0]))
			  .filter(a => a.origin === location.origin && !a.hasAttribute('download'))
			  .map(a => a.pathname + a.search);
			""";

	/**
	 * What sticks out: the document's width, and the outermost elements whose right edge passes the
	 * viewport without an ancestor that scrolls or clips sideways.
	 */
	private static final String OVERFLOW = """
			const vw = document.documentElement.clientWidth;
			const boxed = e => {
			  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			    if (getComputedStyle(p).overflowX !== 'visible') return true;
			  }
			  return false;
			};
			const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			const wide = [];
			const seen = new Set();
			for (const e of document.body.querySelectorAll('*')) {
			  const r = e.getBoundingClientRect();
			  if (r.width === 0 || r.right <= vw + 1 || boxed(e)) continue;
			  let p = e.parentElement, inside = false;
			  for (; p; p = p.parentElement) if (seen.has(p)) { inside = true; break; }
			  seen.add(e);
			  if (!inside) wide.push(name(e) + ' ' + Math.round(r.width) + 'px to ' + Math.round(r.right));
			}
			return {viewport: vw, document: document.documentElement.scrollWidth, wide: wide.slice(0, 4),
			  status: (performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0};
			""";

	@LocalServerPort
	int port;

	/** Kinds of page already seen through a content link, by any role: each is laid out once. */
	private final Set<String> deeperKinds = new java.util.HashSet<>();

	@Test
	void everyPageOfEveryRoleFitsAPhone() {
		List<String> tooWide = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int visited = 0;
		long started = System.nanoTime();
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			browser.useSize(PHONE, 740);
			visited += visitAll(browser, "anonymous", List.of("/cong-dan", "/login"), tooWide, refused);
			for (String role : ROLES) {
				browser.driver().manage().deleteAllCookies();
				browser.signIn(role, "demo");
				visited += visitAll(browser, role, List.of("/"), tooWide, refused);
			}
		}
		System.out.printf("PhoneWidthBrowserTest: %d pages at %d px in %d s%n", visited, PHONE,
				(System.nanoTime() - started) / 1_000_000_000);
		if (!refused.isEmpty()) {
			System.out.println("Linked but refused or missing (a finding of its own, not failed on here):");
			refused.forEach(r -> System.out.println("  " + r));
		}
		assertThat(tooWide).as("pages wider than a %d px phone", PHONE).isEmpty();
	}

	/**
	 * Visits the start pages, then what their menu and content link to, then what those pages'
	 * content links to; one page of each kind, at most {@link #PAGES_PER_ROLE}.
	 */
	private int visitAll(Browser browser, String role, List<String> start, List<String> tooWide, List<String> refused) {
		Deque<Link> queue = new ArrayDeque<>();
		start.forEach(path -> queue.add(new Link(path, 0)));
		Set<String> kinds = new LinkedHashSet<>();
		start.forEach(path -> kinds.add(kind(path)));
		int visited = 0;
		while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
			Link link = queue.poll();
			browser.go(link.path());
			settle(browser);
			visited++;
			@SuppressWarnings("unchecked")
			Map<String, Object> found = (Map<String, Object>) browser.driver().executeScript(OVERFLOW);
			long status = ((Number) found.get("status")).longValue();
			String where = role + " " + link.path() + (browser.currentPath().equals(link.path()) ? "" : " → " + browser.currentPath());
			if (status == 403 || status == 404) {
				refused.add(where + ": " + status);
				continue;
			}
			long document = ((Number) found.get("document")).longValue();
			List<?> wide = (List<?>) found.get("wide");
			if (document > PHONE || !wide.isEmpty()) {
				tooWide.add(where + ": document " + document + " px, viewport " + found.get("viewport") + " px; " + wide);
			}
			if (link.depth() < 2) {
				// the menu is the same on every page: read it on the first one only
				String where2 = link.depth() == 0 ? "header a[href], main a[href]" : "main a[href]";
				@SuppressWarnings("unchecked")
				List<String> hrefs = (List<String>) browser.driver().executeScript(LINKS, where2);
				for (String href : hrefs) {
					// every page the menu and the home page link to, for each role; pages further in once for all roles
					if (followed(href) && kinds.add(kind(href)) && (link.depth() == 0 || deeperKinds.add(kind(href)))) {
						queue.add(new Link(href, link.depth() + 1));
					}
				}
			}
		}
		return visited;
	}

	/** Waits for htmx to finish what the page loads after itself. */
	private static void settle(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(browser.driver()
			.executeScript("return document.readyState === 'complete' && !document.querySelector('.htmx-request')")));
	}

	/** Pages, not downloads, files, APIs or actions. */
	private static boolean followed(String href) {
		String path = URI.create(href).getPath();
		return !path.matches(".*\\.(xlsx|pdf|csv|json|webmanifest|png|css|js)$") && !path.startsWith("/api/")
				&& !path.startsWith("/open311") && !path.equals("/logout") && !href.contains("lang=");
	}

	/**
	 * The kind of page: the path with its ids as {id}, and the names of its parameters apart from
	 * those that only narrow a list ({@code /teams?unitId=48&page=2} is {@code /teams}).
	 */
	static String kind(String href) {
		URI uri = URI.create(href);
		String path = uri.getPath().replaceAll("/([0-9]+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|$)", "/{id}");
		Set<String> names = new TreeSet<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		names.removeAll(NARROWING);
		return names.isEmpty() ? path : path + "?" + String.join("&", names);
	}

	private record Link(String path, int depth) {
	}
}
