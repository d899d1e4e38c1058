package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.UnitParameters.answersByCodeAndByDeprecatedId;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;
import static vn.ngoso.support.UnitParameters.items;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.IntegrationTest;

/**
 * Acceptance points name their unit by official code: {@code unit=} (the internal id before) and
 * {@code "unitCode"}; the id is still taken as {@code unitId} and gives the same answer.
 */
@IntegrationTest
class MerchantUnitCodeApiTest {

	static final String AP_1 = "27781-001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MerchantFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new MerchantFixtures(mvc, jdbc);
	}

	private static Map<String, Object> byCode(String code) {
		Map<String, Object> body = MerchantFixtures.body("CONVENIENCE_STORE", 0, List.of("VIETQR"));
		body.remove("unitId");
		body.put("unitCode", code);
		return body;
	}

	@Test
	void aPointIsCreatedChangedAndListedByCodeAndByTheDeprecatedId() throws Exception {
		JsonNode created = fx.create("xa", byCode(AP_1));
		assertThat(created.get("unitId").asLong()).isEqualTo(fx.unitId(AP_1));
		assertThat(created.get("unitCode").asString()).isEqualTo(AP_1);
		UUID id = UUID.fromString(created.get("id").asString());

		Map<String, Object> moved = byCode("27781-002");
		moved.put("name", created.get("name").asString());
		var response = fx.putJson("xa", id, moved);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(fx.http().read(response.getContentAsString(StandardCharsets.UTF_8)).get("unitCode").asString())
			.isEqualTo("27781-002");

		JsonNode list = answersByCodeAndByDeprecatedId(fx.http(), "xa", "/api/v1/merchants?size=500", "27781-002",
				fx.unitId("27781-002"));
		assertThat(items(list)).anySatisfy(m -> assertThat(m.get("id").asString()).isEqualTo(id.toString()));
		carryIdAndCode(list);
		carryIdAndCode(fx.http().getJson("xa", "/api/v1/merchants/" + id));
	}

	@Test
	void aCodeOutsideTheScopeIsNotFoundAndInABodyRefusedNamingUnitCode() throws Exception {
		String outside = fx.neighbourCommune();
		assertThat(fx.http().getRaw("xa", "/api/v1/merchants?unit=" + outside).getStatus()).isEqualTo(404);
		long before = fx.merchants();
		var response = fx.post("xa", byCode(outside));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.http().read(response.getContentAsString(StandardCharsets.UTF_8)), "unitCode"))
			.isNotEmpty();
		assertThat(fx.merchants()).isEqualTo(before);
	}
}
