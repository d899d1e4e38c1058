package vn.ngoso.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Screenshots, at 360 px and 1280 px, of the pages issue 15 changed (records and figures): the
 * household form with its registration date. Off unless asked:
 * {@code ./mvnw -q test -Dtest=RecordsScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/records/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class RecordsScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/records");
		Files.createDirectories(dir);
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			Map<String, String> officer = new LinkedHashMap<>();
			officer.put("household-new", "/households/new");
			shoot(b, dir, officer, written);
		}
		written.forEach(System.out::println);
	}

	private static void shoot(Browser b, Path dir, Map<String, String> pages, List<String> written) throws IOException {
		for (int width : new int[] { 360, 1280 }) {
			b.useWidth(width);
			for (var page : pages.entrySet()) {
				b.go(page.getValue());
				Path file = dir.resolve(page.getKey() + "-" + width + ".png");
				Files.write(file, b.fullPageScreenshot());
				written.add(file.toString());
			}
		}
	}
}
