package vn.ngoso.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots, at 360 px and 1280 px, of the commune's report page with the form of the report's
 * heading (issuing body, number, date, recipients, signer) open, and with a refused value named.
 * Off unless asked: {@code ./mvnw -q test -Dtest=ReportHeadingScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/report-heading/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReportHeadingScreenshotsTool {

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/report-heading");
		Files.createDirectories(dir);
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				b.go("/reports/summary?unit=27781");
				b.find(By.cssSelector("#report-heading > summary")).click();
				shoot(b, dir, "heading-open-" + width, written);
				b.go("/reports/summary?unit=27781&date=31/02/2026&issuingBody=");
				shoot(b, dir, "heading-refused-" + width, written);
			}
		}
		written.forEach(System.out::println);
	}

	private static void shoot(Browser b, Path dir, String name, List<String> written) throws IOException {
		Path file = dir.resolve(name + ".png");
		Files.write(file, b.fullPageScreenshot());
		written.add(file.toString());
	}
}
