package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * A commune officer founds a team the way they would on the real site: a real Chromium, the real
 * application on a random port, the shared embedded PostgreSQL with the demo data. No mocks and
 * no sleeps: every step waits for what the page shows next.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TeamFoundingBrowserTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Browser browser;

	@LocalServerPort
	int port;

	record Person(String name, String sex, String role, boolean youthUnion) {
	}

	private static final List<Person> PEOPLE = List.of(
			new Person("Nguyễn Thị Ánh Tuyết", "FEMALE", "LEADER", true),
			new Person("Trần Văn Đức", "MALE", "DEPUTY", true),
			new Person("Lê Hoàng Yến", "FEMALE", "MEMBER", false),
			new Person("Phạm Quốc Việt", "MALE", "MEMBER", true));

	@BeforeEach
	void startBrowser() {
		browser = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	@Test
	void communeOfficerCreatesHamletTeamAndFourMembersAndSeesTheTeamWithoutSizeWarning() {
		Browser b = browser;
		WebDriver driver = b.driver();
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
		String hamlet = "Ấp Bàu Sen " + suffix;
		String teamName = "Tổ CNSCĐ " + hamlet;

		b.signIn("xa", "demo");
		assertThat(b.find(By.cssSelector("header .who .name")).getText()).isNotBlank();

		// Địa bàn → the officer's own commune.
		b.menu("Địa bàn");
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Xã Tuyên Bình");
		assertThat(b.currentPath()).matches("/units/\\d+");

		// A hamlet with diacritics, through the add-hamlet form.
		WebElement hamletForm = b.find(By.id("add-hamlet"));
		hamletForm.findElement(By.id("hamlet-name")).sendKeys(hamlet);
		new Select(hamletForm.findElement(By.id("hamlet-type"))).selectByValue("AP");
		hamletForm.findElement(By.cssSelector("button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), hamlet));
		assertThat(b.find(By.linkText(hamlet)).getText()).isEqualTo(hamlet);

		// A team in that hamlet.
		b.go("/teams/new");
		WebElement teamForm = b.find(By.id("team-form"));
		Select unit = new Select(teamForm.findElement(By.id("unitId")));
		WebElement choice = unit.getOptions().stream().filter(o -> o.getText().startsWith(hamlet)).findFirst()
			.orElseThrow(() -> new AssertionError("the new hamlet is not offered in the team form"));
		unit.selectByValue(choice.getAttribute("value"));
		teamForm.findElement(By.id("name")).sendKeys(teamName);
		teamForm.findElement(By.id("decisionNo")).sendKeys("15/QĐ-UBND");
		b.setValue(teamForm.findElement(By.id("decisionDate")), "2024-05-01");
		teamForm.findElement(By.cssSelector("button[type=submit]")).click();
		b.waiting().until(ExpectedConditions.urlMatches("/teams/\\d+$"));
		assertThat(b.find(By.cssSelector("h1")).getText()).contains(teamName);
		assertThat(driver.findElement(By.cssSelector("main .muted")).getText()).contains("15/QĐ-UBND", "01/05/2024");
		String teamPath = b.currentPath();
		String hamletPath = driver.findElement(By.cssSelector("main .muted a[href*='/units/']")).getAttribute("href")
			.replaceFirst("^.*(/units/\\d+)$", "$1");
		String hamletId = hamletPath.substring("/units/".length());

		// Four members; under four the page warns, at four it does not.
		LocalDate today = LocalDate.now(VIETNAM);
		for (int i = 0; i < PEOPLE.size(); i++) {
			assertThat(driver.findElements(By.cssSelector("h1 .badge.warn")))
				.as("size warning with %d members", i).isNotEmpty();
			Person p = PEOPLE.get(i);
			b.find(By.id("add-member")).click();
			WebElement form = b.find(By.id("member-form"));
			form.findElement(By.id("fullName")).sendKeys(p.name());
			b.setValue(form.findElement(By.id("birthDate")), today.minusYears(20 + i).minusDays(30L * (i + 1)).toString());
			new Select(form.findElement(By.id("sex"))).selectByValue(p.sex());
			form.findElement(By.id("phone")).sendKeys(uniqueMobile(i));
			new Select(form.findElement(By.id("role"))).selectByValue(p.role());
			if (p.youthUnion()) {
				form.findElement(By.cssSelector("input[name=affiliations][value=YOUTH_UNION]")).click();
			}
			form.findElement(By.cssSelector("button[type=submit]")).click();
			int expected = i + 1;
			b.waiting().until(ExpectedConditions.and(ExpectedConditions.urlMatches(teamPath + "$"),
					ExpectedConditions.textToBe(By.id("active-count"), String.valueOf(expected))));
			assertThat(b.find(By.cssSelector(".flash.ok")).getText()).contains(p.name());
		}
		assertThat(driver.findElements(By.cssSelector("h1 .badge.warn"))).as("size warning with 4 members").isEmpty();
		// Read back as typed, diacritics and all; the leader first, then the deputy, then members by name.
		assertThat(driver.findElements(By.cssSelector(".people .person strong")).stream().map(WebElement::getText))
			.containsExactlyElementsOf(PEOPLE.stream().map(Person::name).toList());
		assertThat(driver.findElements(By.cssSelector(".people .badge.youth"))).hasSize(4);

		// The team list, searched by name the way an officer types it (htmx swaps the table).
		b.go("/teams");
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Tổ công nghệ số cộng đồng");
		b.find(By.cssSelector("form.filters input[name=q]")).sendKeys("Bau Sen " + suffix);
		b.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
			List<WebElement> rows = d.findElements(By.cssSelector("#team-table tbody tr"));
			return rows.size() == 1 && rows.get(0).getText().contains(teamName);
		});
		WebElement row = driver.findElement(By.cssSelector("#team-table tbody tr"));
		assertThat(row.findElement(By.tagName("a")).getText()).isEqualTo(teamName);
		assertThat(row.findElements(By.cssSelector(".badge.warn"))).as("no size warning in the list").isEmpty();
		assertThat(row.findElement(By.cssSelector("td.num")).getText()).isEqualTo("4");
		assertThat(b.currentPath()).contains("q=");

		// The warning filter does not list it.
		b.go("/teams?sizeWarning=true&q=" + suffix);
		b.find(By.id("team-table"));
		assertThat(driver.findElement(By.id("team-table")).getText()).doesNotContain(teamName);

		// The hamlet's teams, through the unit filter.
		b.go("/teams?unitId=" + hamletId);
		assertThat(b.find(By.cssSelector("#team-table tbody")).getText()).contains(teamName).doesNotContain("Ngoài 4–12");

		// Members with diacritics read back from the member list of that hamlet.
		b.go("/members?unitId=" + hamletId);
		assertThat(b.find(By.cssSelector("#member-table tbody")).getText())
			.contains("Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Hoàng Yến", "Phạm Quốc Việt");

		// The same team page on a 360 px phone: everything fits without sideways scrolling.
		b.useWidth(360);
		b.go(teamPath);
		assertThat(b.find(By.cssSelector("h1")).getText()).contains(teamName);
		assertThat(b.find(By.cssSelector(".people")).getText()).contains("Trần Văn Đức", "Lê Hoàng Yến");
		assertThat(b.documentWidth()).as("page width at 360 px").isLessThanOrEqualTo(b.viewportWidth());
		b.useWidth(1280);
	}

	/** 09x + 7 random digits, with the member index mixed in so the four never collide. */
	private static String uniqueMobile(int index) {
		String prefix = List.of("090", "091", "097", "098").get(index);
		return prefix + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}
}
