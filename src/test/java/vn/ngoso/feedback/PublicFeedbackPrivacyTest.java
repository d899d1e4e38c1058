package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * What the public sees of feedback (Open311 in JSON and XML, the citizen's status page): only
 * what the citizen agreed to publish, with phones, citizen IDs, e-mails and the contact's name
 * masked in the description and in the agency's answer alike; items written down by staff only
 * when marked public; coordinates to about a hundred metres. Staff pages keep the whole text.
 */
@IntegrationTest
class PublicFeedbackPrivacyTest {

	static final String NAME = "Trần Thị Mai";

	static final List<String> PERSONAL = List.of(NAME, "0912 345 678", "+84 912 345 678", "0912345678",
			"mai.tran@gmail.com", "080123456912", "0987654321");

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

	final JsonMapper json = JsonMapper.builder().build();

	FeedbackFixtures fx;

	Instant start;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		start = Instant.now().minusSeconds(1);
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("select reference from feedback where description like 'TEST-PUB %'").query(String.class).list()
			.forEach(fx::track);
		fx.removeAll();
	}

	@Test
	void phonesIdsEmailsAndTheContactsNameAreMaskedInTheDescriptionAndTheAnswerEverywherePublic() throws Exception {
		String reference = submitAndAnswer(true);
		String staffPage = text(get("/feedback/" + fx.idOf(reference)).with(new DemoUsers(users).as("coquan")));
		assertThat(staffPage).as("the agency reads the whole text").contains(NAME, "0912 345 678", "mai.tran@gmail.com",
				"+84 912 345 678");

		for (String url : List.of("/open311/v2/requests.json", "/open311/v2/requests.xml",
				"/open311/v2/requests/" + reference + ".json", "/open311/v2/requests/" + reference + ".xml",
				"/cong-dan/phan-anh/" + reference)) {
			String body = text(get(url).param("start_date", start.toString()));
			assertThat(body).as(url).contains(reference);
			for (String personal : PERSONAL) {
				assertThat(body).as(url).doesNotContain(personal);
			}
			assertThat(body).as(url).contains("T.T.M.", "091****678", "m***@gmail.com", "080******912")
				.contains("Đã liên hệ chị T.T.M. qua số 091****678");
		}
	}

	@Test
	void anItemNotMadePublicIsListedWithOnlyCategoryStatusDatesCommuneAndAgencyWhileItsHolderReadsIt() throws Exception {
		String reference = submitAndAnswer(false);
		JsonNode list = json.readTree(text(get("/open311/v2/requests.json").param("start_date", start.toString())));
		assertThat(list).hasSize(1);
		JsonNode listed = list.get(0);
		assertThat(listed.get("service_request_id").isNull()).as("its reference is its holder's key").isTrue();
		assertThat(listed.get("description").isNull()).isTrue();
		assertThat(listed.get("status_notes").asString()).isEqualTo("Đã trả lời");
		assertThat(listed.get("status").asString()).isEqualTo("closed");
		assertThat(listed.get("service_code").asString()).isEqualTo("PUBLIC_SERVICES");
		assertThat(listed.get("address").asString()).as("the commune, not the hamlet").isEqualTo("Xã Tuyên Bình");
		assertThat(listed.get("address_id").asString()).isEqualTo("27781");
		assertThat(listed.get("agency_responsible").asString()).isEqualTo("Bộ phận một cửa UBND xã Tuyên Bình");
		assertThat(listed.get("lat").isNull()).isTrue();
		assertThat(listed.get("requested_datetime").asString()).isNotBlank();
		assertThat(listed.get("expected_datetime").asString()).isNotBlank();
		String xml = text(get("/open311/v2/requests.xml").param("start_date", start.toString()));
		assertThat(xml).contains("<service_request_id/>").contains("<status_notes>Đã trả lời</status_notes>")
			.doesNotContain(reference).doesNotContain("Không nộp được").doesNotContain("Đã liên hệ");

		JsonNode mine = json.readTree(text(get("/open311/v2/requests/" + reference + ".json"))).get(0);
		assertThat(mine.get("description").asString()).contains("Không nộp được hồ sơ", "091****678");
		assertThat(mine.get("status_notes").asString()).startsWith("Đã liên hệ chị T.T.M.");
		assertThat(text(get("/cong-dan/phan-anh/" + reference))).contains("Đã liên hệ chị T.T.M.")
			.doesNotContain(NAME).doesNotContain("0912 345 678");
	}

	@Test
	void itemsWrittenDownByStaffAreNotPublicUnlessMarkedSoAndThenMasked() throws Exception {
		HouseholdFixtures api = new HouseholdFixtures(mvc, jdbc);
		var hotline = api.postJson("xa", "/api/v1/feedback", Map.of("channel", "HOTLINE", "category", "NETWORK",
				"unitId", fx.caBan(), "description", "TEST-PUB Gọi 1022: bà Lê Thị Hoa, hoa.le@gmail.com, số nhà 12 tổ 3",
				"contactName", "Lê Thị Hoa", "consent", true));
		assertThat(hotline.getStatus()).as(hotline.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		var marked = api.postJson("xa", "/api/v1/feedback", Map.of("channel", "HOTLINE", "category", "NETWORK",
				"unitId", fx.caBan(), "description", "TEST-PUB Gọi 1022: ông Võ Văn Ba báo mất sóng, ĐT 0912345678",
				"contactName", "Võ Văn Ba", "consent", true, "public", true));
		assertThat(marked.getStatus()).isEqualTo(201);
		String markedReference = api.read(marked.getContentAsString(StandardCharsets.UTF_8)).get("reference").asString();
		var visit = mvc.perform(post("/feedback/new").with(new DemoUsers(users).as("thanhvien")).with(csrf())
			.param("channel", "VISIT").param("category", "OTHER").param("unitId", String.valueOf(fx.caBan()))
			.param("description", "TEST-PUB Bà Nguyễn Thị Út muốn học cài VNeID").param("contactName", "Nguyễn Thị Út")
			.param("consent", "true").param("public", "true")).andReturn();
		assertThat(visit.getResponse().getStatus()).isEqualTo(302);
		String visitReference = (String) visit.getFlashMap().get("flashArg");
		assertThat(jdbc.sql("select channel || ':' || published from feedback where description like 'TEST-PUB %' order by received_at")
			.query(String.class).list()).containsExactly("HOTLINE:false", "HOTLINE:true", "VISIT:true");

		for (String url : List.of("/open311/v2/requests.json", "/open311/v2/requests.xml")) {
			String body = text(get(url).param("start_date", start.toString()));
			assertThat(body).as(url).doesNotContain("Lê Thị Hoa").doesNotContain("L.T.H.").doesNotContain("hoa.le")
				.doesNotContain("số nhà 12").doesNotContain("Võ Văn Ba").doesNotContain("Nguyễn Thị Út")
				.contains(markedReference, visitReference, "ông V.V.B. báo mất sóng, ĐT 091****678", "Bà N.T.Ú. muốn học");
		}
		assertThat(json.readTree(text(get("/open311/v2/requests.json").param("start_date", start.toString()))))
			.as("the unmarked call is not listed at all").hasSize(2);
	}

	@Test
	void coordinatesArePublishedRoundedToThreeDecimals() throws Exception {
		PublicFeedback item = fx.submit(new NewFeedback("OTHER", "TEST-PUB Cột sóng đổ", fx.caBan(), new BigDecimal("10.851234"),
				new BigDecimal("105.784567"), null, null, false, Channel.WEB, true));
		JsonNode listed = json.readTree(text(get("/open311/v2/requests.json").param("start_date", start.toString()))).get(0);
		assertThat(listed.get("lat").decimalValue()).isEqualByComparingTo("10.851");
		assertThat(listed.get("long").decimalValue()).isEqualByComparingTo("105.785");
		assertThat(text(get("/open311/v2/requests/" + item.reference() + ".xml"))).contains("<lat>10.851</lat><long>105.785</long>");
		assertThat(text(get("/open311/v2/requests/" + item.reference() + ".json"))).contains("10.851").doesNotContain("10.8512");
	}

	/** A citizen's item with a phone, an ID, an e-mail and their name, answered by the agency in the same words. */
	private String submitAndAnswer(boolean published) {
		PublicFeedback item = fx.submit(new NewFeedback("PUBLIC_SERVICES",
				"TEST-PUB Không nộp được hồ sơ. Tôi là " + NAME + ", gọi 0912 345 678 hoặc mai.tran@gmail.com, CCCD 080123456912",
				fx.caBan(), new BigDecimal("10.85123"), new BigDecimal("105.78456"), NAME, "0987654321", true, Channel.WEB,
				published));
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(fx.idOf(item.reference()),
				"Đã liên hệ chị " + NAME + " qua số +84 912 345 678 và mai.tran@gmail.com; CCCD 080123456912 hợp lệ.")));
		return item.reference();
	}

	private String text(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
