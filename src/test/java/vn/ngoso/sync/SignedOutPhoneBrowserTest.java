package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.Browser;
import vn.ngoso.support.FieldAccount;
import vn.ngoso.support.HouseholdFixtures;

/**
 * The phone after its member's account was taken away, with a visit recorded offline still in
 * its queue: signed out elsewhere, the app drops the token that now answers 401 and keeps the
 * visit for the next sign-in, which sends it; signing out on the phone leaves no households and
 * no working token on it; told the member left the team, it drops the team's households and shows
 * why the visit is not sent, keeping it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignedOutPhoneBrowserTest {

	static final String NO_LONGER_IN_TEAM = "Bạn không còn là thành viên của tổ nên không thể xem hay gửi dữ liệu của tổ nữa.";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private Browser browser;

	private FieldAccount member;

	@BeforeEach
	void setUp() throws Exception {
		member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		new HouseholdFixtures(mvc, jdbc).addAdult(member.household);
		browser = Browser.open("http://localhost:" + port);
		browser.useSize(360, 740);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void signedOutElsewhereThePhoneDropsItsDeadTokenKeepsTheVisitAndSendsItAfterTheNextSignIn() throws Exception {
		Browser b = browser;
		b.signIn(member.username, FieldAccount.PASSWORD);
		String session = b.driver().manage().getCookieNamed("SESSION").getValue();
		String csrf = (String) b.driver().executeScript(
				"var h = JSON.parse(document.body.getAttribute('hx-headers')); return h[Object.keys(h)[0]];");
		String visit = visitRecordedOffline();
		String token = (String) phone().get("token");

		// the same session signs out from another tab, where the field app does not run
		var logout = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
			.header("Cookie", "SESSION=" + session).header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(status("Bearer " + token)).as("the device token after signing out").isEqualTo(401);

		pageNetwork(true);
		new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> phone().get("token") == null);
		assertThat(phone().get("queue")).as("the visit waits for the next sign-in").isEqualTo(1L);
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#field-status .queue"),
				"Đăng nhập lại để gửi"));
		assertThat(visits(visit)).isZero();

		b.signIn(member.username, FieldAccount.PASSWORD);
		new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> visits(visit) == 1);
	}

	@Test
	void signingOutOnThePhoneLeavesNoHouseholdAndNoWorkingTokenOnIt() throws Exception {
		Browser b = browser;
		b.signIn(member.username, FieldAccount.PASSWORD);
		b.menu("Hộ cần thăm");
		b.waiting().until(ExpectedConditions.urlMatches("/households/to-visit$"));
		b.waitForFieldApp();
		assertThat(phone().get("households")).isEqualTo(1L);
		String token = (String) phone().get("token");
		assertThat(status("Bearer " + token)).isEqualTo(200);

		b.find(By.cssSelector(".quick .more summary")).click(); // on a phone, sign-out is under "Thêm"
		b.find(By.cssSelector("form.logout button")).click();
		b.waiting().until(ExpectedConditions.urlContains("/login?logout"));

		Map<String, Object> left = phone();
		assertThat(left.get("households")).isEqualTo(0L);
		assertThat(left.get("token")).isNull();
		assertThat(b.driver().executeAsyncScript("var done = arguments[0]; caches.has('ngoso-pages').then(done);"))
			.as("the offline shell is gone").isEqualTo(false);
		assertThat(status("Bearer " + token)).isEqualTo(401);
	}

	@Test
	void toldTheMemberLeftThePhoneDropsTheTeamsHouseholdsAndShowsWhyTheVisitWaits() throws Exception {
		Browser b = browser;
		b.signIn(member.username, FieldAccount.PASSWORD);
		String visit = visitRecordedOffline();

		member.leave();
		pageNetwork(true);

		new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> Long.valueOf(0).equals(phone().get("households")));
		assertThat(phone().get("queue")).isEqualTo(1L);
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#field-status .queue"),
				NO_LONGER_IN_TEAM));
		assertThat(visits(visit)).isZero();

		b.go("/households/to-visit");
		assertThat(b.find(By.id("left-team")).getText()).contains(NO_LONGER_IN_TEAM);
	}

	/**
	 * Loads the team on the phone, then records a visit to the member's household while the
	 * phone's own calls fail (the page's network off; pages still come through the service
	 * worker): the visit stays in the queue. Its id.
	 */
	private String visitRecordedOffline() {
		Browser b = browser;
		b.menu("Hộ cần thăm");
		b.waiting().until(ExpectedConditions.urlMatches("/households/to-visit$"));
		b.waitForFieldApp();
		b.go("/households/" + member.household + "/visits/new");
		WebElement form = b.find(By.id("visit-form"));
		pageNetwork(false);
		String id = form.findElement(By.name("visitId")).getAttribute("value");
		WebElement toggle = form.findElements(By.cssSelector("label.toggle:not(.done)")).get(0);
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
		toggle.click();
		b.find(By.id("save-visit")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Đã lưu trên máy"));
		assertThat(phone().get("queue")).isEqualTo(1L);
		return id;
	}

	/** DevTools network emulation for the page alone: its calls fail, {@code navigator.onLine} follows. */
	private void pageNetwork(boolean on) {
		var conditions = new ChromiumNetworkConditions();
		conditions.setOffline(!on);
		conditions.setLatency(Duration.ZERO);
		browser.driver().setNetworkConditions(conditions);
	}

	/** What the phone holds: households and queued records counted, the stored token. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> phone() {
		return (Map<String, Object>) browser.driver().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var open = indexedDB.open('ngoso-field', 1);
				open.onsuccess = function () {
				  var d = open.result, out = {};
				  var x = d.transaction(['households', 'queue', 'meta'], 'readonly');
				  x.objectStore('households').count().onsuccess = function (e) { out.households = e.target.result; };
				  x.objectStore('queue').count().onsuccess = function (e) { out.queue = e.target.result; };
				  x.objectStore('meta').get('token').onsuccess = function (e) { out.token = e.target.result ? e.target.result.token : null; };
				  x.oncomplete = function () { d.close(); done(out); };
				};
				""");
	}

	private int status(String bearer) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sync/status"))
			.header("Authorization", bearer).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private long visits(String id) {
		return jdbc.sql("select count(*) from visit where id = ?").param(UUID.fromString(id)).query(Long.class).single();
	}
}
