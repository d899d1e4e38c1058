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
 * Screenshots of the day-first date fields and the unit picker on /users, at 360 px and 1280 px,
 * in a Chromium set to English. Off unless asked:
 * {@code ./mvnw -q test -Dtest=DateFieldsScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/dates/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DateFieldsScreenshotsTool {

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/dates");
		Files.createDirectories(dir);
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port, "en-US")) {
			for (String[] shot : new String[][] { { "huyen", "/users" }, { "xa", "/tasks/new" }, { "xa", "/targets/new" },
					{ "xa", "/households/new" } }) {
				b.driver().manage().deleteAllCookies();
				b.signIn(shot[0], "demo");
				for (int width : new int[] { 360, 1280 }) {
					b.useWidth(width);
					b.go(shot[1]);
					Path file = dir.resolve(shot[0] + shot[1].replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					written.add(file.toString());
				}
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}
}
