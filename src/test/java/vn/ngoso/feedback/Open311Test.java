package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.IntegrationTest;

/**
 * GeoReport v2 as the specification's examples show it (wiki.open311.org/GeoReport_v2): the
 * field names of services and requests, status open/closed, expected_datetime from the deadline,
 * POST answering the new id, and errors as {@code [{"code":400,"description":"..."}]}.
 */
@IntegrationTest
class Open311Test {

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

	final JsonMapper json = JsonMapper.builder().build();

	FeedbackFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		throttle.reset();
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("select reference from feedback where description like 'TEST-311 %'").query(String.class).list()
			.forEach(fx::track);
		fx.removeAll();
		throttle.reset();
	}

	@Test
	void servicesListsTheCategoriesWithTheSpecsFields() throws Exception {
		mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$[0].service_code").value("PUBLIC_SERVICES"))
			.andExpect(jsonPath("$[0].service_name").value("Dịch vụ công trực tuyến"))
			.andExpect(jsonPath("$[0].metadata").value(false))
			.andExpect(jsonPath("$[0].type").value("realtime"))
			.andExpect(jsonPath("$[0].keywords").exists())
			.andExpect(jsonPath("$[0].group").exists())
			.andExpect(jsonPath("$.length()").value(6));
		mvc.perform(get("/open311/v2/services/VNEID.json")).andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("VNEID")).andExpect(jsonPath("$.attributes").isArray());
		mvc.perform(get("/open311/v2/services/NOPE.json")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404)).andExpect(jsonPath("$[0].description").isString());
		String xml = mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).startsWith("<?xml").contains("<services><service><service_code>PUBLIC_SERVICES</service_code>");
	}

	@Test
	void aPostedRequestIsReadBackWithTheSpecsFieldsAndItsDeadline() throws Exception {
		String code = jdbc.sql("select code from admin_unit where name = 'Ấp Cả Bản'").query(String.class).single();
		String created = mvc.perform(post("/open311/v2/requests.json").param("service_code", "PUBLIC_SERVICES")
				.param("description", "TEST-311 Cổng dịch vụ công báo lỗi").param("lat", "10.85").param("long", "105.78")
				.param("address_id", code).param("api_key", "anything").param("phone", "0912345678")
				.param("first_name", "Mai"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$[0].service_request_id").isString())
			.andExpect(jsonPath("$[0].service_notice").isString())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = json.readTree(created).get(0).get("service_request_id").asString();
		assertThat(created).doesNotContain("0912345678");

		JsonNode request = json.readTree(mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get(0);
		assertThat(request.get("service_request_id").asString()).isEqualTo(id);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo("PUBLIC_SERVICES");
		assertThat(request.get("agency_responsible").asString()).isEqualTo("Bộ phận một cửa UBND xã Tuyên Bình");
		assertThat(request.get("address_id").asString()).isEqualTo(code);
		assertThat(request.get("lat").asDouble()).isEqualTo(10.85);
		assertThat(request.get("long").asDouble()).isEqualTo(105.78);
		PublicFeedback item = feedbacks.byReference(id).orElseThrow();
		assertThat(request.get("expected_datetime").asString()).isEqualTo(item.dueOn() + "T17:00:00+07:00");
		assertThat(request.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
		for (String field : new String[] { "status_notes", "service_name", "description", "service_notice",
				"updated_datetime", "address", "zipcode", "media_url" }) {
			assertThat(request.has(field)).as(field).isTrue();
		}
		assertThat(jdbc.sql("select contact_phone is null and channel = 'API' from feedback where reference = ?").param(id)
			.query(Boolean.class).single()).as("no contact without consent; channel API").isTrue();

		mvc.perform(get("/open311/v2/requests.json").param("status", "open").param("service_code", "PUBLIC_SERVICES"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]").exists());
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(fx.idOf(id), "Đã khắc phục")));
		mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value("Đã khắc phục"));
		mvc.perform(get("/open311/v2/requests.json").param("status", "open"))
			.andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]").doesNotExist());
		String xml = mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<service_requests><request><service_request_id>" + id + "</service_request_id><status>closed</status>");
	}

	@Test
	void aPostWithoutTheRequiredFieldsGetsOpen311ErrorsAndWritesNothing() throws Exception {
		var before = fx.counts();
		mvc.perform(post("/open311/v2/requests.json")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value("required: service_code, description, address_id"));
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "NOPE").param("description", "TEST-311 x")
				.param("address_id", "27781"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value("service_code: Lĩnh vực phản ánh không tồn tại."));
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "OTHER").param("description", "TEST-311 x")
				.param("address_id", "27781").param("lat", "35.68").param("long", "139.69"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("lat: Tọa độ (vĩ độ, kinh độ) nằm ngoài lãnh thổ Việt Nam."));
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "OTHER").param("description", "TEST-311 x")
				.param("address_id", "99999"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400));
		String xml = mvc.perform(post("/open311/v2/requests.xml")).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<errors><error><code>400</code><description>required: service_code");
		mvc.perform(get("/open311/v2/requests.json").param("status", "pending")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		mvc.perform(get("/open311/v2/requests/PA-2222-2222.json")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		assertThat(fx.counts()).isEqualTo(before);
	}

	/** PostgreSQL refuses a NUL in text: before, the unit lookup of address_id failed with a 500. */
	@Test
	void aNulInAParameterGetsAn311ErrorNamingItAndWritesNothing() throws Exception {
		var before = fx.counts();
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "OTHER").param("description", "TEST-311 x")
				.param("address_id", "27781\u0000"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith("address_id: Có ký tự điều khiển")));
		String xml = mvc.perform(post("/open311/v2/requests.xml").param("service_code", "OTHER")
				.param("description", "TEST-311 dán\u0000vào").param("address_id", "27781"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<errors><error><code>400</code><description>description: Có ký tự điều khiển");
		assertThat(fx.counts()).isEqualTo(before);
	}

	@Test
	void aFloodOfPostsFromOneAddressIsRefusedIn311sFormat() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/open311/v2/requests.json").param("service_code", "OTHER")
				.param("description", "TEST-311 lần " + i).param("address_id", "27781")).andExpect(status().isCreated());
		}
		var before = fx.counts();
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "OTHER").param("description", "TEST-311 thêm")
				.param("address_id", "27781"))
			.andExpect(status().isTooManyRequests()).andExpect(jsonPath("$[0].code").value(429))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("quá nhiều lần")));
		assertThat(fx.counts()).isEqualTo(before);
	}

	/** The list comes a page at a time, newest first, with the total and a link to the next page. */
	@Test
	void theListPagesNewestFirstWithTheTotalAndALinkToTheNextPage() throws Exception {
		String since = java.time.OffsetDateTime.ofInstant(fx.now().minusSeconds(1), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.toString();
		java.util.List<String> made = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			// published, so that the public list shows their references
			made.add(0, fx.submit(new NewFeedback("OTHER", "TEST-311 trang " + i, fx.caBan(), null, null, null, null, false,
					Channel.WEB, true)).reference());
		}
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			var response = mvc.perform(get("/open311/v2/requests.json").param("service_code", "OTHER")
					.param("start_date", since).param("page_size", "2").param("page", String.valueOf(page)))
				.andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getHeader("X-Total-Count")).isEqualTo("5");
			JsonNode items = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(items.size()).isEqualTo(page < 3 ? 2 : 1);
			items.forEach(item -> seen.add(item.get("service_request_id").asString()));
			if (page < 3) {
				assertThat(response.getHeader("Link")).contains("page=" + (page + 1)).contains("page_size=2")
					.contains("service_code=OTHER").endsWith("; rel=\"next\"");
			}
			else {
				assertThat(response.getHeader("Link")).as("no page after the last").isNull();
			}
		}
		assertThat(seen).as("every item once, newest first").isEqualTo(made);
		mvc.perform(get("/open311/v2/requests.json").param("service_code", "OTHER").param("start_date", since)
				.param("page_size", "2").param("page", "9"))
			.andExpect(status().isOk()).andExpect(content().json("[]"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("X-Total-Count", "5"));
		JsonNode firstPage = json.readTree(mvc.perform(get("/open311/v2/requests.json").param("start_date", since))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(firstPage.size()).as("a default page of at most 50").isBetween(5, 50);
	}

	/** A page or page size out of range, or not a number, is the client's error in 311's format, never a 500. */
	@Test
	void aBadPageOrPageSizeGetsAn311Error() throws Exception {
		for (String[] bad : new String[][] { { "page", "-1" }, { "page", "0" }, { "page", "abc" },
				{ "page", "99999999999" }, { "page_size", "0" }, { "page_size", "100000" }, { "page_size", "2.5" },
				{ "page_size", "-3" } }) {
			mvc.perform(get("/open311/v2/requests.json").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
				.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith(bad[0] + " must be a whole number")));
		}
		String xml = mvc.perform(get("/open311/v2/requests.xml").param("page_size", "100000")).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<errors><error><code>400</code><description>page_size must be a whole number from 1 to 200");
		mvc.perform(get("/open311/v2/requests.json").param("page_size", "200").param("page", "1000000"))
			.andExpect(status().isOk()).andExpect(content().json("[]"));
	}

	/** A client asking again for a list that has not changed gets a 304 and no body. */
	@Test
	void theListCarriesAnETagAndAnUnchangedListIsNotSentAgain() throws Exception {
		fx.submit("OTHER", fx.caBan(), "TEST-311 etag");
		var first = mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk()).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("no-cache");
		var again = mvc.perform(get("/open311/v2/requests.json").header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		fx.submit("OTHER", fx.caBan(), "TEST-311 etag 2");
		mvc.perform(get("/open311/v2/requests.json").header("If-None-Match", etag)).andExpect(status().isOk());
	}
}
