package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;
import vn.ngoso.support.HouseholdFixtures;

/**
 * An officer whose Chromium speaks English (an English Windows) still sees and types dates day
 * first: the fields are text, not the browser's pickers that would show "January 2024" and MM/dd.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DayFirstDatesBrowserTest {

	private Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port, "en-US");
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void anEnglishBrowserShowsAndTakesDaysAndMonthsDayFirst() {
		Browser b = browser;
		b.signIn("xa", "demo");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

		b.go("/households/new");
		WebElement registered = b.find(By.id("registeredOn"));
		assertThat(registered.getAttribute("type")).isEqualTo("text");
		assertThat(registered.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
		assertThat(registered.getAttribute("value")).isEqualTo(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

		// digits only, as on a phone's number pad: the slashes come by themselves
		registered.clear();
		registered.sendKeys("01032022");
		assertThat(registered.getAttribute("value")).isEqualTo("01/03/2022");
		Select hamlet = new Select(b.find(By.id("unitId")));
		hamlet.selectByIndex(1);
		String code = HouseholdFixtures.uniqueCode();
		b.find(By.id("code")).sendKeys(code);
		b.find(By.id("address")).sendKeys("Số 3, Kênh Thử Nghiệm");
		b.find(By.cssSelector("#household-form button[type=submit]")).click();
		b.waiting().until(d -> d.getCurrentUrl().endsWith("/residents/new"));
		assertThat(jdbc.sql("select registered_on from household where code = ?").param(code).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2022, 3, 1));

		// a day that does not exist comes back beside the field, in Vietnamese
		b.go("/households/new");
		registered = b.find(By.id("registeredOn"));
		registered.clear();
		registered.sendKeys("31/02/2022");
		new Select(b.find(By.id("unitId"))).selectByIndex(1);
		String refused = HouseholdFixtures.uniqueCode();
		b.find(By.id("code")).sendKeys(refused);
		b.find(By.id("address")).sendKeys("Số 4, Kênh Thử Nghiệm");
		b.find(By.cssSelector("#household-form button[type=submit]")).click();
		assertThat(b.find(By.cssSelector("#household-form .field-error")).getText())
			.isEqualTo("Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026");
		assertThat(b.find(By.id("registeredOn")).getAttribute("value")).isEqualTo("31/02/2022");

		// a month: the dashboard's period, shown and taken month first
		b.go("/dashboard");
		b.find(By.id("period-form"));
		WebElement from = b.driver().findElement(By.id("period-from"));
		assertThat(from.getAttribute("type")).isEqualTo("text");
		assertThat(from.getAttribute("value")).matches("\\d{2}/\\d{4}");
		assertThat(b.consoleErrors()).isEmpty();
	}
}
