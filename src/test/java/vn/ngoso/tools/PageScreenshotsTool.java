package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs {@link PageScreenshots} against the application started on a random port with the test
 * profile (fresh demo data). Off unless asked for:
 *
 * <pre>
 * ./mvnw -q test -Dtest=PageScreenshotsTool -Dscreenshots=true [-Dscreenshots.users=xa,admin] [-Dscreenshots.langs=vi,en]
 * </pre>
 *
 * The PNGs land in {@code target/screenshots/}. The class name ends in neither Test nor Tests, so
 * {@code ./mvnw verify} does not run it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class PageScreenshotsTool {

	@LocalServerPort
	int port;

	@Test
	void takeScreenshots() {
		List<String> users = List.of(System.getProperty("screenshots.users", "xa,admin").split(","));
		List<String> langs = List.of(System.getProperty("screenshots.langs", "vi").split(","));
		var shots = new PageScreenshots("http://localhost:" + port, Path.of("target/screenshots"));
		shots.takeAll(users, langs);
		shots.written().forEach(System.out::println);
		assertThat(shots.written()).isNotEmpty();
	}
}
