package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Screenshots of the task and target pages at 360 px and 1280 px, for looking at them as their
 * users will. Off unless asked: {@code ./mvnw -q test -Dtest=TaskScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/tasks/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class TaskScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/tasks");
		Files.createDirectories(dir);
		long task = jdbc.sql("select min(id) from task").query(Long.class).single();
		long target = jdbc.sql("select t.id from target t join admin_unit u on u.id = t.unit_id where u.code = '27781' order by t.id limit 1")
			.query(Long.class).single();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				for (String page : List.of("/tasks", "/tasks/new", "/tasks/" + task, "/targets", "/targets?atRisk=true",
						"/targets/" + target, "/targets/new", "/tasks/inactive", "/notifications")) {
					b.go(page);
					Path file = dir.resolve("xa" + page.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					written.add(file.toString());
				}
			}
			b.driver().manage().deleteAllCookies();
			b.useWidth(360);
			b.signIn("totruong", "demo");
			for (String page : List.of("/tasks/mine", "/tasks/" + task)) {
				b.go(page);
				Path file = dir.resolve("totruong" + page.replaceAll("[^a-z0-9]+", "-") + "-360.png");
				Files.write(file, b.fullPageScreenshot());
				written.add(file.toString());
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}
}
