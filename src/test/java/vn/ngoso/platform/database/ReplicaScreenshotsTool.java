package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ngoso.support.Browser;

/**
 * Screenshots of the commune dashboard served by a streaming replica (the "Số liệu đến" line
 * beside the period), at 360 and 1280 px, in Vietnamese and English. Off unless asked:
 * {@code ./mvnw -q test -Dtest=ReplicaScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/replica/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "ngoso.database.embedded.data-dir=target/pg-replica-shots/primary")
@ActiveProfiles("test")
@DirtiesContext
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReplicaScreenshotsTool {

	private static ReplicatedDatabase servers;

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		if (servers == null) {
			servers = ReplicatedDatabase.start("target/pg-replica-shots/primary", "target/pg-replica-shots/replica");
		}
		registry.add("ngoso.database.replica-url", servers::replicaUrl);
	}

	@AfterAll
	static void stop() throws Exception {
		servers.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/replica");
		Files.createDirectories(dir);
		long commune = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
		List<String> written = new ArrayList<>();
		for (String language : List.of("vi", "en")) {
			try (Browser b = Browser.open("http://localhost:" + port, language.equals("en") ? "en-US" : "vi-VN")) {
				b.go("/login?lang=" + language); // the choice is kept in a cookie
				b.signIn("xa", "demo");
				for (int width : new int[] { 360, 1280 }) {
					b.useWidth(width);
					b.go("/dashboard/" + commune);
					Path file = dir.resolve("dashboard-" + language + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					written.add(file.toString());
				}
			}
		}
		written.forEach(System.out::println);
		assertThat(written).hasSize(4);
	}
}
