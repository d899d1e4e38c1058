package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;

import java.nio.charset.StandardCharsets;
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

/** Staff write feedback down for a unit named by official code, or by the deprecated id. Rolled back. */
@IntegrationTest
@Transactional
class FeedbackUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures api;

	@BeforeEach
	void setUp() {
		api = new HouseholdFixtures(mvc, jdbc);
	}

	private JsonNode post(Map<String, Object> body, int status) throws Exception {
		var response = api.postJson("xa", "/api/v1/feedback", body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(status);
		return api.read(text);
	}

	@Test
	void aHotlineCallIsWrittenDownForAUnitByCodeOrByTheDeprecatedId() throws Exception {
		long caBan = jdbc.sql("select id from admin_unit where code = ? and valid_to is null")
			.param(HouseholdFixtures.CA_BAN).query(Long.class).single();
		JsonNode byCode = post(Map.of("channel", "HOTLINE", "category", "NETWORK", "unitCode", HouseholdFixtures.CA_BAN,
				"description", "Gọi 1022: mất sóng theo mã"), 201);
		assertThat(byCode.get("unitCode").asString()).isEqualTo(HouseholdFixtures.CA_BAN);
		JsonNode byId = post(Map.of("channel", "HOTLINE", "category", "NETWORK", "unitId", caBan, "description",
				"Gọi 1022: mất sóng theo mã nội bộ"), 201);
		assertThat(byId.get("unitCode").asString()).isEqualTo(HouseholdFixtures.CA_BAN);
		assertThat(messagesFor(post(Map.of("channel", "HOTLINE", "category", "NETWORK", "unitCode", "00000",
				"description", "Không có"), 400), "unitCode")).isNotEmpty();
		assertThat(messagesFor(post(Map.of("channel", "HOTLINE", "category", "NETWORK", "unitCode", "27781",
				"unitId", caBan, "description", "Hai đơn vị"), 400), "unitCode")).isNotEmpty();
		carryIdAndCode(api.getJson("xa", "/api/v1/feedback?all=true"));
	}
}
