package vn.ngoso.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Partners name the units they cover by official code ({@code "unitCodes"}), support entries their
 * unit ({@code "unitCode"}); the ids are still taken; what is answered carries ids and codes.
 */
@IntegrationTest
@Transactional
class PartnerUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures http;

	long tuyenBinh;

	String viettel;

	@BeforeEach
	void setUp() {
		http = new HouseholdFixtures(mvc, jdbc);
		tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' and valid_to is null").query(Long.class)
			.single();
		viettel = jdbc.sql("select id::text from partner where name = 'Viettel Long An – Chi nhánh Vĩnh Hưng'")
			.query(String.class).single();
	}

	private JsonNode post(String url, Map<String, Object> body, int status) throws Exception {
		var response = http.postJson("xa", url, body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(status);
		return http.read(text);
	}

	@Test
	void aPartnerCoversUnitsNamedByCodeOrByTheDeprecatedIds() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Ngân hàng theo mã");
		body.put("kind", "BANK");
		body.put("contactPhone", "0912345678");
		body.put("unitCodes", List.of("27781"));
		JsonNode partner = post("/api/v1/partners", body, 201);
		assertThat(partner.get("units").get(0).get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(partner.get("units").get(0).get("code").asString()).isEqualTo("27781");

		body.remove("unitCodes");
		body.put("name", "Ngân hàng theo mã nội bộ");
		body.put("unitIds", List.of(tuyenBinh));
		assertThat(post("/api/v1/partners", body, 201).get("units").get(0).get("code").asString()).isEqualTo("27781");

		body.remove("unitIds");
		body.put("unitCodes", List.of("00000"));
		assertThat(messagesFor(post("/api/v1/partners", body, 400), "unitCodes")).isNotEmpty();
	}

	@Test
	void supportIsRecordedForAUnitNamedByCodeOrByTheDeprecatedId() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "SIMS_PHONES");
		body.put("date", LocalDate.now().minusDays(3).toString());
		body.put("unitCode", "27781");
		body.put("quantity", 20);
		JsonNode support = post("/api/v1/partners/" + viettel + "/support", body, 201);
		assertThat(support.get("unitId").asLong()).isEqualTo(tuyenBinh);
		assertThat(support.get("unitCode").asString()).isEqualTo("27781");

		body.remove("unitCode");
		body.put("unitId", tuyenBinh);
		assertThat(post("/api/v1/partners/" + viettel + "/support", body, 201).get("unitCode").asString())
			.isEqualTo("27781");

		body.remove("unitId");
		body.put("unitCode", "00000");
		assertThat(messagesFor(post("/api/v1/partners/" + viettel + "/support", body, 400), "unitCode")).isNotEmpty();
		carryIdAndCode(http.getJson("xa", "/api/v1/partners/" + viettel + "/support"));
		for (JsonNode partner : http.getJson("xa", "/api/v1/partners")) {
			partner.get("units").forEach(u -> assertThat(u.hasNonNull("id") && u.hasNonNull("code")).isTrue());
		}
	}
}
