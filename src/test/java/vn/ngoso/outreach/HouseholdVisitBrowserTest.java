package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * A team member on a cheap phone (360×740) does the job the platform exists for: opens "Hộ cần
 * thăm", goes to a household nobody there uses apps fluently yet, taps two outcomes for one adult
 * (the provincial app installed, and now fluent), saves, and sees the household covered. Real
 * Chromium, the real application on a random port, no sleeps: every step waits for the page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HouseholdVisitBrowserTest {

	@LocalServerPort
	int port;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port);
		browser.useSize(360, 740);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void memberRecordsAVisitWithTwoOutcomesOnAPhoneAndTheHouseholdBecomesCovered() {
		Browser b = browser;
		b.signIn("thanhvien", "demo");

		// "Hộ cần thăm" from the menu.
		b.menu("Hộ cần thăm");
		b.waiting().until(ExpectedConditions.urlMatches("/households/to-visit$"));
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Hộ cần thăm");
		assertFitsThePhone("Hộ cần thăm");

		// The neediest household comes first: not covered yet.
		WebElement first = b.find(By.cssSelector("#to-visit > li"));
		assertThat(first.findElement(By.cssSelector(".badge.warn")).getText()).isEqualTo("Chưa có người thành thạo");
		String code = first.findElement(By.cssSelector("a strong")).getText();
		first.findElement(By.cssSelector("a strong")).click();
		b.waiting().until(ExpectedConditions.urlMatches("/households/[0-9a-f-]{36}$"));
		String householdPath = b.currentPath();
		assertThat(b.find(By.tagName("h1")).getText()).contains(code).contains("Chưa có người thành thạo");
		assertThat(b.driver().findElements(By.id("covered-badge"))).isEmpty();
		assertFitsThePhone("household page");

		// The visit form.
		b.find(By.id("record-visit")).click();
		b.waiting().until(ExpectedConditions.urlMatches(householdPath + "/visits/new$"));
		b.find(By.id("visit-form"));
		assertFitsThePhone("visit form");

		// One adult: the first resident offered, and two of his items not reached yet.
		WebElement fluent = b.driver().findElements(By.cssSelector("input[name=outcome][value$=':FLUENT']")).get(0);
		String resident = fluent.getAttribute("value").replace(":FLUENT", "");
		WebElement other = b.driver().findElements(By.cssSelector("input[name=outcome][value^='" + resident + ":']"))
			.stream()
			.filter(i -> !i.getAttribute("value").endsWith(":FLUENT"))
			.filter(i -> !toggleOf(i).getAttribute("class").contains("done"))
			.findFirst().orElseThrow(() -> new AssertionError("every item of " + resident + " is done already"));
		for (WebElement input : List.of(other, fluent)) {
			WebElement face = toggleOf(input).findElement(By.tagName("span"));
			assertThat(face.getSize().getHeight()).as("toggle height, a thumb's worth").isGreaterThanOrEqualTo(44);
			tap(face);
			b.waiting().until(ExpectedConditions.elementSelectionStateToBe(input, true));
		}
		assertThat(b.driver().findElements(By.cssSelector("input[name=outcome]:checked"))).hasSize(2);
		assertThat(b.driver().findElements(By.cssSelector("input[name=memberIds]:checked")))
			.as("the member himself, preselected").hasSize(1);

		WebElement save = b.find(By.id("save-visit"));
		assertThat(save.getText()).isEqualTo("Lưu chuyến thăm");
		assertThat((long) save.getLocation().getY() + save.getSize().getHeight())
			.as("the save button is on screen while the toggles are tapped (sticky bar)")
			.isLessThanOrEqualTo(viewportBottom());
		save.click();

		// Back on the household, covered now.
		b.waiting().until(ExpectedConditions.urlMatches(householdPath + "$"));
		assertThat(b.find(By.cssSelector(".flash.ok")).getText()).isEqualTo("Đã ghi nhận chuyến thăm.");
		assertThat(b.find(By.id("covered-badge")).getText()).isEqualTo("Đã có người thành thạo");
		WebElement card = b.find(By.id("resident-" + resident));
		assertThat(card.findElements(By.cssSelector(".chip-item.on")).stream().map(WebElement::getText).toList())
			.anySatisfy(chip -> assertThat(chip).contains("Sử dụng thành thạo"));
		assertThat(b.find(By.id("history")).getText()).contains("Sử dụng thành thạo");

		// And "Hộ cần thăm" no longer starts with it.
		b.menu("Hộ cần thăm");
		b.waiting().until(ExpectedConditions.urlMatches("/households/to-visit$"));
		assertThat(b.find(By.cssSelector("#to-visit > li a strong")).getText()).isNotEqualTo(code);
	}

	/** Brings the element to the middle of the screen, the way a thumb scrolls to it, then taps it. */
	private void tap(WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private long viewportBottom() {
		return ((Number) browser.driver().executeScript("return window.scrollY + window.innerHeight;")).longValue();
	}

	private static WebElement toggleOf(WebElement input) {
		return input.findElement(By.xpath("ancestor::label[1]"));
	}

	private void assertFitsThePhone(String what) {
		assertThat(browser.documentWidth()).as("%s width at 360 px", what).isLessThanOrEqualTo(browser.viewportWidth());
	}
}
