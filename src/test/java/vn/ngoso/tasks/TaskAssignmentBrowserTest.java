package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;
import vn.ngoso.support.HouseholdFixtures;

/**
 * In a real Chromium: the commune officer {@code xa} gives the Cả Bản team a task with a deadline,
 * the team leader {@code totruong} finds it in "Việc của tôi" on a 360 px phone and sets it to
 * 100 %, and {@code xa} signs it off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskAssignmentBrowserTest {

	static final String TITLE = "Hướng dẫn 15 hộ cài ứng dụng Long An Số";

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
	void communeAssignsTeamLeaderFinishesCommuneSignsOff() {
		Browser b = browser;
		b.signIn("xa", "demo");
		b.menu("Công việc");
		b.find(By.id("new-task")).click();
		b.find(By.id("title")).sendKeys(TITLE);
		b.driver().findElement(By.id("doneMeans")).sendKeys("15 hộ đã cài và đăng nhập được Long An Số");
		Select assignee = new Select(b.driver().findElement(By.id("assignee")));
		WebElement caBan = assignee.getOptions().stream()
			.filter(o -> o.getText().equals("Tổ CNSCĐ Ấp Cả Bản") && o.getAttribute("value").startsWith("TEAM:"))
			.findFirst().orElseThrow();
		assignee.selectByValue(caBan.getAttribute("value"));
		String deadline = HouseholdFixtures.today().plusDays(21).toString();
		b.setValue(b.driver().findElement(By.id("dueOn")), deadline);
		b.driver().findElement(By.id("save-task")).click();
		b.waiting().until(ExpectedConditions.urlMatches("/tasks/\\d+$"));
		String taskPath = b.currentPath();
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(b.find(By.id("task-status")).getText()).isEqualTo("Mới giao");
		b.driver().manage().deleteAllCookies();

		b.useSize(360, 740);
		b.signIn("totruong", "demo");
		b.menu("Việc của tôi");
		WebElement mine = b.find(By.id("my-tasks"));
		assertThat(b.documentWidth()).as("no sideways scrolling on the phone").isLessThanOrEqualTo(b.viewportWidth());
		List<WebElement> links = mine.findElements(By.linkText(TITLE));
		assertThat(links).hasSize(1);
		links.get(0).click();
		b.find(By.id("progress-form"));
		b.driver().findElement(By.cssSelector("#progress-form button[type=button]")).click();
		assertThat(b.driver().findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
		b.driver().findElement(By.id("save-progress")).click();
		b.waiting().until(ExpectedConditions.textToBe(By.id("task-status"), "Đã xong, chờ xác nhận"));
		assertThat(b.find(By.id("task-progress")).getText()).isEqualTo("100%");
		assertThat(b.driver().findElements(By.id("sign-off"))).as("the leader is not accountable").isEmpty();
		b.driver().manage().deleteAllCookies();

		b.useSize(1280, 900);
		b.signIn("xa", "demo");
		b.go(taskPath);
		b.find(By.id("sign-off")).click();
		b.waiting().until(ExpectedConditions.textToBe(By.id("task-status"), "Đã xác nhận hoàn thành"));
		assertThat(b.find(By.id("history")).getText()).contains("totruong").contains("xác nhận hoàn thành");
	}
}
