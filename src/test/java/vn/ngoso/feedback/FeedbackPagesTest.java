package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * The officers' pages and their scope: an agency officer sees and answers only the items with
 * their agency (anything else is 404, like something that does not exist); officers read what is
 * raised in their subtree; only the province edits the routing table; members see nothing.
 */
@IntegrationTest
class FeedbackPagesTest {

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

	DemoUsers demo;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		demo = new DemoUsers(users);
	}

	@AfterEach
	void tearDown() {
		fx.removeAll();
	}

	@Test
	void theAgencyOfficerWorksOnlyOnTheirAgencysItems() throws Exception {
		PublicFeedback mine = fx.submit("PUBLIC_SERVICES", fx.caBan(), "Hồ sơ bị trả về không rõ lý do");
		PublicFeedback police = fx.submit("VNEID", fx.caBan(), "Không nhận được mã OTP");
		UUID mineId = fx.idOf(mine.reference());
		UUID policeId = fx.idOf(police.reference());

		assertThat(page("coquan", get("/feedback"))).contains(mine.reference()).doesNotContain(police.reference());
		assertThat(page("coquan", get("/feedback/" + mineId))).contains("Nhận xử lý").contains("Gửi trả lời");
		mvc.perform(get("/feedback/" + policeId).with(demo.as("coquan"))).andExpect(status().isNotFound())
			.andExpect(SafeResponses.noStackTrace());
		mvc.perform(post("/feedback/" + policeId + "/answer").param("answer", "x").with(demo.as("coquan")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/feedback/routes").with(demo.as("coquan"))).andExpect(status().isNotFound());

		mvc.perform(post("/feedback/" + mineId + "/answer").param("answer", " ").with(demo.as("coquan")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(feedbacks.byReference(mine.reference()).orElseThrow().status()).as("an empty answer is refused")
			.isEqualTo(FeedbackStatus.ROUTED);
		mvc.perform(post("/feedback/" + mineId + "/answer").param("answer", "Đã hướng dẫn nộp lại")
			.with(demo.as("coquan")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(feedbacks.byReference(mine.reference()).orElseThrow().answer()).isEqualTo("Đã hướng dẫn nộp lại");
	}

	@Test
	void officersReadTheirSubtreeAndOnlyTheProvinceEditsRoutes() throws Exception {
		PublicFeedback here = fx.submit("OTHER", fx.caBan(), "Ở Tuyên Bình");
		PublicFeedback elsewhere = fx.submit("OTHER", fx.hamletInAnotherDistrict(), "Ở huyện khác");
		assertThat(page("xa", get("/feedback"))).contains(here.reference()).doesNotContain(elsewhere.reference());
		assertThat(page("tinh", get("/feedback"))).contains(here.reference()).contains(elsewhere.reference());
		String xaItem = page("xa", get("/feedback/" + fx.idOf(here.reference())));
		assertThat(xaItem).doesNotContain("Gửi trả lời").doesNotContain("Chuyển cơ quan khác");
		mvc.perform(get("/feedback/" + fx.idOf(elsewhere.reference())).with(demo.as("huyen"))).andExpect(status().isNotFound());
		mvc.perform(get("/feedback").with(demo.as("totruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/feedback").with(demo.as("thanhvien"))).andExpect(status().isNotFound());

		assertThat(page("xa", get("/feedback/routes"))).contains("Bộ phận một cửa UBND xã Tuyên Bình")
			.doesNotContain("Lưu phân công");
		assertThat(page("tinh", get("/feedback/routes"))).contains("Lưu phân công");
		var before = fx.counts();
		mvc.perform(post("/feedback/routes").param("category", "OTHER").param("unitCode", "27781").param("agency", "CA-80")
			.with(demo.as("xa")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/feedback/routes").param("category", "NOPE").param("unitCode", "27781").param("agency", "CA-80")
			.with(demo.as("tinh")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.counts()).isEqualTo(before);
	}

	@Test
	void theStatisticsPageCountsByCategoryAndAgencyForOfficersOnly() throws Exception {
		PublicFeedback item = fx.submit("PROVINCIAL_APP", fx.caBan(), "Ứng dụng báo lỗi đăng nhập");
		String before = page("xa", get("/feedback/stats"));
		assertThat(before).contains("Theo lĩnh vực").contains("Theo cơ quan xử lý").contains("Ứng dụng của tỉnh");
		fx.as("tinh", () -> tx.execute(s -> feedbacks.reroute(fx.idOf(item.reference()), "UBND-27781", "Xã xử lý")));
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(fx.idOf(item.reference()), "Đã hướng dẫn")));
		String after = page("xa", get("/feedback/stats"));
		assertThat(after).contains("Bộ phận một cửa UBND xã Tuyên Bình").contains("0,0");
		mvc.perform(get("/feedback/stats").with(demo.as("coquan"))).andExpect(status().isNotFound());
		mvc.perform(get("/feedback/stats").with(demo.as("totruong"))).andExpect(status().isNotFound());
	}

	@Test
	void theRecordFormStartsOnTheHotline() throws Exception {
		for (String user : new String[] { "thanhvien", "xa" }) {
			String form = page(user, get("/feedback/new"));
			assertThat(form).as(user).containsPattern("value=\"HOTLINE\"[^>]*checked")
				.doesNotContainPattern("value=\"VISIT\"[^>]*checked");
		}
	}

	@Test
	void theRerouteListDoesNotOfferTheAgencyThatHoldsTheItem() throws Exception {
		PublicFeedback item = fx.submit("OTHER", fx.caBan(), "Chuyển cho ai");
		UUID id = fx.idOf(item.reference());
		String current = jdbc.sql("select a.code from feedback f join agency a on a.id = f.agency_id where f.id = ?")
			.param(id).query(String.class).single();
		String html = page("tinh", get("/feedback/" + id));
		String select = html.substring(html.indexOf("<select id=\"agency\""));
		select = select.substring(0, select.indexOf("</select>"));
		assertThat(select).doesNotContain("value=\"" + current + "\"").contains("value=\"CA-80\"");
	}

	@Test
	void onAPhoneTheInboxRowsCarryTheSnippetTheReceivedDayAndTheOverdueMark() throws Exception {
		PublicFeedback late = fx.submit("OTHER", fx.caBan(), "Đèn đường ấp Cà Bản hỏng đã lâu");
		// the current deadline only: the figures count from the first one, which a raw update would leave
		// out of step with the live figures that later tests compare with a recompute
		jdbc.sql("update feedback set due_on = due_on - 40 where reference = ?").param(late.reference()).update();
		String html = page("tinh", get("/feedback"));
		String row = html.substring(html.lastIndexOf("<tr", html.indexOf(late.reference())));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).startsWith("<tr class=\"overdue\"").contains("Đèn đường ấp Cà Bản hỏng đã lâu")
			.contains("data-label=\"Tiếp nhận\"").contains("data-label=\"Hạn trả lời\"")
			.contains(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(feedbacks.today()));
		assertThat(page("tinh", get("/feedback/stats"))).contains("class=\"table cards-s\"")
			.contains("data-label=\"Đang quá hạn\"");
	}

	@Test
	void anAgencyOfficerReachesNothingButFeedback() throws Exception {
		for (String path : new String[] { "/households", "/members", "/teams", "/units", "/dashboard", "/reports/summary",
				"/users" }) {
			mvc.perform(get(path).with(demo.as("coquan"))).andExpect(status().isForbidden());
		}
		String home = page("coquan", get("/"));
		assertThat(home).contains("/feedback").doesNotContain("href=\"/households\"");
		mvc.perform(get("/api/v1/households").param("unit", "27781").with(demo.as("coquan")))
			.andExpect(status().isForbidden());
	}

	private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user))).andExpect(status().isOk()).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
