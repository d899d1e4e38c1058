package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A commune officer on a phone (360×740) enters a convenience store that takes VietQR: first
 * forgetting the payment method (the form says so beside the field and keeps what was typed),
 * then saving it; the point's page shows it, and the list filtered by VietQR finds it. Real
 * Chromium, the real application on a random port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MerchantEntryBrowserTest {

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
	void anOfficerEntersAStoreOnAPhoneAndFindsItByMethod() {
		Browser b = browser;
		b.signIn("xa", "demo");
		b.menu("Điểm thanh toán");
		b.waiting().until(ExpectedConditions.urlMatches("/merchants$"));
		b.find(By.id("new-merchant")).click();
		b.waiting().until(ExpectedConditions.urlMatches("/merchants/new"));
		fitsThePhone("form");
		String name = MerchantFixtures.uniqueName("Cửa hàng Bách hoá");
		new Select(b.find(By.id("kind"))).selectByVisibleText("Cửa hàng tiện lợi");
		b.setValue(b.find(By.id("name")), name);
		b.setValue(b.find(By.id("address")), "Số 8, ấp Cả Bản");
		Select unit = new Select(b.find(By.id("unitId")));
		unit.selectByValue(unit.getOptions().stream().filter(o -> o.getText().strip().startsWith("Ấp Cả Bản")).findFirst()
			.orElseThrow().getAttribute("value"));
		b.setValue(b.find(By.id("startedOn")), "2025-02-01");
		b.find(By.cssSelector("#merchant-form button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#methods .field-error"),
				"Phương thức thanh toán: chọn ít nhất một phương thức."));
		assertThat(b.find(By.id("name")).getAttribute("value")).isEqualTo(name);
		fitsThePhone("form with an error");

		b.find(By.cssSelector("#methods input[value=VIETQR]")).click();
		b.find(By.cssSelector("#merchant-form button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.urlMatches("/merchants/[0-9a-f-]{36}$"));
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo(name);
		assertThat(b.find(By.id("kind")).getText()).isEqualTo("Cửa hàng tiện lợi");
		fitsThePhone("point page");

		b.go("/merchants?method=VIETQR&q=" + name.substring(name.lastIndexOf(' ') + 1));
		assertThat(b.find(By.id("merchant-table")).getText()).contains(name);
		fitsThePhone("list");
	}

	private void fitsThePhone(String what) {
		assertThat(browser.documentWidth()).as("%s width at 360 px", what).isLessThanOrEqualTo(browser.viewportWidth());
	}
}
