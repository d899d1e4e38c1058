package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * The member's phone (360 × 740) without signal: the home page, "Hộ cần thăm" drawn from the
 * phone, and the offline bar with one record waiting after a visit saved on the phone. Off unless
 * asked: {@code ./mvnw -q test -Dtest=OfflineBarScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/offline/}. The visit stays queued: the browser closes offline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class OfflineBarScreenshotsTool {

	@LocalServerPort
	int port;

	private final Path dir = Path.of("target/screenshots/offline");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.useSize(360, 740);
			b.signIn("thanhvien", "demo");
			shoot(b, "home-online");
			b.go("/households/to-visit");
			try {
				b.waitForFieldApp();
			}
			catch (org.openqa.selenium.TimeoutException e) {
				// a service worker installed by this page controls only the pages opened after it
				b.driver().navigate().refresh();
				b.waitForFieldApp();
			}

			b.network(false);
			b.go("/households/to-visit");
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#field-app #to-visit")));
			shoot(b, "to-visit-offline");
			WebElement household = b.find(By.cssSelector("#to-visit > li a.code strong"));
			String code = household.getText();
			household.click();
			b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), code));
			b.find(By.id("record-visit")).click();
			WebElement form = b.find(By.cssSelector("#field-app #visit-form"));
			shoot(b, "visit-form-offline");
			WebElement toggle = form.findElements(By.cssSelector("label.toggle:not(.done)")).get(0);
			b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
			toggle.click();
			b.find(By.id("save-visit")).click();
			b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Đã lưu trên máy"));
			b.driver().executeScript("window.scrollTo(0, 0);");
			assertThat(b.find(By.cssSelector("#field-status .queue")).getText()).isEqualTo("1 bản ghi chưa gửi");
			shoot(b, "household-offline-1-queued");
			// the other forms the shell carries, filled from the phone's copy
			b.find(By.id("add-resident")).click();
			b.find(By.cssSelector("#field-app #resident-form"));
			shoot(b, "resident-form-offline");
			b.driver().navigate().back();
			b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), code));
			b.find(By.cssSelector("#field-app a.edit")).click();
			b.find(By.cssSelector("#field-app #edit-form"));
			shoot(b, "edit-form-offline");
		}
		written.forEach(System.out::println);
	}

	private void shoot(Browser b, String name) throws IOException {
		Path file = dir.resolve(name + "-360.png");
		Files.write(file, b.driver().getScreenshotAs(OutputType.BYTES));
		written.add(file + " (document " + b.documentWidth() + " px)");
	}
}
