package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots of the run command's story (today's Tây Ninh, the dissolved Long An one tap away):
 * tinh's dashboard, today's report with the link and the 2024 Long An report, at 360 and 1280 px,
 * on {@code DemoStoryTest}'s database. Off unless asked:
 * {@code ./mvnw -q test -Dtest=StoryScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/story/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-story", "ngoso.demo=true", "ngoso.demo-reorganise=true" })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class StoryScreenshotsTool {

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/story");
		Files.createDirectories(dir);
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("tinh", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				b.go("/");
				written.add(shot(b, dir, "tinh-home-" + width));
				b.go("/dashboard");
				written.add(shot(b, dir, "tinh-dashboard-" + width));
				b.go("/reports/summary?unit=80");
				written.add(shot(b, dir, "tinh-report-" + width));
				b.driver().findElement(org.openqa.selenium.By.cssSelector("#report-predecessors a")).click();
				written.add(shot(b, dir, "tinh-report-long-an-2024-" + width));
			}
		}
		written.forEach(System.out::println);
		assertThat(written).hasSize(8);
	}

	private static String shot(Browser b, Path dir, String name) throws IOException {
		Path file = dir.resolve(name + ".png");
		Files.write(file, b.fullPageScreenshot());
		return file.toString();
	}
}
