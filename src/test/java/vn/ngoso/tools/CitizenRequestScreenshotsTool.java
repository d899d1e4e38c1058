package vn.ngoso.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.support.Browser;

/**
 * Screenshots, at 360 px and 1280 px, of the citizen's "ask the team to come" form empty and after
 * a refused submit (what the screen shows), and of a request's status page, new and taken on.
 * Off unless asked: {@code ./mvnw -q test -Dtest=CitizenRequestScreenshotsTool -Dscreenshots=true};
 * the PNGs land in {@code target/screenshots/citizens/}. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class CitizenRequestScreenshotsTool {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionThrottle throttle;

	@Test
	void takeScreenshots() throws IOException {
		Path dir = Path.of("target/screenshots/citizens");
		Files.createDirectories(dir);
		long caBan = jdbc.sql("select id from admin_unit where code = '27781-001'").query(Long.class).single();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			for (int width : new int[] { 360, 1280 }) {
				throttle.reset();
				b.useWidth(width);
				b.go("/cong-dan/ap/" + caBan);
				b.driver().executeScript("document.getElementById('ask').scrollIntoView()");
				shot(b, dir, "request-empty-" + width);
				b.setValue(b.driver().findElement(By.id("visit-phone")), "12345");
				b.driver().findElement(By.id("ask-button")).click();
				b.find(By.id("ask-errors"));
				shot(b, dir, "request-refused-" + width);
				b.driver().findElement(By.id("topic")).sendKeys("C");
				b.setValue(b.driver().findElement(By.id("details")), "SHOT-CR cài VNeID cho bố mẹ");
				b.setValue(b.driver().findElement(By.id("visit-name")), "Lê Văn Tám");
				b.setValue(b.driver().findElement(By.id("visit-phone")), "0912345678");
				b.driver().findElement(By.cssSelector("label[for=visit-consent] span")).click();
				b.driver().findElement(By.id("ask-button")).click();
				b.find(By.id("reference"));
				Files.write(dir.resolve("status-new-" + width + ".png"), b.fullPageScreenshot());
				jdbc.sql("update task set status = 'IN_PROGRESS', progress = 30 where done_means like '%SHOT-CR%'").update();
				jdbc.sql("insert into task_event (task_id, actor, kind, progress, status) select id, 'totruong', 'PROGRESS', 30,"
						+ " 'IN_PROGRESS' from task where done_means like '%SHOT-CR%'").update();
				b.driver().navigate().refresh();
				Files.write(dir.resolve("status-taken-" + width + ".png"), b.fullPageScreenshot());
				b.go("/login");
				Files.write(dir.resolve("login-" + width + ".png"), b.fullPageScreenshot());
			}
		}
		finally {
			String mine = "select id from task where done_means like '%SHOT-CR%'";
			jdbc.sql("delete from notification where task_id in (" + mine + ")").update();
			jdbc.sql("delete from task_event where task_id in (" + mine + ")").update();
			jdbc.sql("delete from task where id in (" + mine + ")").update();
			throttle.reset();
		}
	}

	/** What the screen shows, not the whole page: the point is what is in view. */
	private static void shot(Browser b, Path dir, String name) throws IOException {
		Files.write(dir.resolve(name + ".png"), b.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		Files.write(dir.resolve(name + "-full.png"), b.fullPageScreenshot());
	}
}
