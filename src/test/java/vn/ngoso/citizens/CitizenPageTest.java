package vn.ngoso.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.feedback.FeedbackFixtures;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * The citizens' page without login: find a team (diacritics ignored, nothing personal), send
 * feedback, read it by reference, and every bad input refused with its message and nothing
 * written — including a robot's honeypot, an oversized body and a flood from one address.
 */
@IntegrationTest
class CitizenPageTest {

	@Autowired
	MockMvc mvc;

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

	FeedbackFixtures fx;

	long caBan;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		caBan = fx.caBan();
		throttle.reset();
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("select reference from feedback where description like 'TEST-CP %'").query(String.class).list()
			.forEach(fx::track);
		fx.removeAll();
		throttle.reset();
	}

	@Test
	void findMyTeamIgnoresDiacriticsAndShowsOnlyTheLeadersGivenNameAndAMaskedPhone() throws Exception {
		String results = page(get("/cong-dan").param("q", "ca ban tuyen binh"));
		assertThat(results).contains("Ấp Cả Bản").contains("Xã Tuyên Bình");
		String hamlet = page(get("/cong-dan/ap/" + caBan));
		String phone = jdbc.sql("select m.phone from member m join team t on t.id = m.team_id where t.unit_id = ? and m.role = 'LEADER'")
			.param(caBan).query(String.class).single();
		assertThat(hamlet).contains("Trai").doesNotContain("Nguyễn Ngọc Trai").doesNotContain(phone)
			.contains(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(hamlet).as("no session, no cookie for a visitor").doesNotContain("JSESSIONID");
	}

	@Test
	void aCitizenSendsFeedbackAndReadsItByReferenceWithoutAnyContactShown() throws Exception {
		MvcResult sent = mvc.perform(form(Map.of("category", "PUBLIC_SERVICES",
				"description", "TEST-CP Không nộp được hồ sơ, gọi tôi 0912345678", "contactName", "Trần Thị Mai",
				"contactPhone", "0987654321", "consent", "true")))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).matches("/cong-dan/phan-anh/PA-[2-9A-Z]{4}-[2-9A-Z]{4}\\?moi");
		assertThat(sent.getResponse().getCookies()).isEmpty();
		String reference = location.substring("/cong-dan/phan-anh/".length(), location.indexOf('?'));
		String statusPage = page(get("/cong-dan/phan-anh/" + reference));
		assertThat(statusPage).contains(reference).contains("Đã chuyển đến cơ quan có trách nhiệm")
			.contains("Bộ phận một cửa UBND xã Tuyên Bình").contains("Không nộp được hồ sơ");
		for (String personal : new String[] { "Trần Thị Mai", "0987654321", "0912345678", "987654321" }) {
			assertThat(statusPage).doesNotContain(personal);
			assertThat(page(get("/open311/v2/requests.json").param("service_request_id", reference))).doesNotContain(personal);
			assertThat(page(get("/open311/v2/requests.json"))).doesNotContain(personal);
		}
		assertThat(jdbc.sql("select contact_phone from feedback where reference = ?").param(reference).query(String.class)
			.single()).as("kept for the agency, with consent").isEqualTo("0987654321");
		assertThat(page(get("/cong-dan/tra-cuu").param("ma", reference.toLowerCase()))).isEmpty();
	}

	@Test
	void theDescriptionIsPublishedOnlyWhenTheCitizenTicksTheBox() throws Exception {
		assertThat(page(get("/cong-dan/ap/" + caBan))).contains("name=\"public\"");
		mvc.perform(form(Map.of("category", "OTHER", "description", "TEST-CP chỉ mình tôi xem")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(Map.of("category", "OTHER", "description", "TEST-CP ai cũng xem được", "public", "true")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select description || ':' || published from feedback where description like 'TEST-CP %' order by received_at")
			.query(String.class).list()).containsExactly("TEST-CP chỉ mình tôi xem:false", "TEST-CP ai cũng xem được:true");
		assertThat(page(get("/open311/v2/requests.json"))).contains("TEST-CP ai cũng xem được")
			.doesNotContain("TEST-CP chỉ mình tôi xem");
	}

	@Test
	void badInputIsRefusedWithItsMessageAndNothingIsWritten() throws Exception {
		var before = fx.counts();
		refused(Map.of("category", "KHONG_CO", "description", "TEST-CP x"), 400, "Lĩnh vực phản ánh không tồn tại.");
		refused(Map.of("category", "OTHER", "description", "   "), 400, "Vui lòng nhập nội dung phản ánh.");
		refused(Map.of("category", "OTHER", "description", "TEST-CP " + "a".repeat(2000)), 400,
				"Nội dung phản ánh dài quá 2.000 ký tự.");
		refused(Map.of("category", "OTHER", "description", "TEST-CP x", "lat", "48.85", "lon", "2.35"), 400,
				"Tọa độ (vĩ độ, kinh độ) nằm ngoài lãnh thổ Việt Nam.");
		refused(Map.of("category", "OTHER", "description", "TEST-CP x", "lat", "abc", "lon", "106"), 400,
				"Giá trị phải là một số");
		refused(Map.of("category", "OTHER", "description", "TEST-CP x", "contactPhone", "0912345678"), 400,
				"bạn cần đồng ý");
		refused(Map.of("category", "OTHER", "description", "TEST-CP x", "contactPhone", "12345", "consent", "true"), 400,
				"Số điện thoại liên hệ không hợp lệ");
		refused(Map.of("category", "OTHER", "description", "TEST-CP x", "website", "http://spam.example"), 400,
				"Không gửi được.");
		// a NUL (PostgreSQL refuses it: it was a 500) is shown beside the field it was typed into
		refused(Map.of("category", "OTHER", "description", "TEST-CP dán\u0000vào"), 400,
				"<p class=\"field-error\">Có ký tự điều khiển không hợp lệ");
		assertThat(fx.counts()).isEqualTo(before);
		String huge = "TEST-CP " + "x".repeat(20_000);
		mvc.perform(post("/cong-dan/ap/" + caBan + "/phan-anh").contentType("application/x-www-form-urlencoded")
			.content("category=OTHER&description=" + huge)).andExpect(status().isPayloadTooLarge());
		assertThat(fx.counts()).isEqualTo(before);
		assertThat(page(get("/cong-dan/tra-cuu").param("ma", "PA-2222-2222"))).contains("Không tìm thấy phản ánh với mã số này.");
		mvc.perform(get("/cong-dan/phan-anh/PA-2222-2222")).andExpect(status().isNotFound())
			.andExpect(SafeResponses.noStackTrace());
	}

	@Test
	void aFloodFromOneAddressIsRefusedWithAClearMessageWhileOthersStillGetThrough() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(form(Map.of("category", "OTHER", "description", "TEST-CP lần " + i)))
				.andExpect(status().is3xxRedirection());
		}
		var before = fx.counts();
		String body = mvc.perform(form(Map.of("category", "OTHER", "description", "TEST-CP lần 6")))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Bạn đã gửi quá nhiều lần trong thời gian ngắn");
		assertThat(fx.counts()).isEqualTo(before);
		mvc.perform(form(Map.of("category", "OTHER", "description", "TEST-CP từ máy khác")).with(r -> {
			r.setRemoteAddr("10.9.8.7");
			return r;
		})).andExpect(status().is3xxRedirection());
	}

	@Test
	void theReopenFormRefusesAnEmptyReasonAndALateReopening() throws Exception {
		var item = fx.submit("OTHER", caBan, "TEST-CP mở lại");
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(fx.idOf(item.reference()), "Đã xử lý xong")));
		String answered = page(get("/cong-dan/phan-anh/" + item.reference()));
		assertThat(answered).contains("Đã xử lý xong").contains("Mở lại phản ánh");
		var before = fx.counts();
		assertThat(mvc.perform(post("/cong-dan/phan-anh/" + item.reference() + "/mo-lai").param("reason", ""))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Vui lòng nêu lý do.");
		fx.answeredDaysAgo(item.reference(), 8);
		assertThat(mvc.perform(post("/cong-dan/phan-anh/" + item.reference() + "/mo-lai").param("reason", "Chưa xong"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Đã quá 7 ngày kể từ khi trả lời");
		assertThat(fx.counts()).isEqualTo(before);
	}

	private void refused(Map<String, String> fields, int status, String message) throws Exception {
		throttle.reset(); // every attempt counts against the address; these are not a flood
		String body = mvc.perform(form(fields)).andExpect(status().is(status)).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("%s", fields.keySet()).contains(message);
	}

	private MockHttpServletRequestBuilder form(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/cong-dan/ap/" + caBan + "/phan-anh");
		fields.forEach(request::param);
		return request;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
