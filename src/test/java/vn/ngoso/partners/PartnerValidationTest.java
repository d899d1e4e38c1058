package vn.ngoso.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.ngoso.support.OperationFixtures;
import vn.ngoso.support.SafeResponses;

/**
 * Partners and support entries refuse bad input with a Vietnamese message naming the field and
 * write nothing: a negative or zero quantity, an unknown kind, a unit the partner does not cover or
 * the caller cannot see, a bad phone, no unit; a link to an outreach session or desk day that does
 * not exist or lies outside the caller's scope; members cannot record support.
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
	void aGoodEntryLinksToASessionOrDeskDayShownOnBothPartnerPagesAndCountsOnce() throws Exception {
		UUID session = UUID.randomUUID();
		assertThat(http.postJson("xa", "/api/v1/outreach-sessions",
				OperationFixtures.session(session, tuyenBinh, LocalDate.now().minusDays(4), 40, 60)).getStatus())
			.isEqualTo(201);
		UUID deskDay = UUID.randomUUID();
		assertThat(http.postJson("xa", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(deskDay, tuyenBinh, LocalDate.now().minusDays(2), 31, 12, 7)).getStatus())
			.isEqualTo(201);
		var body = support();
		String id = UUID.randomUUID().toString();
		body.put("id", id);
		body.put("sessionId", session.toString());
		long before = entries();
		var response = http.postJson("xa", "/api/v1/partners/" + viettel + "/support", body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(201);
		var created = http.read(text);
		assertThat(created.get("sessionId").asString()).isEqualTo(session.toString());
		assertThat(created.get("session").get("place").asString()).isEqualTo("Nhà văn hoá ấp");
		assertThat(http.postJson("xa", "/api/v1/partners/" + viettel + "/support", body).getStatus()).isEqualTo(201);
		assertThat(entries()).isEqualTo(before + 1);
		var staff = support();
		staff.put("kind", "DESK_STAFF_DAYS");
		staff.put("quantity", 2);
		staff.put("deskDayId", deskDay.toString());
		assertThat(http.postJson("xa", "/api/v1/partners/" + viettel + "/support", staff).getStatus()).isEqualTo(201);

		String sessionLine = "Buổi tuyên truyền " + dmy(LocalDate.now().minusDays(4)) + " · Nhà văn hoá ấp";
		String deskLine = "Ngày hỗ trợ tại bộ phận một cửa " + dmy(LocalDate.now().minusDays(2)) + " · ";
		assertThat(page("xa", "/partners/" + viettel)).contains(sessionLine).contains(deskLine)
			.contains("/outreach/sessions/" + session);
		assertThat(page("doitac", "/partners/mine")).contains(sessionLine).contains(deskLine)
			.doesNotContain("/outreach/sessions/" + session);
		assertThat(page("xa", "/outreach/sessions/" + session)).contains("/partners/linked-support?sessionId=" + session);
		String linked = page("xa", "/partners/linked-support?sessionId=" + session);
		assertThat(linked).contains("Doanh nghiệp hỗ trợ", "Viettel Long An – Chi nhánh Vĩnh Hưng", "SIM, điện thoại tặng");
		assertThat(page("xa", "/partners/linked-support?deskDayId=" + deskDay)).contains("Ngày công tại bộ phận một cửa");
		assertThat(jdbc.sql("select count(*) from partner_support where session_id = ?").param(session).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aLinkToAnUnknownOrUnseenSessionOrDeskDayIsRefusedNamingTheField() throws Exception {
		var unknown = support();
		unknown.put("sessionId", UUID.randomUUID().toString());
		unknown.put("deskDayId", UUID.randomUUID().toString());
		refused("xa", "/api/v1/partners/" + viettel + "/support", unknown, "sessionId",
				"Buổi tuyên truyền: không tìm thấy buổi này trong phạm vi của bạn.");
		refused("xa", "/api/v1/partners/" + viettel + "/support", unknown, "deskDayId",
				"Ngày hỗ trợ tại bộ phận một cửa: không tìm thấy ngày này trong phạm vi của bạn.");

		// A session in another commune of the district, and a day at the province's centre: xa sees neither.
		long otherCommune = jdbc.sql("""
				select c.id from admin_unit c join admin_unit x on x.id = ? where c.parent_id = x.parent_id
				and c.id <> x.id and c.valid_to is null order by c.code limit 1
				""").param(tuyenBinh).query(Long.class).single();
		UUID session = UUID.randomUUID();
		var posted = http.postJson("huyen", "/api/v1/outreach-sessions",
				OperationFixtures.session(session, otherCommune, LocalDate.now().minusDays(1), 10, 10));
		assertThat(posted.getStatus()).as(posted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		UUID deskDay = UUID.randomUUID();
		posted = http.postJson("tinh", "/api/v1/service-desk-days",
				OperationFixtures.deskDay(deskDay, new OperationFixtures(jdbc).longAn(), LocalDate.now().minusDays(1), 5, 1, 1));
		assertThat(posted.getStatus()).as(posted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		var unseen = support();
		unseen.put("sessionId", session.toString());
		refused("xa", "/api/v1/partners/" + viettel + "/support", unseen, "sessionId",
				"Buổi tuyên truyền: không tìm thấy buổi này trong phạm vi của bạn.");
		unseen.remove("sessionId");
		unseen.put("deskDayId", deskDay.toString());
		refused("xa", "/api/v1/partners/" + viettel + "/support", unseen, "deskDayId",
				"Ngày hỗ trợ tại bộ phận một cửa: không tìm thấy ngày này trong phạm vi của bạn.");
		assertThat(mvc.perform(get("/partners/linked-support?sessionId=" + session).with(new DemoUsers(users).as("xa")))
			.andReturn().getResponse().getStatus()).as("another commune's session").isEqualTo(404);
		unseen.put("sessionId", session.toString());
		var byHuyen = http.postJson("huyen", "/api/v1/partners/" + viettel + "/support", unseen);
		assertThat(byHuyen.getStatus()).as("huyen sees the session, not the province's day").isEqualTo(400);
		assertThat(messagesFor(http.read(byHuyen.getContentAsString(StandardCharsets.UTF_8)), "sessionId")).isEmpty();
		unseen.remove("deskDayId");
		assertThat(http.postJson("huyen", "/api/v1/partners/" + viettel + "/support", unseen).getStatus()).isEqualTo(201);
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Html.unescape(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String dmy(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
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

	@Test
	void theFormOffersTheUnitsSessionsAndRefusesAnUnknownOne() throws Exception {
		UUID session = UUID.randomUUID();
		assertThat(http.postJson("xa", "/api/v1/outreach-sessions",
				OperationFixtures.session(session, tuyenBinh, LocalDate.now().minusDays(6), 12, 30)).getStatus())
			.isEqualTo(201);
		assertThat(page("xa", "/partners/" + viettel)).contains("value=\"" + session + "\"");

		long before = entries();
		String html = mvc.perform(post("/partners/" + viettel + "/support").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "EVENT").param("date", LocalDate.now().minusDays(1).toString())
				.param("unitId", String.valueOf(tuyenBinh)).param("quantity", "1")
				.param("sessionId", UUID.randomUUID().toString()))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.fieldError(html, "sessionId"))
			.isEqualTo("Buổi tuyên truyền: không tìm thấy buổi này trong phạm vi của bạn.");
		assertThat(entries()).isEqualTo(before);

		var saved = mvc.perform(post("/partners/" + viettel + "/support").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "EVENT").param("date", LocalDate.now().minusDays(1).toString())
				.param("unitId", String.valueOf(tuyenBinh)).param("quantity", "1").param("sessionId", session.toString()))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from partner_support where session_id = ?").param(session).query(Long.class)
			.single()).isEqualTo(1);
	}
}
