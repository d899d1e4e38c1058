package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.Browser;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.HouseholdFixtures;

/**
 * The provincial officer drills down from the province to a hamlet by clicking, in a real
 * Chromium: at each level the covered-household tile equals the sum of the child units' figures
 * in the table, and at the hamlet it equals the hamlet's row one level up. Households are made
 * covered beforehand through the API in two districts and in two hamlets of Xã Tuyên Bình, so
 * the sums add more than one non-zero child.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardDrillDownBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	@BeforeEach
	void setUp() throws Exception {
		DashboardFixtures fx = new DashboardFixtures(jdbc, new HouseholdFixtures(mvc, jdbc));
		fx.coveredHousehold("tinh", fx.hamletWithTeamUnder("Huyện Tân Hưng"));
		fx.coveredHousehold("tinh", fx.hamletWithTeamUnder("Thị trấn Vĩnh Hưng"));
		fx.coveredHousehold("tinh", HouseholdFixtures.CA_BAN);
		fx.coveredHousehold("tinh", HouseholdFixtures.AP_2);
		browser = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void provincialOfficerDrillsDownToAHamletAndEachLevelAddsUp() {
		Browser b = browser;
		b.signIn("tinh", "demo");
		b.menu("Bảng điều khiển");
		b.waiting().until(ExpectedConditions.urlMatches("/dashboard/\\d+$"));
		assertThat(b.find(By.tagName("h1")).getText()).startsWith("Tỉnh Long An");
		b.find(By.cssSelector("#chart-children canvas"));

		List<Long> districts = assertTileIsTheSumOfTheChildren("Tỉnh Long An");
		assertThat(districts.stream().filter(n -> n > 0).count()).as("districts with covered households").isGreaterThanOrEqualTo(2);

		drillTo("Huyện Vĩnh Hưng");
		List<Long> communes = assertTileIsTheSumOfTheChildren("Huyện Vĩnh Hưng");
		assertThat(communes.stream().filter(n -> n > 0).count()).as("communes with covered households").isGreaterThanOrEqualTo(2);

		drillTo("Xã Tuyên Bình");
		assertTileIsTheSumOfTheChildren("Xã Tuyên Bình");
		long caBanInTable = coveredInRow("Ấp Cả Bản");
		assertThat(caBanInTable).isPositive();

		drillTo("Ấp Cả Bản");
		assertThat(covered()).as("the hamlet's tile equals its row in the commune's table").isEqualTo(caBanInTable);
		assertThat(b.driver().findElements(By.id("children"))).isEmpty();
		assertThat(b.find(By.id("hamlet-team-link")).getAttribute("href")).contains("/teams?unitId=");
		assertThat(b.find(By.cssSelector(".crumbs")).getText()).contains("Tỉnh Long An").contains("Huyện Vĩnh Hưng")
			.contains("Xã Tuyên Bình");

		// The period picker swaps the dashboard in place and gives the address bar the short link.
		int year = YearMonth.from(HouseholdFixtures.today()).getYear();
		new Select(b.find(By.id("period-kind"))).selectByValue("YEAR");
		new Select(b.find(By.id("period-year"))).selectByValue(String.valueOf(year));
		b.driver().findElement(By.cssSelector("#period-form button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.urlContains("from=" + year + "-01&to=" + year + "-12"));
		b.waiting().until(ExpectedConditions.textToBe(By.id("period-label"), "Năm " + year));
		b.find(By.cssSelector("#chart-trend canvas"));
		assertThat(covered()).isEqualTo(caBanInTable);
	}

	@Test
	void onAPhoneTheDashboardFitsAndTheTablesScrollInsideThePage() {
		Browser b = browser;
		b.useSize(360, 740);
		b.signIn("tinh", "demo");
		b.go("/dashboard");
		b.find(By.cssSelector("#chart-children canvas"));
		assertThat(b.documentWidth()).as("page width at 360 px").isLessThanOrEqualTo(b.viewportWidth());
		WebElement tiles = b.find(By.id("tiles"));
		List<WebElement> tile = tiles.findElements(By.cssSelector(".dash-tile"));
		assertThat(tile.get(0).getRect().getY()).as("two tiles to a row").isEqualTo(tile.get(1).getRect().getY());
		assertThat(tile.get(2).getRect().getY()).isGreaterThan(tile.get(0).getRect().getY());
		WebElement scroller = b.find(By.cssSelector("#children")).findElement(By.xpath(".."));
		long inner = ((Number) b.driver().executeScript("return arguments[0].scrollWidth", scroller)).longValue();
		long outer = ((Number) b.driver().executeScript("return arguments[0].clientWidth", scroller)).longValue();
		assertThat(inner).as("the child table scrolls sideways inside its box").isGreaterThan(outer);
	}

	private void drillTo(String name) {
		browser.find(By.cssSelector("#children tbody")).findElement(By.linkText(name)).click();
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
	}

	/** Checks the covered-household tile against the table's column; the children's figures. */
	private List<Long> assertTileIsTheSumOfTheChildren(String unit) {
		int column = coveredColumn();
		List<Long> children = browser.driver().findElements(By.cssSelector("#children tbody tr")).stream()
			.map(row -> number(row.findElements(By.cssSelector("td")).get(column).getText())).toList();
		assertThat(children).as("children of %s", unit).isNotEmpty();
		assertThat(covered()).as("covered households of %s", unit).isEqualTo(children.stream().mapToLong(Long::longValue).sum());
		assertThat(number(browser.driver().findElements(By.cssSelector("#children tfoot tr > *")).get(column).getText()))
			.as("total row of %s", unit).isEqualTo(covered());
		return children;
	}

	private long coveredInRow(String name) {
		int column = coveredColumn();
		return browser.driver().findElements(By.cssSelector("#children tbody tr")).stream()
			.filter(row -> row.findElements(By.cssSelector("td")).get(0).getText().equals(name)).findFirst()
			.map(row -> number(row.findElements(By.cssSelector("td")).get(column).getText())).orElseThrow();
	}

	private int coveredColumn() {
		List<String> headers = browser.driver().findElements(By.cssSelector("#children thead th")).stream()
			.map(WebElement::getText).map(String::strip).toList();
		int column = headers.indexOf("Hộ có người thành thạo");
		assertThat(column).as("column in %s", headers).isPositive();
		return column;
	}

	private long covered() {
		return number(browser.find(By.cssSelector("#tile-COVERED_HOUSEHOLDS .value")).getText());
	}

	private static long number(String text) {
		return Long.parseLong(text.replace(".", "").strip());
	}
}
