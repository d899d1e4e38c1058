package vn.ngoso.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.outreach.PublicDeskDay;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * What the hamlet's page lists around it (desk days coming up, cashless points of the commune)
 * and the visit request: it becomes a task for the hamlet's team, its status page shows no name
 * or phone, and every bad input is refused with its message and nothing written.
 */
@IntegrationTest
class CitizenRequestPageTest {

	private static final String NAME = "Lê Thị Thu Cúc";

	private static final String PHONE = "0934567812";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionThrottle throttle;

	@Autowired
	ServiceDeskDays deskDays;

	long caBan;

	@BeforeEach
	void setUp() {
		caBan = jdbc.sql("select id from admin_unit where code = '27781-001'").query(Long.class).single();
		throttle.reset();
	}

	@AfterEach
	void tearDown() {
		String mine = "select id from task where done_means like 'TEST-CR%' or done_means like '%: TEST-CR%'";
		jdbc.sql("delete from notification where task_id in (" + mine + ")").update();
		jdbc.sql("delete from task_event where task_id in (" + mine + ")").update();
		jdbc.sql("delete from task where id in (" + mine + ")").update();
		throttle.reset();
	}

	@Test
	void theHamletPageListsTheDeskDaysComingUpAndTheCommunesCashlessPointsWithoutAnyoneOnDuty() throws Exception {
		String page = page(get("/cong-dan/ap/" + caBan));
		List<PublicDeskDay> upcoming = deskDays.upcomingForPublic(caBan);
		assertThat(upcoming).as("the demo plans two days ahead at the commune's desk").hasSizeGreaterThanOrEqualTo(2);
		assertThat(page).contains("Ngày hỗ trợ tại bộ phận một cửa sắp tới").contains("Bộ phận một cửa");
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		for (PublicDeskDay day : upcoming) {
			assertThat(page).contains(format.format(day.date())).contains(day.unitName());
		}
		for (String onDuty : jdbc.sql("""
				select p.full_name from service_desk_day d join service_desk_member m on m.day_id = d.id
				join member p on p.id = m.member_id join admin_unit h on h.id = ?
				where d.unit_path @> h.path and d.served_on >= ?
				""").params(caBan, deskDays.today()).query(String.class).list()) {
			assertThat(page).as("members on duty stay private").doesNotContain(onDuty);
		}
		assertThat(page).contains("Nơi thanh toán không dùng tiền mặt trong xã")
			.contains("Chợ Tuyên Bình", "Sạp rau bà Năm", "Cửa hàng tiện lợi Ấp 2", "Siêu thị mini Tuyên Bình")
			.contains("Siêu thị", "Cửa hàng tiện lợi", "Sạp trong chợ")
			.contains("Thẻ ATM", "VietQR", "Mobile Money")
			.contains("Ở ấp này")
			.doesNotContain("ATM_CARD").doesNotContain("MOBILE_MONEY");
		for (String member : jdbc.sql("select m.full_name from member m join team t on t.id = m.team_id "
				+ "join admin_unit u on u.id = t.unit_id where u.code like '27781%'").query(String.class).list()) {
			assertThat(page).as("no member's full name").doesNotContain(member);
		}
	}

	@Test
	void aVisitRequestBecomesATaskForTheHamletsTeamAndItsStatusPageShowsNoContact() throws Exception {
		MvcResult sent = mvc.perform(ask(Map.of("topic", "VNEID", "details", "TEST-CR cài cho bố mẹ, gọi 0912345678",
				"contactName", NAME, "contactPhone", PHONE, "consent", "true")))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).matches("/cong-dan/yeu-cau/YC-\\d{2}-[A-Z2-9]{6}\\?moi");
		assertThat(sent.getResponse().getCookies()).isEmpty();
		String reference = location.substring("/cong-dan/yeu-cau/".length(), location.indexOf('?'));

		Map<String, Object> task = jdbc.sql("""
				select t.kind, t.status, t.done_means, t.contact_name, t.contact_phone, t.assignee_kind,
				       (select tm.unit_id from team tm where tm.id = t.assignee_team_id) as team_unit
				from task t where t.reference = ?
				""").param(reference).query().singleRow();
		assertThat(task).containsEntry("kind", "CITIZEN_REQUEST").containsEntry("status", "NEW")
			.containsEntry("assignee_kind", "TEAM").containsEntry("team_unit", caBan)
			.containsEntry("done_means", "Cài đặt, kích hoạt VNeID: TEST-CR cài cho bố mẹ, gọi 0912345678")
			.containsEntry("contact_name", NAME).containsEntry("contact_phone", PHONE);

		String statusPage = page(get("/cong-dan/yeu-cau/" + reference).param("moi", ""));
		assertThat(statusPage).contains(reference).contains("Đã nhận yêu cầu").doesNotContain("Mới giao").contains("Ấp Cả Bản").contains("Đã gửi yêu cầu");
		for (String personal : new String[] { NAME, PHONE, "934567812", "0912345678", "cài cho bố mẹ" }) {
			assertThat(statusPage).doesNotContain(personal);
		}
		assertThat(mvc.perform(get("/cong-dan/tra-cuu").param("ma", reference.toLowerCase())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/cong-dan/yeu-cau/" + reference);
		mvc.perform(get("/cong-dan/yeu-cau/YC-00-AAAAAA")).andExpect(status().isNotFound())
			.andExpect(SafeResponses.noStackTrace());
		assertThat(page(get("/cong-dan/ap/" + caBan))).as("the hamlet page shows nobody's request")
			.doesNotContain(NAME).doesNotContain(PHONE);
	}

	@Test
	void badInputIsRefusedWithItsMessageAndNothingIsWritten() throws Exception {
		Map<String, Long> before = rows();
		refused(Map.of("topic", "", "details", "  ", "contactName", NAME, "contactPhone", PHONE, "consent", "true"), 400,
				"Nội dung cần hỗ trợ: không được để trống");
		refused(Map.of("topic", "OTHER", "contactName", NAME, "contactPhone", PHONE, "consent", "true"), 400,
				"Nội dung cần hỗ trợ: không được để trống");
		refused(Map.of("topic", "HACK", "details", "TEST-CR x", "contactName", NAME, "contactPhone", PHONE,
				"consent", "true"), 400, "Cần hỗ trợ việc gì: hãy chọn một việc trong danh sách.");
		refused(Map.of("topic", "VNEID", "details", "TEST-CR x", "contactName", NAME, "contactPhone", "12345",
				"consent", "true"), 400, "Số điện thoại liên hệ: phải là số di động 10 chữ số.");
		refused(Map.of("topic", "VNEID", "details", "TEST-CR x", "contactName", " ", "contactPhone", PHONE,
				"consent", "true"), 400, "Họ và tên người liên hệ: không được để trống.");
		refused(Map.of("topic", "VNEID", "details", "TEST-CR x", "contactName", NAME, "contactPhone", PHONE), 400,
				"Đồng ý liên hệ: bạn cần đánh dấu ô đồng ý");
		refused(Map.of("topic", "VNEID", "details", "TEST-CR x", "contactName", NAME, "contactPhone", PHONE,
				"consent", "true", "website", "http://spam.example"), 400, "Không gửi được.");
		refused(Map.of("topic", "VNEID", "details", "TEST-CR " + "a".repeat(1000), "contactName", NAME,
				"contactPhone", PHONE, "consent", "true"), 400, "tối đa 1000 ký tự");
		assertThat(rows()).isEqualTo(before);
		mvc.perform(post("/cong-dan/ap/" + caBan + "/yeu-cau").contentType("application/x-www-form-urlencoded")
			.content("topic=OTHER&details=TEST-CR+" + "x".repeat(20_000))).andExpect(status().isPayloadTooLarge());
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aFloodOfRequestsFromOneAddressIsRefusedWhileOthersStillGetThrough() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(ask(valid("TEST-CR lần " + i))).andExpect(status().is3xxRedirection());
		}
		Map<String, Long> before = rows();
		String body = mvc.perform(ask(valid("TEST-CR lần 6"))).andExpect(status().isTooManyRequests())
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Bạn đã gửi quá nhiều lần trong thời gian ngắn");
		assertThat(rows()).isEqualTo(before);
		mvc.perform(ask(valid("TEST-CR từ máy khác")).with(r -> {
			r.setRemoteAddr("10.9.8.6");
			return r;
		})).andExpect(status().is3xxRedirection());
	}

	private Map<String, String> valid(String details) {
		return Map.of("topic", "SMARTPHONE", "details", details, "contactName", NAME, "contactPhone", PHONE, "consent", "true");
	}

	private Map<String, Long> rows() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("task", "task_event", "notification", "audit_log")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private void refused(Map<String, String> fields, int status, String message) throws Exception {
		throttle.reset();
		String body = mvc.perform(ask(fields)).andExpect(status().is(status)).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("%s", fields).contains(message).doesNotContain("Exception");
	}

	private MockHttpServletRequestBuilder ask(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/cong-dan/ap/" + caBan + "/yeu-cau");
		fields.forEach(request::param);
		return request;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
