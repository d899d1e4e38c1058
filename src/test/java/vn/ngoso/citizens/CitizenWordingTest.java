package vn.ngoso.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * A citizen reads a visit request in plain words — received, taken on, late, helped, each with its
 * day — never the team's internal status, a percentage or anyone's name or phone; and a refused
 * request opens on an error summary that links each error to its field and keeps what was typed.
 */
@IntegrationTest
class CitizenWordingTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String NAME = "Võ Thị Hồng Nhung";

	private static final String PHONE = "0934567899";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionThrottle throttle;

	long caBan;

	@BeforeEach
	void setUp() {
		caBan = jdbc.sql("select id from admin_unit where code = '27781-001'").query(Long.class).single();
		throttle.reset();
	}

	@AfterEach
	void tearDown() {
		String mine = "select id from task where done_means like '%TEST-CW%'";
		jdbc.sql("delete from notification where task_id in (" + mine + ")").update();
		jdbc.sql("delete from task_event where task_id in (" + mine + ")").update();
		jdbc.sql("delete from task where id in (" + mine + ")").update();
		throttle.reset();
	}

	@Test
	void theStatusPageSpeaksTheCitizensWordsWithTheDayOfEachStage() throws Exception {
		String reference = send();
		long task = jdbc.sql("select id from task where reference = ?").param(reference).query(Long.class).single();
		LocalDate received = jdbc.sql("select starts_on from task where id = ?").param(task).query(LocalDate.class).single();
		LocalDate due = jdbc.sql("select due_on from task where id = ?").param(task).query(LocalDate.class).single();

		String page = statusPage(reference);
		assertThat(page).contains("Đã nhận yêu cầu").contains("ngày " + DAY.format(received))
			.contains("Tổ sẽ gọi lại cho bạn trước ngày " + DAY.format(due));
		assertInternalWordsHidden(page);

		// 17:30 UTC on the 3rd is already the 4th in Vietnam: the day shown is Vietnam's
		change(task, "IN_PROGRESS", 40, OffsetDateTime.of(2026, 12, 3, 17, 30, 0, 0, ZoneOffset.UTC));
		page = statusPage(reference);
		assertThat(page).contains("Tổ đã nhận việc, sẽ liên hệ").contains("ngày 04/12/2026").doesNotContain("40%");
		assertInternalWordsHidden(page);

		change(task, "OVERDUE", 40, OffsetDateTime.of(2026, 12, 5, 1, 0, 0, 0, ZoneOffset.UTC));
		page = statusPage(reference);
		assertThat(page).contains("Tổ chưa liên hệ kịp hẹn").contains("ngày 05/12/2026").doesNotContain("Quá hạn");
		assertInternalWordsHidden(page);

		change(task, "DONE", 100, OffsetDateTime.of(2026, 12, 6, 2, 0, 0, 0, ZoneOffset.UTC));
		// a sign-off day no other date on the page can be (the page also shows the day it was received: today)
		LocalDate signedOff = received.plusYears(1);
		change(task, "SIGNED_OFF", 100, signedOff.atTime(9, 0).atOffset(ZoneOffset.UTC));
		page = statusPage(reference);
		assertThat(page).as("signing off is the officers' business: helped on the day the team finished")
			.contains("Đã hỗ trợ xong").contains("ngày 06/12/2026").doesNotContain(DAY.format(signedOff))
			.doesNotContain("Đã xác nhận hoàn thành").doesNotContain("100%");
		assertInternalWordsHidden(page);

		String english = mvc.perform(get("/cong-dan/yeu-cau/" + reference).header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Help given").contains("on 06/12/2026").doesNotContain("Signed off");
	}

	@Test
	void aRefusedRequestOpensOnASummaryLinkingEachErrorToItsFieldAndKeepsWhatWasTyped() throws Exception {
		String body = mvc.perform(post("/cong-dan/ap/" + caBan + "/yeu-cau").param("topic", "VNEID")
				.param("details", "TEST-CW nhờ cài VNeID").param("contactName", NAME).param("contactPhone", "12345"))
			.andExpect(status().isBadRequest()).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String summary = body.substring(body.indexOf("<div class=\"error-summary\""), body.indexOf("</div>", body.indexOf("error-summary")));
		assertThat(summary).contains("role=\"alert\"").contains("tabindex=\"-1\"").contains("autofocus")
			.contains("Chưa gửi được yêu cầu");
		assertThat(summary.indexOf("href=\"#visit-phone\"")).as("errors in the form's order").isPositive()
			.isLessThan(summary.indexOf("href=\"#visit-consent\""));
		assertThat(summary).contains("Số điện thoại liên hệ: phải là số di động 10 chữ số.")
			.contains("Đồng ý liên hệ: bạn cần đánh dấu ô đồng ý").doesNotContain("#topic").doesNotContain("#details");
		assertThat(body.indexOf("error-summary")).as("the summary sits above the form")
			.isLessThan(body.indexOf("action=\"/cong-dan/ap/" + caBan + "/yeu-cau\""));
		// beside each field, and tied to it for screen readers
		assertThat(body).contains("id=\"visit-phone-error\"").contains("id=\"visit-consent-error\"")
			.contains("aria-describedby=\"visit-phone-error\"").contains("aria-invalid=\"true\"")
			.contains("<label class=\"consent invalid\" for=\"visit-consent\"");
		// what the citizen typed is still there
		assertThat(body).contains("value=\"" + NAME + "\"").contains("value=\"12345\"").contains(">TEST-CW nhờ cài VNeID</textarea>")
			.contains("<option value=\"VNEID\" selected=\"selected\"");
		String fresh = mvc.perform(get("/cong-dan/ap/" + caBan)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fresh).as("no summary before a submit").doesNotContain("error-summary").contains("class=\"consent\" for=\"visit-consent\"");
	}

	private void assertInternalWordsHidden(String page) {
		assertThat(page).doesNotContain("Mới giao").doesNotContain("Tiến độ").doesNotContain("Đang làm")
			.doesNotContain("chờ xác nhận").doesNotContain("%<").doesNotContain(NAME).doesNotContain(PHONE)
			.doesNotContain("934567899");
		for (String member : jdbc.sql("select m.full_name from member m join team t on t.id = m.team_id "
				+ "join admin_unit u on u.id = t.unit_id where u.code = '27781-001'").query(String.class).list()) {
			assertThat(page).as("no member's name").doesNotContain(member);
		}
	}

	private void change(long task, String status, int progress, OffsetDateTime at) {
		jdbc.sql("update task set status = ?, progress = ? where id = ?").params(status, progress, task).update();
		jdbc.sql("insert into task_event (task_id, actor, kind, progress, status, at) values (?, 'totruong', 'PROGRESS', ?, ?, ?)")
			.params(task, progress, status, at).update();
	}

	private String send() throws Exception {
		String location = mvc.perform(post("/cong-dan/ap/" + caBan + "/yeu-cau").param("topic", "SMARTPHONE")
				.param("details", "TEST-CW dùng Zalo").param("contactName", NAME).param("contactPhone", PHONE)
				.param("consent", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return location.substring("/cong-dan/yeu-cau/".length(), location.indexOf('?'));
	}

	private String statusPage(String reference) throws Exception {
		return mvc.perform(get("/cong-dan/yeu-cau/" + reference)).andExpect(status().isOk())
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
