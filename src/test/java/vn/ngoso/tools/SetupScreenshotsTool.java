package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * The first-run page at 360 and 1280 px on an empty database: the administrator's home, each step,
 * a hamlets file with bad rows, the done step, and the teams import page with bad rows. Off unless
 * asked: {@code ./mvnw -q test -Dtest=SetupScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/setup/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-setupshots", "ngoso.demo=false",
		"ngoso.admin.password=anh-chup-man-hinh-2026" })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class SetupScreenshotsTool {

	@LocalServerPort
	int port;

	private final Path dir = Path.of("target/screenshots/setup");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("admin", "anh-chup-man-hinh-2026");
			both(b, "1-home");
			b.go("/thiet-lap");
			both(b, "2-province");
			new Select(b.find(By.id("province"))).selectByVisibleText("Tỉnh Tây Ninh (80)");
			b.find(By.cssSelector("form[action$='/thiet-lap/tinh'] button[type=submit]")).click();
			b.find(By.id("chosen-province"));
			both(b, "3-hamlets");
			b.find(By.id("hamlet-file")).sendKeys(csv("commune_code,name,type\n27781,Ấp Cả Bản,Ấp\n27775,,Ấp\n27775,Ấp 1,Xóm\n"));
			b.find(By.id("hamlet-submit")).click();
			b.find(By.id("hamlet-errors"));
			both(b, "4-hamlet-errors");
			b.find(By.id("hamlet-file")).sendKeys(csv("commune_code,name,type\n27775,Ấp 1,Ấp\n27775,Khu phố 2,Khu phố\n27727,Ấp 1,Ấp\n"));
			b.find(By.id("hamlet-submit")).click();
			b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("team-file")));
			both(b, "5-teams");
			b.find(By.id("team-file")).sendKeys(csv("commune_code,hamlet_name,team_name,decision_no,decision_date\n"
					+ "27775,Ấp 9,Tổ Ấp 9,1/QĐ,01/08/2025\n27775,Ấp 1,Tổ Ấp 1,1/QĐ,31/02/2025\n"));
			b.find(By.id("team-submit")).click();
			b.find(By.id("team-errors"));
			both(b, "6-team-errors");
			b.find(By.id("team-file")).sendKeys(csv("commune_code,hamlet_name,team_name,decision_no,decision_date\n"
					+ "27775,Ấp 1,Tổ công nghệ số cộng đồng Ấp 1,12/QĐ-UBND,15/08/2025\n"));
			b.find(By.id("team-submit")).click();
			b.find(By.id("setup-counts"));
			both(b, "7-done");
			b.go("/teams/import");
			b.find(By.id("file")).sendKeys(csv("commune_code,hamlet_name,team_name,decision_no,decision_date\n"
					+ "99999,Ấp 1,Tổ,1/QĐ,01/08/2025\n"));
			b.find(By.cssSelector("form[action$='/teams/import'] button[type=submit]")).click();
			b.find(By.id("import-errors"));
			both(b, "8-team-import-page");
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void both(Browser b, String name) throws IOException {
		for (int width : new int[] { 360, 1280 }) {
			b.useSize(width, width < 720 ? 740 : 800);
			b.find(By.tagName("main"));
			Path file = dir.resolve(name + "-" + width + ".png");
			Files.write(file, b.fullPageScreenshot());
			written.add(file + " (document " + b.documentWidth() + " px)");
		}
	}

	private static String csv(String text) throws IOException {
		Path file = Files.createTempFile("ngoso-shot-", ".csv");
		file.toFile().deleteOnExit();
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toAbsolutePath().toString();
	}
}
