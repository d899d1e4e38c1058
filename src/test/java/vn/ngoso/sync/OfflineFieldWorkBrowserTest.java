package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * A member loses signal in the lane: signs in as {@code thanhvien} on a 360 px phone, lets the app
 * load the team's households, then the network goes off (DevTools network emulation). He opens
 * two households from "Hộ cần thăm" (which also lists his open tasks, from the pull), records a
 * visit in each, reloads the page (it still opens, from the phone), and the bar says two records
 * wait. The network comes back: the queue goes out
 * by itself, and the server holds exactly those two visits, once each. Then, online, he corrects a
 * resident's phone number from the household page, and, offline again, adds a resident.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfflineFieldWorkBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port);
		browser.useSize(360, 740);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void twoVisitsRecordedWithoutNetworkReachTheServerOnceEachWhenItComesBack() {
		Browser b = browser;
		b.signIn("thanhvien", "demo");
		b.menu("Hộ cần thăm");
		b.waiting().until(ExpectedConditions.urlMatches("/households/to-visit$"));
		b.waitForFieldApp();

		b.network(false);
		List<String> visitIds = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			b.menu("Hộ cần thăm");
			openedFromThePhone("/households/to-visit", "#field-app #to-visit");
			if (i == 0) {
				// when the phone's copy was taken, written as every page writes a moment
				assertThat(b.find(By.cssSelector("#field-app p.muted.small")).getText())
					.matches("(?s).*Cập nhật lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$");
				// the open tasks came with the pull: the team's from the demo, not ấp 2's
				String tasks = b.find(By.id("field-tasks")).getText();
				assertThat(tasks).contains("Việc của tôi chưa xong", "Hướng dẫn kích hoạt VNeID mức 2", "Hạn ", "Tiến độ ")
					.doesNotContain("ở ấp 2");
				// each card names the head of household; the search and pages work from the phone's copy
				assertThat(b.driver().findElements(By.cssSelector("#to-visit > li .head-name"))).isNotEmpty()
					.allSatisfy(e -> assertThat(e.getText()).isNotBlank());
				assertThat(b.find(By.cssSelector("#to-visit-pager")).getText()).startsWith("Trang 1/");
				String first = b.find(By.cssSelector("#to-visit > li a.code strong")).getText();
				String head = b.find(By.cssSelector("#to-visit > li .head-name")).getText();
				b.go("/households/to-visit?q=" + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8));
				openedFromThePhone("/households/to-visit?q=" + first, "#field-app #to-visit");
				List<String> found = b.driver().findElements(By.cssSelector("#to-visit > li a.code strong")).stream()
					.map(WebElement::getText).toList();
				assertThat(found).contains(first).allSatisfy(c -> assertThat(c.toLowerCase()).contains(first.toLowerCase()));
				assertThat(b.find(By.cssSelector("#to-visit > li .head-name")).getText()).isEqualTo(head);
				assertThat(b.find(By.cssSelector("#to-visit-filters input[name=q]")).getAttribute("value")).isEqualTo(first);
				b.menu("Hộ cần thăm");
				openedFromThePhone("/households/to-visit", "#field-app #to-visit");
			}
			WebElement household = b.driver().findElements(By.cssSelector("#to-visit > li a.code strong")).stream()
				.filter(e -> !codes.contains(e.getText())).findFirst().orElseThrow();
			String code = household.getText();
			codes.add(code);
			household.click();
			b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), code));
			b.find(By.id("record-visit")).click();
			WebElement form = b.find(By.cssSelector("#field-app #visit-form"));
			visitIds.add(form.findElement(By.name("visitId")).getAttribute("value"));
			if (i == 0) {
				// the server's visit form, rendered empty into the shell and filled from the phone's copy
				assertThat(b.find(By.cssSelector("#field-app .head-name")).getText()).isNotBlank();
				assertThat(form.findElement(By.name("date")).getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");
				assertThat(form.findElements(By.name("outcome"))).isNotEmpty()
					.allSatisfy(e -> assertThat(e.getAttribute("value")).matches("[0-9a-f-]{36}:[A-Z_]+"));
				assertThat(form.findElements(By.cssSelector("fieldset.outcomes legend .resident-name"))).isNotEmpty()
					.allSatisfy(e -> assertThat(e.getText()).isNotBlank());
				assertThat(form.findElements(By.name("photo"))).as("photos never enter the offline queue").isEmpty();
				assertThat(form.findElements(By.tagName("template"))).isEmpty();
			}
			WebElement toggle = form.findElements(By.cssSelector("label.toggle:not(.done)")).get(0);
			b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
			toggle.click();
			b.find(By.id("save-visit")).click();
			b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"),
					"Đã lưu trên máy"));
			assertThat(b.find(By.tagName("h1")).getText()).contains(code);
			assertThat(b.find(By.cssSelector("#field-status .queue")).getText()).isEqualTo((i + 1) + " bản ghi chưa gửi");
		}
		assertThat(b.find(By.cssSelector("#field-status .net")).getText()).isEqualTo("Ngoại tuyến");

		b.driver().navigate().refresh();
		b.find(By.cssSelector("#field-app h1"));
		assertThat(b.find(By.tagName("h1")).getText()).contains(codes.get(1));
		assertThat(b.find(By.cssSelector("#field-status .queue")).getText()).isEqualTo("2 bản ghi chưa gửi");
		assertThat(b.find(By.id("pending-visits")).getText()).contains("1 việc");
		assertThat(visits(visitIds)).as("nothing reached the server while offline").isZero();

		b.network(true);
		new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> "0".equals(
				b.driver().findElement(By.id("field-status")).getAttribute("data-queued")));
		assertThat(visits(visitIds)).isEqualTo(2);
		for (String id : visitIds) {
			assertThat(jdbc.sql("select count(*) from visit_outcome where visit_id = cast(? as uuid)").param(id)
				.query(Long.class).single()).isEqualTo(1);
		}
		assertThat(b.find(By.cssSelector("#field-status .queue")).getText()).isEqualTo("Đã gửi 2 bản ghi");
		// both sent with the phone's one id, the one it keeps across sign-ins (for the shared-phone flag)
		Object device = b.driver().executeScript("return localStorage.getItem('ngoso.device');");
		assertThat(jdbc.sql("select distinct device_id::text from visit where id::text in (:ids)").param("ids", visitIds)
			.query(String.class).list()).containsExactly(String.valueOf(device));

		// Online again: a resident's phone corrected from the household page goes through the same queue.
		b.find(By.cssSelector("a.edit")).click();
		WebElement edit = b.find(By.cssSelector("#field-app #edit-form"));
		String resident = edit.getAttribute("data-resident");
		edit.findElement(By.id("phone")).sendKeys("0912 000 555");
		edit.findElement(By.cssSelector("button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Đã ghi nhận sửa đổi"));
		assertThat(jdbc.sql("select phone from resident where id = cast(? as uuid)").param(resident).query(String.class).single())
			.isEqualTo("0912000555");

		// Offline again: a new resident from the server's form, rendered into the shell, waits on the phone.
		String household = b.currentPath().replaceAll("^(/households/[0-9a-f-]{36}).*", "$1");
		b.network(false);
		b.go(household + "/residents/new");
		openedFromThePhone(household + "/residents/new", "#field-app #resident-form");
		WebElement added = b.find(By.cssSelector("#field-app #resident-form"));
		assertThat(added.findElements(By.name("cccd"))).as("the CCCD is entered with a network").isEmpty();
		assertThat(b.find(By.cssSelector("#field-app a.household")).getAttribute("href")).endsWith(household);
		added.findElement(By.id("fullName")).sendKeys("Lê Thị Ngoại Tuyến");
		added.findElement(By.id("birthDate")).sendKeys("01/05/2008");
		new Select(added.findElement(By.id("sex"))).selectByValue("FEMALE");
		new Select(added.findElement(By.id("relation"))).selectByValue("CHILD");
		added.findElement(By.cssSelector("button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Đã lưu trên máy"));
		assertThat(b.find(By.cssSelector("#field-app .people")).getText()).contains("Lê Thị Ngoại Tuyến");
		b.network(true);
		new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> "0".equals(
				b.driver().findElement(By.id("field-status")).getAttribute("data-queued")));
		assertThat(jdbc.sql("select count(*) from resident where household_id = cast(? as uuid) and full_name = ?")
			.param(household.substring("/households/".length())).param("Lê Thị Ngoại Tuyến").query(Long.class).single())
			.isEqualTo(1);
	}

	/**
	 * Waits for a page drawn by the phone. The service worker is a DevTools target of its own and
	 * may be (re)started after the emulation was sent to it, in which case its fetch still reaches
	 * the server: the emulation is sent again and the page asked for once more.
	 */
	private void openedFromThePhone(String path, String css) {
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(8)).until(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			String page = browser.driver().getPageSource();
			System.err.println("Offline page not drawn by the phone at first (field-app: " + page.contains("field-app")
					+ ", length " + page.length() + "): emulation sent again");
			browser.network(false);
			browser.go(path);
			browser.find(By.cssSelector(css));
		}
	}

	private long visits(List<String> ids) {
		return jdbc.sql("select count(*) from visit where id::text in (:ids)").param("ids", ids).query(Long.class).single();
	}
}
