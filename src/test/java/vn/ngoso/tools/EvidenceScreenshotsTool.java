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
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.outreach.internal.EvidenceFiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots of the visit form with its photo field (a member's, a commune officer's) and of a
 * household's evidence page (the officer's, with a photo to open) at 360 px and 1280 px. Off
 * unless asked: {@code ./mvnw -q test -Dtest=EvidenceScreenshotsTool -Dscreenshots=true}; the PNGs
 * land in {@code target/screenshots/evidence/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class EvidenceScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceFiles files;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/evidence");
		Files.createDirectories(dir);
		// a household of Ấp Cả Bản with a visit of today, which the photo belongs to
		var household = jdbc.sql("""
				select h.id, h.unit_id, u.path::text as path, h.province_code from household h join admin_unit u on u.id = h.unit_id
				where u.code = '27781-001' order by h.code limit 1
				""").query().singleRow();
		UUID visitId = UUID.randomUUID();
		jdbc.sql("""
				insert into visit (id, household_id, unit_id, unit_path, province_code, visited_on, recorded_by)
				values (?, ?, ?, cast(? as ltree), ?, current_date, 'thanhvien')
				""").params(visitId, household.get("id"), household.get("unit_id"), household.get("path"),
				household.get("province_code")).update();
		var visit = java.util.Map.of("id", visitId, "household_id", household.get("id"), "unit_path", household.get("path"));
		UUID photo = UUID.randomUUID();
		files.write(photo, new byte[] { 1 });
		jdbc.sql("""
				insert into visit_evidence (id, province_code, visit_id, unit_path, kind, bytes, width, height, recorded_by)
				values (?, ?, ?, cast(? as ltree), 'CONSENT', 1, 1200, 1600, 'thanhvien')
				""").params(photo, household.get("province_code"), visit.get("id"), visit.get("unit_path")).update();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			for (String user : List.of("thanhvien", "xa")) {
				b.driver().manage().deleteAllCookies();
				b.signIn(user, "demo");
				for (String page : List.of("/households/" + visit.get("household_id") + "/visits/new", "/households/" + visit.get("household_id") + "/evidence")) {
					for (int width : new int[] { 360, 1280 }) {
						b.useWidth(width);
						b.go(page);
						((JavascriptExecutor) b.driver()).executeScript(
								"document.querySelectorAll('.evidence-visits details').forEach(d => d.open = true);"
										+ "var f = document.getElementById('evidence-photo'); if (f) f.scrollIntoView();");
						String name = user + (page.endsWith("new") ? "-visit-form-" : "-evidence-") + width + ".png";
						Path file = dir.resolve(name);
						Files.write(file, b.fullPageScreenshot());
						written.add(file.toString());
					}
				}
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}
}
