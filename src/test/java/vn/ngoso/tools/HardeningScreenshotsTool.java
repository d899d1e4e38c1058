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
 * Screenshots, at 360 px and 1280 px, of the pages the hardening work changed: the sign-in page's
 * notices (slowed down, account disabled), the refusal of bad input, the citizens' feedback form
 * with its "make public" box, the staff feedback form, and what a member who left the team sees.
 * Off unless asked: {@code ./mvnw -q test -Dtest=HardeningScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/hardening/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class HardeningScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/hardening");
		Files.createDirectories(dir);
		long hamlet = jdbc.sql("select unit_id from team where name = 'Tổ CNSCĐ Ấp Cả Bản'").query(Long.class).single();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			Map<String, String> anonymous = new LinkedHashMap<>();
			anonymous.put("login-wait", "/login?wait=120");
			anonymous.put("login-disabled", "/login?disabled");
			anonymous.put("citizen-hamlet", "/cong-dan/ap/" + hamlet);
			shoot(b, dir, anonymous, written);

			b.signIn("xa", "demo");
			Map<String, String> officer = new LinkedHashMap<>();
			officer.put("xa-invalid-input", "/members?q=%01");
			officer.put("xa-feedback-new", "/feedback/new");
			shoot(b, dir, officer, written);

			b.driver().manage().deleteAllCookies();
			b.signIn("thanhvien", "demo");
			jdbc.sql("update member set left_on = current_date where id = (select member_id from app_user where username = 'thanhvien')")
				.update();
			shoot(b, dir, Map.of("thanhvien-left-team", "/households/to-visit"), written);
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
