package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * Staff write down what reaches them outside the citizens' page: a call to the 1022 hotline, or
 * what a resident raised on a visit. It is routed and gets its deadline like any other item, with
 * the channel and the person who wrote it in its history; bad input comes back on the form in
 * Vietnamese with nothing written; agencies and partners do not raise items.
 */
@IntegrationTest
class FeedbackRecordFormTest {

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

	FeedbackFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
	}

	@AfterEach
	void tearDown() {
		fx.removeAll();
	}

	@Test
	void aHotlineCallWrittenDownByTheCommuneIsRoutedWithItsChannelAndWhoWroteIt() throws Exception {
		assertThat(page("xa", "/feedback")).contains("id=\"record-feedback\"");
		String form = page("xa", "/feedback/new");
		assertThat(form).contains("Tổng đài 1022", "Tổ CNSCĐ khi đến hộ", "Ấp Cả Bản");

		MvcResult done = send("xa", post("/feedback/new").param("channel", "HOTLINE").param("category", "PUBLIC_SERVICES")
			.param("unitId", String.valueOf(fx.caBan())).param("description", "Gọi 1022: không nộp được hồ sơ trực tuyến")
			.param("contactName", "Bà Sáu").param("contactPhone", "0912 000 111").param("consent", "true"));
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		String reference = (String) done.getFlashMap().get("flashArg");
		fx.track(reference);
		Map<String, Object> item = jdbc.sql("""
				select f.channel, f.contact_phone, f.due_on is not null as due, e.actor from feedback f
				join feedback_event e on e.feedback_id = f.id and e.action = 'RECEIVE' where f.reference = ?
				""").param(reference).query().singleRow();
		assertThat(item).containsEntry("channel", "HOTLINE").containsEntry("contact_phone", "0912000111")
			.containsEntry("due", true).containsEntry("actor", "xa");
		assertThat(page("xa", "/feedback?all=true")).contains(reference);
	}

	@Test
	void aMemberWritesDownWhatAResidentRaisedOnAVisit() throws Exception {
		MvcResult done = send("thanhvien", post("/feedback/new").param("channel", "VISIT").param("category", "OTHER")
			.param("unitId", String.valueOf(fx.caBan())).param("description", "Sóng điện thoại yếu cuối ấp"));
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		fx.track((String) done.getFlashMap().get("flashArg"));
		assertThat(jdbc.sql("select channel from feedback where reference = ?")
			.param((String) done.getFlashMap().get("flashArg")).query(String.class).single()).isEqualTo("VISIT");
	}

	@Test
	void badInputComesBackOnTheFormAndNothingIsWritten() throws Exception {
		Map<String, Long> before = fx.counts();
		String html = body(send("xa", post("/feedback/new").param("channel", "WEB").param("category", "")
			.param("unitId", String.valueOf(fx.hamletInAnotherDistrict())).param("description", " ")
			.param("contactPhone", "0912 000 111")));
		assertThat(Html.unescape(html)).contains("Vui lòng chọn nguồn: tổng đài 1022 hoặc Tổ CNSCĐ khi đến hộ.",
				"Địa bàn phải là một ấp, khu phố hoặc xã, phường trong phạm vi của bạn.",
				"Chỉ lưu họ tên, số điện thoại khi người phản ánh đồng ý");
		assertThat(Html.fieldError(html, "description")).isNotNull();
		assertThat(Html.fieldError(html, "category")).isNotNull();
		assertThat(html).contains("value=\"0912 000 111\"");
		assertThat(fx.counts()).isEqualTo(before);

		assertThat(send("doitac", get("/feedback/new")).getResponse().getStatus()).as("partners stay on their pages")
			.isEqualTo(403);
		assertThat(send("coquan", get("/feedback/new")).getResponse().getStatus()).isEqualTo(404);
		assertThat(send("coquan", post("/feedback/new").param("channel", "HOTLINE").param("category", "OTHER")
			.param("unitId", String.valueOf(fx.caBan())).param("description", "x")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(fx.counts()).isEqualTo(before);
	}

	private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as(user)).with(csrf())).andExpect(SafeResponses.noStackTrace())
			.andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
