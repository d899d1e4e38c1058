package vn.ngoso.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots, at 360 px and 1280 px, of a household page as the commune officer sees it with
 * "Chuyển ấp": the action closed, its form open, a refused move (a day in the future) with the
 * reason beside the field, and the page after the move with its history. Off unless asked:
 * {@code ./mvnw -q test -Dtest=HouseholdMoveScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/household-move/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class HouseholdMoveScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/household-move");
		Files.createDirectories(dir);
		List<UUID> households = jdbc.sql("""
				select h.id from household h join admin_unit u on u.id = h.unit_id
				where u.name = 'Ấp Cả Bản' and h.code like 'TB%' and h.covered_from is null order by h.code limit 2
				""").query(UUID.class).list();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				UUID household = households.get(width == 360 ? 0 : 1);
				b.go("/households/" + household);
				shoot(b, dir, "household-" + width, written);
				b.find(By.cssSelector("#move-household > summary")).click();
				shoot(b, dir, "move-open-" + width, written);
				new Select(b.find(By.id("move-unit"))).selectByVisibleText("Ấp 2");
				b.setValue(b.find(By.id("move-date")), "2099-01-01");
				b.find(By.cssSelector("#move-form button[type=submit]")).click();
				b.find(By.cssSelector("#move-form .field-error"));
				shoot(b, dir, "move-refused-" + width, written);
				new Select(b.find(By.id("move-unit"))).selectByVisibleText("Ấp 2");
				b.setValue(b.find(By.id("move-date")), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
				b.find(By.cssSelector("#move-form button[type=submit]")).click();
				b.find(By.id("moves"));
				shoot(b, dir, "moved-" + width, written);
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
