package vn.ngoso.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.support.Browser;

/**
 * "Ask the team to come" on a 360 px phone: the consent box is a checkbox one can see and tap,
 * its whole label ticks it, and a refused request opens on the error summary, in view and focused,
 * with what was typed still there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CitizenRequestFormBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionThrottle throttle;

	private Browser browser;

	@BeforeEach
	void setUp() {
		throttle.reset();
		browser = Browser.open("http://localhost:" + port);
		browser.useSize(360, 740);
	}

	@AfterEach
	void tearDown() {
		browser.close();
		throttle.reset();
	}

	@Test
	void theConsentBoxIsVisibleAndTappableAndARefusedRequestOpensOnItsErrorSummary() {
		long caBan = jdbc.sql("select id from admin_unit where code = '27781-001'").query(Long.class).single();
		Browser b = browser;
		b.go("/cong-dan/ap/" + caBan);
		WebElement consent = b.driver().findElement(By.id("visit-consent"));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", consent);
		assertThat(consent.isDisplayed()).isTrue();
		assertThat(Double.parseDouble(consent.getCssValue("opacity"))).isEqualTo(1.0);
		assertThat(consent.getRect().getWidth()).isGreaterThanOrEqualTo(20);
		assertThat(consent.getRect().getHeight()).isGreaterThanOrEqualTo(20);
		assertThat(consent.isSelected()).isFalse();
		b.driver().findElement(By.cssSelector("label[for=visit-consent] span")).click();
		assertThat(consent.isSelected()).as("tapping the label's text ticks the box").isTrue();
		b.driver().findElement(By.cssSelector("label[for=visit-consent] span")).click();
		assertThat(consent.isSelected()).isFalse();
		assertThat(b.documentWidth()).isLessThanOrEqualTo(b.viewportWidth());

		b.setValue(b.driver().findElement(By.id("visit-name")), "Trần Văn Bảy");
		b.setValue(b.driver().findElement(By.id("visit-phone")), "12345");
		b.driver().findElement(By.id("ask-button")).click();

		WebElement summary = b.find(By.id("ask-errors"));
		assertThat(summary.getAttribute("role")).isEqualTo("alert");
		@SuppressWarnings("unchecked")
		Map<String, Object> box = (Map<String, Object>) b.driver().executeScript(
				"var r = arguments[0].getBoundingClientRect();"
						+ "return {top: r.top, bottom: r.bottom, height: window.innerHeight, focused: document.activeElement.id};",
				summary);
		assertThat(((Number) box.get("top")).doubleValue()).as("the summary is in view").isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
		assertThat(box.get("focused")).as("and has the focus").isEqualTo("ask-errors");
		assertThat(summary.getText()).contains("Số điện thoại liên hệ").contains("Đồng ý liên hệ")
			.contains("Nội dung cần hỗ trợ");
		assertThat(b.driver().findElement(By.id("visit-name")).getAttribute("value")).isEqualTo("Trần Văn Bảy");
		assertThat(b.driver().findElement(By.id("visit-phone")).getAttribute("value")).isEqualTo("12345");

		summary.findElement(By.cssSelector("a[href='#visit-consent']")).click();
		assertThat(b.driver().getCurrentUrl()).endsWith("#visit-consent");
		assertThat(b.driver().findElement(By.id("visit-consent-error")).isDisplayed()).isTrue();
		assertThat(b.documentWidth()).isLessThanOrEqualTo(b.viewportWidth());
	}
}
