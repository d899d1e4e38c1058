package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.Browser;

/**
 * In a real Chromium: a citizen finds Ấp Cả Bản on the public page (typed without diacritics),
 * sends feedback, keeps the reference number; the commune's one-stop desk officer ({@code coquan})
 * signs in, accepts and answers it; the citizen, without any login, looks the reference up and
 * reads the answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeedbackLoopBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Figures figures;

	@Autowired
	SubmissionThrottle throttle;

	private Browser citizen;

	private Browser officer;

	private FeedbackFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		throttle.reset();
		citizen = Browser.open("http://localhost:" + port);
		officer = Browser.open("http://localhost:" + port);
	}

	@AfterEach
	void tearDown() {
		citizen.close();
		officer.close();
		fx.removeAll();
	}

	@Test
	void aCitizensFeedbackIsAnsweredByTheAgencyAndReadByReference() throws Exception {
		citizen.go("/cong-dan");
		citizen.setValue(citizen.find(By.id("q")), "ca ban");
		citizen.find(By.cssSelector("form[role=search] button")).click();
		citizen.find(By.linkText("Ấp Cả Bản")).click();
		assertThat(citizen.find(By.id("leader")).getText()).isEqualTo("Trai");
		new Select(citizen.find(By.id("category"))).selectByVisibleText("Dịch vụ công trực tuyến");
		citizen.setValue(citizen.find(By.id("description")), "Không thanh toán được lệ phí cấp bản sao trích lục khai sinh.");
		citizen.find(By.id("send-button")).click();
		String reference = citizen.find(By.id("reference")).getText();
		fx.track(reference);
		assertThat(reference).matches("PA-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(citizen.find(By.id("status")).getText()).isEqualTo("Đã chuyển đến cơ quan có trách nhiệm");

		officer.signIn("coquan", "demo");
		officer.go("/feedback");
		officer.find(By.linkText(reference)).click();
		officer.find(By.id("accept")).click();
		officer.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đang xử lý"));
		officer.setValue(officer.find(By.id("answer-text")), "Cổng thanh toán đã được khắc phục, mời bà con nộp lại.");
		officer.find(By.id("send-answer")).click();
		officer.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đã trả lời"));

		citizen.go("/cong-dan");
		citizen.setValue(citizen.find(By.id("ma")), reference.toLowerCase());
		citizen.find(By.cssSelector("form[action$='/tra-cuu'] button")).click();
		assertThat(citizen.find(By.id("status")).getText()).isEqualTo("Đã có trả lời");
		assertThat(citizen.find(By.id("answer")).getText()).isEqualTo("Cổng thanh toán đã được khắc phục, mời bà con nộp lại.");
		assertThat(citizen.find(By.tagName("body")).getText()).contains("Mở lại phản ánh");

		Path shots = Path.of("target", "screenshots");
		Files.createDirectories(shots);
		citizen.useSize(360, 800);
		Files.write(shots.resolve("citizen-status-360.png"), citizen.fullPageScreenshot());
		citizen.go("/cong-dan/ap/" + fx.caBan());
		Files.write(shots.resolve("citizen-hamlet-360.png"), citizen.fullPageScreenshot());
		Files.write(shots.resolve("officer-item-1280.png"), officer.fullPageScreenshot());
	}
}
