package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * Screenshots of the audit log (changes opened) and the notifications at 360 px and 1280 px.
 * Off unless asked: {@code ./mvnw -q test -Dtest=AuditScreenshotsTool -Dscreenshots=true}; the
 * PNGs land in {@code target/screenshots/audit/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AuditScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/audit");
		Files.createDirectories(dir);
		String path = jdbc.sql("select path::text from admin_unit where code = '27781' order by id limit 1").query(String.class).single();
		jdbc.sql("""
				insert into audit_log (actor, actor_address, entity_type, entity_id, action, unit_path, at, before, after) values
				('xa', '203.113.10.7', 'TEAM', '12', 'UPDATE', cast(? as ltree), now(),
				 '{"name": "Tổ CNSCĐ ấp Cả Bản", "decisionNo": "21/QĐ-UBND", "decisionDate": "2024-06-01", "phone": "09******12"}',
				 '{"name": "Tổ công nghệ số cộng đồng ấp Cả Bản", "decisionNo": "35/QĐ-UBND", "decisionDate": "2025-01-15", "phone": "09******12"}'),
				('citizen', '113.161.4.2', 'FEEDBACK', 'b1c2', 'CREATE', cast(? as ltree), now(), null,
				 '{"reference": "PA-2026-0412", "channel": "WEB", "published": false}'),
				('totruong', null, 'MEMBER', '77', 'LEAVE', cast(? as ltree), now(),
				 '{"fullName": "Trần Văn Bảy", "leftOn": null, "enabled": true}', '{"fullName": "Trần Văn Bảy", "leftOn": "2026-11-30", "enabled": false}')
				""").params(path, path, path).update();
		jdbc.sql("insert into notification (username, at, kind, task_id) select 'xa', now(), 'TASK_OVERDUE', min(id) from task").update();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			for (String user : List.of("tinh", "xa")) {
				b.driver().manage().deleteAllCookies();
				b.signIn(user, "demo");
				String page = user.equals("tinh") ? "/audit" : "/notifications";
				for (int width : new int[] { 360, 1280 }) {
					b.useWidth(width);
					b.go(page);
					((JavascriptExecutor) b.driver()).executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
					Path file = dir.resolve(user + page.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png");
					Files.write(file, b.fullPageScreenshot());
					written.add(file.toString());
				}
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}
}
