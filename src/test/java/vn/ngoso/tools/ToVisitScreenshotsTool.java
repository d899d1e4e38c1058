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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * "Hộ cần thăm" as {@code thanhvien} sees it at 360 and 1280 px: the first page, a search with a
 * filter, and (360 px) the page the phone draws offline. Off unless asked:
 * {@code ./mvnw -q test -Dtest=ToVisitScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/to-visit/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ToVisitScreenshotsTool {

	@LocalServerPort
	int port;

	private final Path dir = Path.of("target/screenshots/to-visit");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		for (int width : new int[] { 1280, 360 }) {
			try (Browser b = Browser.open("http://localhost:" + port)) {
				b.useSize(width, width == 360 ? 740 : 800);
				b.signIn("thanhvien", "demo");
				b.go("/households/to-visit");
				shoot(b, "to-visit", width);
				b.go("/households/to-visit?q=nguyen&notCovered=true&page=1");
				shoot(b, "to-visit-search-nguyen-page-2", width);
				if (width == 360) {
					offline(b);
				}
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void offline(Browser b) throws IOException {
		b.go("/households/to-visit");
		try {
			new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(b.driver().executeScript(
					"return document.documentElement.getAttribute('data-field-ready') === 'yes'"
							+ " && !!navigator.serviceWorker.controller")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			System.err.println("field app not ready: no offline picture");
			return;
		}
		b.network(false);
		b.go("/households/to-visit?q=nguyen&neverVisited=true");
		b.find(By.cssSelector("#field-app #to-visit-list"));
		shoot(b, "to-visit-offline-search-nguyen", 360);
	}

	private void shoot(Browser b, String name, int width) throws IOException {
		b.find(By.tagName("body"));
		Path file = dir.resolve(name + "-" + width + ".png");
		Files.write(file, b.fullPageScreenshot());
		written.add(file + " (document " + b.documentWidth() + " px)");
	}
}
