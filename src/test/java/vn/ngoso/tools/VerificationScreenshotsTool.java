package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * The month's verification sample (issue 18) at 360 and 1280 px: drawn, one visit revealed and
 * checked, and the dashboard's confidence line. Off unless asked:
 * {@code ./mvnw -q test -Dtest=VerificationScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/verification/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class VerificationScreenshotsTool {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Path dir = Path.of("target/screenshots/verification");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		for (int width : new int[] { 360, 1280 }) {
			try (Browser b = Browser.open("http://localhost:" + port)) {
				b.useSize(width, width == 360 ? 740 : 800);
				b.signIn("xa", "demo");
				// the demo's latest month with visits that is over
				String month = jdbc.sql("""
						select to_char(max(visited_on), 'YYYY-MM') from visit
						where visited_on < date_trunc('month', current_date)""").query(String.class).single();
				b.go("/verification?month=" + month);
				if (!b.driver().findElements(By.id("draw")).isEmpty()) {
					WebElement draw = b.find(By.id("draw"));
					draw.click();
					b.waiting().until(ExpectedConditions.stalenessOf(draw));
				}
				shoot(b, "sample", width);
				WebElement card = b.find(By.cssSelector(".verification-item"));
				var reveal = card.findElements(By.cssSelector("button.reveal"));
				if (!reveal.isEmpty()) {
					reveal.get(0).click();
					b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".phone.revealed")));
				}
				b.driver().executeScript("arguments[0].scrollIntoView()", card);
				shoot(b, "revealed", width);
				card.findElement(By.cssSelector("input[value=NOT_CONFIRMED]")).click();
				card.findElement(By.cssSelector("form.verification-result button[type=submit]")).click();
				b.waiting().until(ExpectedConditions.stalenessOf(card));
				b.find(By.cssSelector(".flash.error"));
				shoot(b, "refused", width);
				WebElement first = b.find(By.cssSelector(".verification-item"));
				first.findElement(By.cssSelector("input[value=CONFIRMED]")).click();
				first.findElement(By.cssSelector("form.verification-result button[type=submit]")).click();
				b.waiting().until(ExpectedConditions.stalenessOf(first));
				shoot(b, "checked", width);
				b.go("/dashboard");
				var line = b.driver().findElements(By.id("confidence"));
				if (!line.isEmpty()) {
					b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", line.get(0));
				}
				shoot(b, "dashboard", width);
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void shoot(Browser b, String name, int width) throws IOException {
		Path file = dir.resolve(name + "-" + width + ".png");
		Files.write(file, b.driver().getScreenshotAs(OutputType.BYTES));
		written.add(file.toString());
	}
}
