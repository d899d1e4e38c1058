package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * A point is refused, with a Vietnamese message naming the field and nothing written, when its kind
 * is unknown, it takes no payment method (or an unknown one), its coordinates lie outside Vietnam
 * or come alone, it is a stall without a market (or a shop with one), or its unit or team lies
 * outside the caller's scope; through the API and the form alike.
 */
@IntegrationTest
class MerchantValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	MerchantFixtures fx;

	long caBan;

	@BeforeEach
	void setUp() {
		fx = new MerchantFixtures(mvc, jdbc);
		caBan = fx.unitId("27781-001");
	}

	/** Posts as xa, expects 400 with this message for the field, and no point written. */
	private void refused(Map<String, Object> body, String field, String message) throws Exception {
		long before = fx.merchants();
		var response = fx.post("xa", body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(text).doesNotContain("Exception").doesNotContain("\"trace\"");
		JsonNode problem = fx.http().read(text);
		assertThat(messagesFor(problem, field)).as(text).containsExactly(message);
		assertThat(fx.merchants()).isEqualTo(before);
	}

	private Map<String, Object> shop() {
		return MerchantFixtures.body("CONVENIENCE_STORE", caBan, List.of("VIETQR"));
	}

	@Test
	void anUnknownKindIsNamed() throws Exception {
		var body = shop();
		body.put("kind", "KIOSK");
		refused(body, "kind", "Loại điểm: không có loại «KIOSK»; chọn Trung tâm thương mại, Siêu thị, Cửa hàng tiện lợi,"
				+ " Chợ hoặc Sạp trong chợ.");
	}

	@Test
	void atLeastOnePaymentMethod() throws Exception {
		var body = shop();
		body.put("methods", List.of());
		refused(body, "methods", "Phương thức thanh toán: chọn ít nhất một phương thức.");
		body.remove("methods");
		refused(body, "methods", "Phương thức thanh toán: chọn ít nhất một phương thức.");
		body.put("methods", List.of("VIETQR", "BITCOIN"));
		refused(body, "methods", "Phương thức thanh toán: không có phương thức «BITCOIN»; chọn Thẻ tín dụng, Thẻ ATM,"
				+ " VietQR, Mobile Money hoặc Ví điện tử.");
	}

	@Test
	void coordinatesMustLieInVietnam() throws Exception {
		var body = shop();
		body.put("latitude", 48.8566);
		body.put("longitude", 105.8);
		refused(body, "latitude", "Vĩ độ: phải nằm trong lãnh thổ Việt Nam (từ 6 đến 23,5).");
		body.put("latitude", 10.87);
		body.put("longitude", 2.35);
		refused(body, "longitude", "Kinh độ: phải nằm trong lãnh thổ Việt Nam (từ 102 đến 117,5).");
		body.remove("longitude");
		refused(body, "longitude", "Toạ độ: nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.");
	}

	@Test
	void aStallNeedsAMarketAndOnlyAStallHasOne() throws Exception {
		var stall = MerchantFixtures.body("MARKET_STALL", caBan, List.of("VIETQR"));
		refused(stall, "marketId", "Chợ: sạp trong chợ phải thuộc một chợ.");
		stall.put("marketId", "00000000-0000-0000-0000-000000000001");
		refused(stall, "marketId", "Chợ: không tìm thấy chợ này trong phạm vi của bạn.");
		JsonNode shop = fx.create("xa", shop());
		var withShop = MerchantFixtures.body("MARKET_STALL", caBan, List.of("VIETQR"));
		withShop.put("marketId", shop.get("id").asString());
		refused(withShop, "marketId", "Chợ: không tìm thấy chợ này trong phạm vi của bạn.");
		var notStall = shop();
		JsonNode market = fx.create("xa", MerchantFixtures.body("MARKET", caBan, List.of("CARD")));
		notStall.put("marketId", market.get("id").asString());
		refused(notStall, "marketId", "Chợ: chỉ sạp trong chợ mới thuộc một chợ.");
	}

	@Test
	void aStallSitsInItsMarketsUnit() throws Exception {
		JsonNode market = fx.create("xa", MerchantFixtures.body("MARKET", caBan, List.of("CARD")));
		var stall = MerchantFixtures.body("MARKET_STALL", caBan, List.of("VIETQR"));
		stall.remove("unitId");
		stall.put("marketId", market.get("id").asString());
		JsonNode created = fx.create("xa", stall);
		assertThat(created.get("unitId").asLong()).isEqualTo(caBan);
		assertThat(created.get("marketName").asString()).isEqualTo(market.get("name").asString());
		var elsewhere = MerchantFixtures.body("MARKET_STALL", fx.unitId("27781-002"), List.of("VIETQR"));
		elsewhere.put("marketId", market.get("id").asString());
		refused(elsewhere, "unitId", "Địa bàn: sạp phải ở cùng địa bàn với chợ của nó.");
	}

	@Test
	void unitsAndTeamsOutsideTheScopeReadAsUnknown() throws Exception {
		var body = MerchantFixtures.body("SUPERMARKET", fx.unitId(fx.neighbourCommune()), List.of("CARD"));
		refused(body, "unitId", "Địa bàn: không tìm thấy đơn vị này trong phạm vi của bạn.");
		body.put("unitId", fx.unitId("797"));
		refused(body, "unitId", "Địa bàn: không tìm thấy đơn vị này trong phạm vi của bạn.");
		var team = shop();
		team.put("teamId", jdbc.sql("select t.id from team t join admin_unit u on u.id = t.unit_id"
				+ " where not u.path <@ cast(? as ltree) limit 1").param(fx.path("27781")).query(Long.class).single());
		refused(team, "teamId", "Tổ hỗ trợ: không tìm thấy tổ này trong phạm vi của bạn.");
	}

	@Test
	void aDistrictIsNeitherCommuneNorHamlet() throws Exception {
		long before = fx.merchants();
		var response = fx.post("huyen", MerchantFixtures.body("MARKET", fx.unitId("797"), List.of("CARD")));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.http().read(response.getContentAsString(StandardCharsets.UTF_8)), "unitId"))
			.containsExactly("Địa bàn: phải là một xã (phường, thị trấn) hoặc một ấp/khu phố.");
		assertThat(fx.merchants()).isEqualTo(before);
	}

	@Test
	void theFormShowsEachMistakeBesideItsFieldAndWritesNothing() throws Exception {
		long before = fx.merchants();
		String html = mvc.perform(post("/merchants").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "KIOSK").param("name", "Cửa hàng thử").param("address", "Số 2")
				.param("unitId", String.valueOf(caBan)).param("startedOn", "2024-05-01")
				.param("latitude", "48,85").param("longitude", "105,8"))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.fieldError(html, "kind")).startsWith("Loại điểm: không có loại «KIOSK»");
		assertThat(Html.fieldError(html, "methods")).isEqualTo("Phương thức thanh toán: chọn ít nhất một phương thức.");
		assertThat(Html.fieldError(html, "latitude")).isEqualTo("Vĩ độ: phải nằm trong lãnh thổ Việt Nam (từ 6 đến 23,5).");
		assertThat(fx.merchants()).isEqualTo(before);
	}

	@Test
	void theFormSavesAGoodPointAndShowsIt() throws Exception {
		var result = mvc.perform(post("/merchants").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "SUPERMARKET").param("name", "Siêu thị Tuyên Bình thử").param("address", "Quốc lộ 62")
				.param("unitId", String.valueOf(caBan)).param("startedOn", "2024-05-01").param("methods", "CARD", "VIETQR")
				.param("latitude", "10,87").param("longitude", "105,80"))
			.andReturn().getResponse();
		assertThat(result.getStatus()).isEqualTo(302);
		String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(result.getRedirectedUrl())
				.with(new DemoUsers(users).as("xa"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Siêu thị Tuyên Bình thử").contains("Thẻ tín dụng").contains("VietQR").contains("01/05/2024");
	}
}
