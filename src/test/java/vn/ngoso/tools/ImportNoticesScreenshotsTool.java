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
 * Screenshots, at 360 px and 1280 px, of an import job's page with row errors (an ambiguous
 * resident, a household code of another hamlet, two heads) and row notices (people who withdrew
 * consent). The job is written straight into the tables: only the page is looked at.
 * Off unless asked: {@code ./mvnw -q test -Dtest=ImportNoticesScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/imports/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ImportNoticesScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/imports");
		Files.createDirectories(dir);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into import_job (id, status, file_name, uploaded_by, scope_path, rows_read, rows_valid, rows_invalid,
				                        rows_noticed, households_created, households_updated, households_unchanged,
				                        started_at, finished_at)
				values (?, 'DONE', 'ho-tuyen-binh-2026.xlsx', 'xa',
				        (select path from admin_unit where code = '27781' and valid_to is null), 40, 31, 6, 3, 2, 3, 4, now(), now())
				""").param(id).update();
		String[][] rows = {
				{ "4", "NAME", "Trần Văn Bình", "import.resident.ambiguous", null, "ERROR" },
				{ "5", "CODE", "HB110", "import.household.skipped", "4", "ERROR" },
				{ "9", "HAMLET", "Ấp 3", "import.household.otherHamlet", "HB110\u001fẤp Cả Bản", "ERROR" },
				{ "10", "CODE", "HB111", "import.household.skipped", "9", "ERROR" },
				{ "14", "RELATION", "Chủ hộ", "import.household.twoHeads", "13", "ERROR" },
				{ "13", "CODE", "HB120", "import.household.skipped", "14", "ERROR" },
				{ "21", "CCCD", "080******123", "import.resident.erased", null, "NOTICE" },
				{ "22", "NAME", "Lê Thị Hoa", "import.resident.erased", null, "NOTICE" },
				{ "30", "NAME", "Nguyễn Văn Tư", "import.resident.erased", null, "NOTICE" } };
		for (String[] r : rows) {
			jdbc.sql("""
					insert into import_error (import_id, row_no, column_name, value, message_key, message_arg, severity)
					values (?, ?, ?, ?, ?, ?, ?)
					""").params(id, Integer.parseInt(r[0]), r[1], r[2], r[3], r[4], r[5]).update();
		}
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useWidth(width);
				b.go("/imports/" + id);
				Path file = dir.resolve("import-job-notices-" + width + ".png");
				Files.write(file, b.fullPageScreenshot());
				System.out.println(file);
			}
		}
	}
}
