package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Bình dân học vụ số (issue 17) at 360 and 1280 px: the visit form with its certificate date, a
 * refused date, and the dashboard's tile. Off unless asked:
 * {@code ./mvnw -q test -Dtest=LiteracyScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/literacy/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class LiteracyScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final Path dir = Path.of("target/screenshots/literacy");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		UUID household = jdbc.sql("""
				select h.id from household h join admin_unit u on u.id = h.unit_id
				where u.code = '27781-001' and (select count(*) from resident r where r.household_id = h.id) >= 2
				order by h.code limit 1""").query(UUID.class).single();
		long commune = jdbc.sql("select id from admin_unit where code = '27781' and valid_to is null").query(Long.class)
			.single();
		for (int width : new int[] { 1280, 360 }) {
			try (Browser b = Browser.open("http://localhost:" + port)) {
				b.useSize(width, width == 360 ? 740 : 800);
				b.signIn("thanhvien", "demo");
				b.go("/households/" + household + "/visits/new");
				b.find(By.cssSelector(".certificate input"));
				shoot(b, "visit-form", width);
				b.find(By.cssSelector(".certificate input")).sendKeys("15/06/2024");
				b.find(By.id("save-visit")).click();
				b.find(By.cssSelector(".flash.error"));
				shoot(b, "visit-form-refused", width);
			}
			try (Browser b = Browser.open("http://localhost:" + port)) {
				b.useSize(width, width == 360 ? 740 : 800);
				b.signIn("xa", "demo");
				b.go("/dashboard/" + commune);
				var tile = b.find(By.id("tile-DIGITAL_LITERACY_RATE"));
				b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", tile);
				Path file = dir.resolve("dashboard-tile-" + width + ".png");
				Files.write(file, b.driver().getScreenshotAs(OutputType.BYTES));
				written.add(file.toString());
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void shoot(Browser b, String name, int width) throws IOException {
		Path file = dir.resolve(name + "-" + width + ".png");
		Files.write(file, b.fullPageScreenshot());
		written.add(file + " (document " + b.documentWidth() + " px)");
	}
}
