package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * On a 360×740 phone the header is one row of the role's most-used pages and "Thêm", so the page
 * starts near the top; "Thêm" opens the whole menu. On a desktop the full menu shows and the row
 * does not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneMenuBrowserTest {

	private static final String HREFS = """
			return Array.from(document.querySelectorAll(arguments[0])).map(a => a.getAttribute('href'));""";

	@LocalServerPort
	int port;

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
	void onAPhoneTheMenuIsOneRowAndThemOpensTheWholeMenu() {
		Browser b = browser;
		b.useSize(360, 740);
		for (String role : List.of("xa", "coquan", "thanhvien")) {
			b.driver().manage().deleteAllCookies();
			b.signIn(role, "demo");
			b.go("/");
			WebElement heading = b.find(By.cssSelector("main h1"));
			assertThat(heading.getRect().getY()).as(role + ": the page's heading starts near the top").isLessThanOrEqualTo(200);
			WebElement row = b.find(By.cssSelector("header .quick"));
			assertThat(row.getRect().getHeight()).as(role + ": one row").isLessThanOrEqualTo(64);
			assertThat(b.driver().findElements(By.cssSelector("header .nav a")).stream().noneMatch(WebElement::isDisplayed))
				.as(role + ": the full menu is folded away").isTrue();
			assertThat(b.documentWidth()).isLessThanOrEqualTo(b.viewportWidth());
			assertThat(b.find(By.cssSelector(".quick > a[href='/']")).getAttribute("aria-current")).isEqualTo("page");

			b.find(By.cssSelector(".quick .more summary")).click();
			@SuppressWarnings("unchecked")
			List<String> full = (List<String>) b.driver().executeScript(HREFS, "header .nav a:not(.lang)");
			@SuppressWarnings("unchecked")
			List<String> panel = (List<String>) b.driver().executeScript(HREFS, ".more-links a:not(.notices)");
			assertThat(panel).as(role + ": every entry of the menu is under Thêm").containsExactlyElementsOf(full);
			for (WebElement link : b.driver().findElements(By.cssSelector(".more-links a"))) {
				assertThat(link.isDisplayed()).as(role + " " + link.getAttribute("href")).isTrue();
			}
			assertThat(b.find(By.cssSelector(".more-account form.logout button")).isDisplayed()).isTrue();
		}
	}

	@Test
	void onADesktopTheFullMenuShowsAndThePhoneRowDoesNot() {
		Browser b = browser;
		b.useSize(1280, 900);
		b.signIn("xa", "demo");
		b.go("/");
		assertThat(b.driver().findElement(By.cssSelector("header .quick")).isDisplayed()).isFalse();
		assertThat(b.find(By.cssSelector("header .nav a[href='/indicators/reported']")).isDisplayed()).isTrue();
		assertThat(b.find(By.cssSelector("header .who .name")).isDisplayed()).isTrue();
	}
}
