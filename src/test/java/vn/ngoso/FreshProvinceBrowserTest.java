package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * A province starts from an empty database (no demo data): its administrator, created from
 * ngoso.admin.password, signs in, is led to the first-run page, chooses the province, uploads the
 * hamlets file and the teams file, sees the done step, and finds the teams on the province's
 * dashboard, then sets the province's own Bình dân học vụ số targets (50% of adults by the end of
 * 2025, 100% in 2026) and sees 2026's on the dashboard. The province is named at the top, with
 * real commune codes of the national list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-freshprovince", "ngoso.demo=false",
		"ngoso.admin.password=" + FreshProvinceBrowserTest.ADMIN_PASSWORD })
@ActiveProfiles("test")
class FreshProvinceBrowserTest {

	static final String PROVINCE_CODE = "08";

	static final String PROVINCE_NAME = "Tỉnh Tuyên Quang";

	/** Communes of Tuyên Quang in the national list (src/main/resources/official-lists/units-2025.csv). */
	static final List<String> COMMUNES = List.of("00691", "02212", "00700");

	static final String ADMIN_PASSWORD = "quan-tri-tinh-moi-2026";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void theAdministratorSetsUpTheProvinceFromAnEmptyDatabase() throws IOException {
		Browser b = browser;
		b.signIn("admin", ADMIN_PASSWORD);

		b.find(By.id("start-setup")).click();
		assertThat(b.currentPath()).isEqualTo("/thiet-lap");

		// 1. the province, among the open provinces of the lists
		new Select(b.find(By.id("province"))).selectByVisibleText(PROVINCE_NAME + " (" + PROVINCE_CODE + ")");
		b.find(By.cssSelector("form[action$='/thiet-lap/tinh'] button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen-province"),
				PROVINCE_NAME + " (" + PROVINCE_CODE + ")"));

		// 2. the hamlets: two in each commune
		StringBuilder hamlets = new StringBuilder("commune_code,name,type\n");
		for (String commune : COMMUNES) {
			hamlets.append(commune).append(",Ấp 1,Ấp\n").append(commune).append(",Khu phố 2,Khu phố\n");
		}
		b.find(By.id("hamlet-file")).sendKeys(csv("ap", hamlets.toString()));
		b.find(By.id("hamlet-submit")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"),
				"Đã nhập " + 2 * COMMUNES.size() + " ấp/khu phố."));

		// 3. the teams: one for each commune's Ấp 1
		StringBuilder teams = new StringBuilder("commune_code,hamlet_name,team_name,decision_no,decision_date\n");
		for (String commune : COMMUNES) {
			teams.append(commune).append(",Ấp 1,Tổ công nghệ số cộng đồng Ấp 1,").append(commune)
				.append("/QĐ-UBND,15/08/2025\n");
		}
		b.find(By.id("team-file")).sendKeys(csv("to", teams.toString()));
		b.find(By.id("team-submit")).click();

		// 4. done: the counts, and the ways on
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("setup-counts"),
				COMMUNES.size() + " tổ công nghệ số cộng đồng"));
		assertThat(b.find(By.id("setup-counts")).getText()).contains(2 * COMMUNES.size() + " ấp/khu phố");
		assertThat(b.find(By.id("create-accounts")).getAttribute("href")).endsWith("/users");

		b.find(By.id("see-dashboard")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), PROVINCE_NAME));
		assertThat(b.find(By.cssSelector("#tile-TEAMS .value")).getText()).isEqualTo(String.valueOf(COMMUNES.size()));
		assertThat(b.find(By.cssSelector("#tile-COMMUNES_WITH_TEAMS .value")).getText())
			.startsWith(COMMUNES.size() + "/");

		// 5. the province's own targets, as data: Bình dân học vụ số 50% for 2025, 100% for 2026
		b.find(By.id("targets-link")).click();
		for (String[] target : new String[][] { { "2025", "50" }, { "2026", "100" } }) {
			new Select(b.find(By.id("indicator"))).selectByValue("DIGITAL_LITERACY_RATE");
			b.find(By.id("year")).clear();
			b.find(By.id("year")).sendKeys(target[0]);
			b.find(By.id("value")).sendKeys(target[1]);
			b.find(By.id("note")).sendKeys("Kế hoạch của Tỉnh ủy Tuyên Quang");
			b.find(By.cssSelector("#goal-form button[type=submit]")).click();
			b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("own")));
		}
		assertThat(b.find(By.id("own")).getText()).contains("2025").contains("2026").contains("100");
		b.find(By.id("goal-dashboard")).click();
		b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tile-DIGITAL_LITERACY_RATE")));
		assertThat(b.find(By.cssSelector("#tile-DIGITAL_LITERACY_RATE .target")).getText()).contains("100%");
		assertThat(b.consoleErrors()).isEmpty();
	}

	private static String csv(String name, String text) throws IOException {
		Path file = Files.createTempFile("ngoso-" + name + "-", ".csv");
		file.toFile().deleteOnExit();
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toAbsolutePath().toString();
	}
}
