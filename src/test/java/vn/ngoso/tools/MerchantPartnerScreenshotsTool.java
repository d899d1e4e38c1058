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
 * Screenshots of the merchant and partner pages at 360 and 1280 px, as xa and doitac. Off unless
 * asked for ({@code -Dscreenshots=true}); PNGs in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class MerchantPartnerScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path out = Files.createDirectories(Path.of("target/screenshots"));
		String market = jdbc.sql("select id::text from merchant where name = 'Chợ Tuyên Bình'").query(String.class).single();
		String partner = jdbc.sql("select id::text from partner where name like 'Viettel%'").query(String.class).single();
		List<Path> written = new ArrayList<>();
		shoot("xa", List.of("/merchants", "/merchants/" + market, "/merchants/new", "/merchants/import", "/partners",
				"/partners/" + partner), out, written);
		shoot("doitac", List.of("/partners/mine", "/"), out, written);
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void shoot(String user, List<String> paths, Path out, List<Path> written) throws IOException {
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.go("/login");
			b.signIn(user, "demo");
			for (String path : paths) {
				for (int width : new int[] { 360, 1280 }) {
					b.useSize(width, 800);
					b.go(path);
					Path file = out.resolve(user + path.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					written.add(file);
				}
			}
		}
	}
}
