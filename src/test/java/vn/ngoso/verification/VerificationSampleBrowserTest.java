package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.Browser;

/**
 * In a real Chromium on a 360 px phone: the commune officer {@code xa} opens the month's sample,
 * draws it, reveals a resident's phone and records a confirmed, a not-confirmed (after being told
 * the reason is required) and an unreachable visit, sees the progress of the team, and decides the
 * not-confirmed one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VerificationSampleBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private Browser browser;

	@BeforeEach
	void open() {
		browser = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void anOfficerWorksThroughTheMonthsSampleOnAPhone() throws Exception {
		var fixtures = new VerificationFixtures(mvc, jdbc, users);
		YearMonth month = VerificationFixtures.monthsAgo(4);
		var team = fixtures.newTeam();
		var confirmed = fixtures.visit(team, month, List.of("SMARTPHONE"));
		var disputed = fixtures.visit(team, month, List.of("PROVINCIAL_APP"));
		var unreachable = fixtures.visit(team, month, List.of());

		Browser b = browser;
		b.useSize(360, 740);
		b.signIn("xa", "demo");
		b.go("/verification?month=" + month);
		WebElement draw = b.find(By.id("draw"));
		draw.click();
		b.waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(ExpectedConditions.stalenessOf(draw));
		b.find(By.id("progress"));
		assertThat(b.find(By.cssSelector(".flash.ok")).getText()).startsWith("Đã chọn mẫu");

		// the phone is masked until "Hiện số"
		WebElement card = b.find(By.id("visit-" + confirmed.visitId()));
		b.driver().executeScript("arguments[0].scrollIntoView()", card);
		assertThat(card.getText()).doesNotContain(confirmed.phone()).contains(confirmed.phone().substring(0, 3) + "****");
		card.findElement(By.cssSelector("button.reveal")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-" + confirmed.visitId()),
				confirmed.phone()));

		record(confirmed.visitId().toString(), "CONFIRMED", null);
		assertThat(b.find(By.cssSelector(".flash.ok")).getText()).isEqualTo("Đã lưu kết quả xác minh.");

		record(disputed.visitId().toString(), "NOT_CONFIRMED", null);
		assertThat(b.find(By.cssSelector(".flash.error")).getText()).isEqualTo("Hãy ghi lý do khi người dân không xác nhận.");
		record(disputed.visitId().toString(), "NOT_CONFIRMED", "Bà nói chưa ai hướng dẫn");
		record(unreachable.visitId().toString(), "UNREACHABLE", null);

		assertThat(b.find(By.id("visit-" + disputed.visitId())).getText()).contains("Không xác nhận")
			.contains("Bà nói chưa ai hướng dẫn");
		String teamRow = b.driver().findElements(By.cssSelector("#team-progress tbody tr")).stream()
			.map(WebElement::getText).filter(t -> t.contains(team.hamletName())).findFirst().orElseThrow();
		assertThat(teamRow).endsWith("3/3");
		assertThat(b.find(By.cssSelector("#progress strong")).getText()).startsWith("Đã xác minh 3/");
		assertThat(b.find(By.id("open-count")).getText()).isEqualTo("Có 1 lượt thăm không được xác nhận đang chờ giải quyết.");

		// the not-confirmed one is decided: not real, with how it was checked
		WebElement open = b.find(By.id("visit-" + disputed.visitId()));
		b.driver().executeScript("arguments[0].scrollIntoView()", open);
		assertThat(open.getText()).contains("Đang chờ giải quyết");
		open.findElement(By.cssSelector("input[name=resolution][value=REMOVED]")).click();
		b.setValue(open.findElement(By.name("note")), "Đến nhà gặp bà: không ai hướng dẫn");
		open.findElement(By.cssSelector("form.verification-resolve button[type=submit]")).click();
		b.waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(ExpectedConditions.stalenessOf(open));
		assertThat(b.find(By.cssSelector(".flash.ok")).getText()).isEqualTo("Đã lưu quyết định.");
		assertThat(b.find(By.id("visit-" + disputed.visitId())).getText())
			.contains("Đã giải quyết: Không có thật: gỡ khỏi số liệu (xa,")
			.contains("Đến nhà gặp bà: không ai hướng dẫn");
		assertThat(b.driver().findElements(By.id("open-count"))).isEmpty();
		assertThat(b.documentWidth()).as("the page fits the phone").isLessThanOrEqualTo(b.viewportWidth());
		assertThat(b.consoleErrors()).isEmpty();
		// the page as the officer left it, at 360 and 1280 px, for a person to look at
		java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots/verification");
		java.nio.file.Files.createDirectories(dir);
		for (int width : new int[] { 360, 1280 }) {
			b.useSize(width, 900);
			b.driver().executeScript("arguments[0].scrollIntoView()", b.find(By.id("visit-" + disputed.visitId())));
			java.nio.file.Files.write(dir.resolve("sample-" + width + ".png"),
					b.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
	}

	private void record(String visitId, String result, String reason) {
		WebElement card = browser.find(By.id("visit-" + visitId));
		browser.driver().executeScript("arguments[0].scrollIntoView()", card);
		card.findElement(By.cssSelector("input[name=result][value=" + result + "]")).click();
		if (reason != null) {
			browser.setValue(card.findElement(By.name("reason")), reason);
		}
		card.findElement(By.cssSelector("form.verification-result button[type=submit]")).click();
		// the page comes back (Post/Redirect/Get) with its message
		// Chromium may answer a check on a node leaving the page with an inspector error: asked again
		browser.waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(ExpectedConditions.stalenessOf(card));
		browser.find(By.cssSelector(".flash"));
	}
}
