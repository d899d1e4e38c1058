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
 * Screenshots of a unit's yearly targets (province with an override and its history, commune
 * inheriting it) and the dashboard tile saying where its target comes from, at 360 and 1280 px.
 * Off unless asked: {@code ./mvnw -q test -Dtest=IndicatorTargetsScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/targets/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class IndicatorTargetsScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/targets");
		Files.createDirectories(dir);
		long province = unit("80");
		long commune = unit("27781");
		jdbc.sql("delete from indicator_target").update();
		jdbc.sql("delete from indicator_target_change").update();
		jdbc.sql("""
				insert into indicator_target (unit_id, indicator, year, value, note, set_by) values
				(?, 'SMARTPHONE_RATE', 2026, 60, 'Kế hoạch 45/KH-UBND ngày 10/01/2026', 'tinh')""").param(province).update();
		jdbc.sql("""
				insert into indicator_target_change (unit_id, indicator, year, old_value, new_value, note, changed_by, changed_at) values
				(?, 'SMARTPHONE_RATE', 2026, null, 55, 'Kế hoạch 12/KH-UBND', 'tinh', now() - interval '30 days'),
				(?, 'SMARTPHONE_RATE', 2026, 55, 60, 'Kế hoạch 45/KH-UBND ngày 10/01/2026', 'tinh', now())""")
			.params(province, province).update();
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			for (String user : List.of("tinh", "xa")) {
				b.driver().manage().deleteAllCookies();
				b.signIn(user, "demo");
				long id = user.equals("tinh") ? province : commune;
				for (String page : List.of("/indicators/targets/" + id + "?year=2026", "/dashboard/" + id + "?from=2026-01&to=2026-06")) {
					for (int width : new int[] { 360, 1280 }) {
						b.useWidth(width);
						b.go(page);
						Path file = dir.resolve(user + page.replaceAll("\\?.*", "").replaceAll("[^a-z0-9]+", "-") + width + ".png");
						Files.write(file, b.fullPageScreenshot());
						written.add(file.toString());
					}
				}
			}
		}
		jdbc.sql("delete from indicator_target").update();
		jdbc.sql("delete from indicator_target_change").update();
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? order by valid_from limit 1").param(code)
			.query(Long.class).single();
	}
}
