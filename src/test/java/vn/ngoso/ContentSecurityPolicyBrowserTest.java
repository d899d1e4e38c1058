package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * The main pages under the Content-Security-Policy in a real Chromium: nothing refused, no script
 * error in the console, htmx swaps and ECharts included. A template that brings back an inline
 * script, handler or {@code javascript:} link fails here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	private final List<String> errors = new ArrayList<>();

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	/** Opens a page, waits for it to be drawn, and keeps what the console said. */
	private void visit(String path) {
		browser.go(path);
		browser.waiting().until(d -> "complete".equals(browser.driver().executeScript("return document.readyState")));
		collect(path);
	}

	private void collect(String where) {
		browser.consoleErrors().stream()
			.filter(e -> !e.contains("/favicon.ico")) // no favicon yet: a 404, not a policy matter
			.forEach(e -> errors.add(where + ": " + e));
	}

	@Test
	void theMainPagesOfAnOfficerRunUnderThePolicy() {
		browser.go("/login");
		collect("/login");
		browser.signIn("xa", "demo");
		UUID household = jdbc.sql("""
				select h.id from household h join admin_unit u on u.id = h.unit_id
				where u.path <@ (select path from admin_unit where code = '27781' order by valid_from desc limit 1)
				order by h.code limit 1
				""").query(UUID.class).single();
		for (String path : List.of("/", "/households", "/dashboard", "/teams", "/households/" + household,
				"/households/" + household + "/visits/new", "/sync", "/tasks", "/reports/summary")) {
			visit(path);
		}

		// an htmx swap: the household search
		browser.go("/households");
		browser.find(By.cssSelector("input[name=q]")).sendKeys("Nguyễn");
		browser.waiting().until(ExpectedConditions.urlContains("q="));
		collect("/households search");

		// ECharts drew its charts
		browser.go("/dashboard");
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-chart] canvas")).isEmpty());
		collect("/dashboard charts");

		assertThat(errors).isEmpty();

		// and the watch works: an inline script slipped into the page is refused, and said so
		browser.driver().executeScript("var s = document.createElement('script');"
				+ " s.textContent = 'document.title = \"hacked\"'; document.head.appendChild(s);");
		assertThat(browser.driver().getTitle()).isNotEqualTo("hacked");
		assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("Content Security Policy"));
	}

	@Test
	void theFieldPagesOfATeamMemberRunUnderThePolicy() {
		browser.signIn("thanhvien", "demo");
		visit("/households/to-visit");
		browser.find(By.cssSelector("#to-visit > li a strong")).click();
		browser.waiting().until(ExpectedConditions.urlMatches("/households/[0-9a-f-]{36}$"));
		browser.find(By.tagName("h1"));
		collect("a household of the team");
		browser.find(By.id("record-visit")).click();
		browser.waiting().until(ExpectedConditions.urlMatches("/visits/new$"));
		browser.find(By.id("visit-form"));
		collect("the visit form");
		assertThat(errors).isEmpty();
	}
}
