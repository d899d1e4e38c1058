package vn.ngoso.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots, at 360 px and 1280 px, of the feedback inbox (one item past its deadline) and the
 * statistics page: cards on a phone, tables on a desktop.
 * Off unless asked: {@code ./mvnw -q test -Dtest=FeedbackCardsScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/feedback/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class FeedbackCardsScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/feedback");
		Files.createDirectories(dir);
		jdbc.sql("update feedback set due_on = due_on - 40 where id = (select id from feedback order by received_at limit 1)")
			.update();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("tinh", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				for (String page : new String[] { "/feedback?all=true", "/feedback/stats" }) {
					b.go(page);
					Path file = dir.resolve(page.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					System.out.println(file);
				}
			}
		}
	}
}
