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
 * 360 px screenshots of the pages that were wider than a phone (the task and target forms, the
 * feedback inbox and statistics, the reported values) and of the field app's offline bar with a
 * visit waiting to be sent. Off unless asked:
 * {@code ./mvnw -q test -Dtest=PhoneLayoutScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/phone/}. The queued visit never leaves the phone (the browser closes offline).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class PhoneLayoutScreenshotsTool {

	@LocalServerPort
	int port;

	private final Path dir = Path.of("target/screenshots/phone");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.useSize(360, 740);
			b.signIn("xa", "demo");
			for (String page : List.of("/tasks/new", "/targets/new", "/feedback", "/feedback/stats", "/indicators/reported")) {
				b.go(page);
				shoot(b, "xa" + page);
			}
		}
		// a browser of its own: the field app keeps its working set per profile
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.useSize(360, 740);
			b.signIn("thanhvien", "demo");
			b.go("/households/to-visit");
			try {
				// Browser.waitForFieldApp gives it 40 s; a busy machine may need longer for the first pull
				new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(b.driver().executeScript(
						"return document.documentElement.getAttribute('data-field-ready') === 'yes'"
								+ " && !!navigator.serviceWorker.controller")));
				queueAVisitOffline(b);
			}
			catch (org.openqa.selenium.TimeoutException e) {
				// no working set on the phone: the bar still says "offline" on the page already open
				System.err.println("field app not ready: " + b.driver().executeScript(
						"return [document.documentElement.getAttribute('data-field-ready'), !!navigator.serviceWorker.controller]"));
				b.network(false);
			}
			b.find(By.cssSelector("#field-status:not([hidden])"));
			shoot(b, "thanhvien-offline/households/to-visit");
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	/** A visit saved with the network off: it waits in the phone's queue, and the bar counts it. */
	private static void queueAVisitOffline(Browser b) {
		String household = b.find(By.cssSelector("#to-visit > li a strong")).findElement(By.xpath("./ancestor::a"))
			.getAttribute("href");
		b.network(false);
		b.driver().get(household + "/visits/new");
		b.find(By.cssSelector("#field-app #visit-form"));
		b.driver().executeScript("arguments[0].click();",
				b.driver().findElement(By.cssSelector("#visit-form label.toggle:not(.done) input")));
		b.find(By.id("save-visit")).click();
		b.find(By.cssSelector(".flash.ok"));
		b.go("/households/to-visit");
	}

	private void shoot(Browser b, String name) throws IOException {
		b.find(By.tagName("body"));
		Path file = dir.resolve(name.replaceAll("[^a-z0-9]+", "-") + "-360.png");
		Files.write(file, b.fullPageScreenshot());
		written.add(file + " (document " + b.documentWidth() + " px)");
	}
}
