package vn.ngoso.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * Partners and support entries refuse bad input with a Vietnamese message naming the field and
 * write nothing: a negative or zero quantity, an unknown kind, a unit the partner does not cover or
 * the caller cannot see, a bad phone, no unit; the link to an outreach session or desk day is kept
 * as given (no such records yet); members cannot record support.
 */
@IntegrationTest
class PartnerValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures http;

	String viettel;

	long tuyenBinh;

	@BeforeEach
	void setUp() {
		http = new HouseholdFixtures(mvc, jdbc);
		viettel = jdbc.sql("select id::text from partner where name = 'Viettel Long An – Chi nhánh Vĩnh Hưng'")
			.query(String.class).single();
		tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1").query(Long.class)
			.single();
	}

	private long entries() {
		return jdbc.sql("select count(*) from partner_support").query(Long.class).single();
	}

	private void refused(String user, String url, Map<String, Object> body, String field, String message) throws Exception {
		long before = entries();
		long partners = jdbc.sql("select count(*) from partner").query(Long.class).single();
		var response = http.postJson(user, url, body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(messagesFor(http.read(text), field)).as(text).containsExactly(message);
		assertThat(entries()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from partner").query(Long.class).single()).isEqualTo(partners);
	}

	private Map<String, Object> support() {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "SIMS_PHONES");
		body.put("date", LocalDate.now().minusDays(3).toString());
		body.put("unitId", tuyenBinh);
		body.put("quantity", 20);
		return body;
	}

	@Test
	void aNegativeOrZeroQuantityIsRefused() throws Exception {
		var body = support();
		body.put("quantity", -5);
		refused("xa", "/api/v1/partners/" + viettel + "/support", body, "quantity", "Số lượng: phải lớn hơn 0.");
		body.put("quantity", 0);
		refused("xa", "/api/v1/partners/" + viettel + "/support", body, "quantity", "Số lượng: phải lớn hơn 0.");
	}

	@Test
	void anUnknownKindOrAnUncoveredOrUnseenUnitIsRefused() throws Exception {
		var body = support();
		body.put("kind", "DONATION");
		refused("xa", "/api/v1/partners/" + viettel + "/support", body, "kind",
				"Hình thức hỗ trợ: không có hình thức «DONATION»; chọn Sự kiện tham gia, SIM/điện thoại tặng hoặc Ngày công"
						+ " tại bộ phận một cửa.");
		var elsewhere = support();
		elsewhere.put("unitId", jdbc.sql("select id from admin_unit where level = 3 and not path <@"
				+ " (select path from admin_unit where id = (select parent_id from admin_unit where id = ?)) and path <@"
				+ " (select path from admin_unit where code = '80' order by valid_from limit 1) limit 1").param(tuyenBinh)
			.query(Long.class).single());
		refused("tinh", "/api/v1/partners/" + viettel + "/support", elsewhere, "unitId",
				"Địa bàn: doanh nghiệp không hỗ trợ địa bàn này.");
		refused("xa", "/api/v1/partners/" + viettel + "/support", elsewhere, "unitId",
				"Địa bàn: không tìm thấy đơn vị này trong phạm vi của bạn.");
	}

	@Test
	void aGoodEntryKeepsItsSessionLinkAndCountsOnce() throws Exception {
		var body = support();
		String id = java.util.UUID.randomUUID().toString();
		String session = java.util.UUID.randomUUID().toString();
		body.put("id", id);
		body.put("sessionId", session);
		long before = entries();
		var response = http.postJson("xa", "/api/v1/partners/" + viettel + "/support", body);
		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(http.read(response.getContentAsString(StandardCharsets.UTF_8)).get("sessionId").asString()).isEqualTo(session);
		assertThat(http.postJson("xa", "/api/v1/partners/" + viettel + "/support", body).getStatus()).isEqualTo(201);
		assertThat(entries()).isEqualTo(before + 1);
	}

	@Test
	void aPartnerNeedsAKnownKindAUnitInScopeAndAMobileNumber() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Ngân hàng thử");
		body.put("kind", "INSURER");
		body.put("unitIds", List.of(tuyenBinh));
		refused("xa", "/api/v1/partners", body, "kind",
				"Loại doanh nghiệp: không có loại «INSURER»; chọn Bưu chính, Viễn thông, Công nghệ thông tin hoặc Ngân hàng.");
		body.put("kind", "BANK");
		body.put("contactPhone", "12345");
		refused("xa", "/api/v1/partners", body, "contactPhone",
				"Điện thoại người liên hệ: phải là số di động 10 chữ số của một nhà mạng Việt Nam.");
		body.remove("contactPhone");
		body.put("unitIds", List.of());
		refused("xa", "/api/v1/partners", body, "unitIds", "Địa bàn hỗ trợ: chọn ít nhất một đơn vị.");
		body.put("unitIds", List.of(jdbc.sql("select parent_id from admin_unit where id = ?").param(tuyenBinh)
			.query(Long.class).single()));
		refused("xa", "/api/v1/partners", body, "unitIds", "Địa bàn hỗ trợ: không tìm thấy đơn vị trong phạm vi của bạn.");
	}

	@Test
	void membersCannotRecordSupport() throws Exception {
		long before = entries();
		assertThat(http.postJson("thanhvien", "/api/v1/partners/" + viettel + "/support", support()).getStatus())
			.isEqualTo(404);
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void theFormNamesTheFieldAndWritesNothing() throws Exception {
		long before = entries();
		String html = mvc.perform(post("/partners/" + viettel + "/support").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "EVENT").param("date", LocalDate.now().minusDays(1).toString())
				.param("unitId", String.valueOf(tuyenBinh)).param("quantity", "-2"))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.fieldError(html, "quantity")).isEqualTo("Số lượng: phải lớn hơn 0.");
		assertThat(entries()).isEqualTo(before);
	}
}
