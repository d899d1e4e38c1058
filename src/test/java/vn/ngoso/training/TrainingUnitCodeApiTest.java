package vn.ngoso.training;

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

/** A course's organising unit is named by official code, or by the deprecated id; courses and shares carry both. */
@IntegrationTest
@Transactional
class TrainingUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	String district;

	long districtId;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		districtId = jdbc.sql("select parent_id from admin_unit where code = '27781' and valid_to is null")
			.query(Long.class).single();
		district = jdbc.sql("select code from admin_unit where id = ?").param(districtId).query(String.class).single();
	}

	private JsonNode created(Map<String, Object> body) throws Exception {
		var response = fx.postJson("huyen", "/api/v1/trainings", body);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(201);
		return fx.read(text);
	}

	@Test
	void aDistrictsCourseIsCreatedByCodeOrByTheDeprecatedId() throws Exception {
		JsonNode byCode = created(Map.of("kind", "DISTRICT", "title", "Kỹ năng số theo mã", "unitCode", district));
		assertThat(byCode.get("unitId").asLong()).isEqualTo(districtId);
		assertThat(byCode.get("unitCode").asString()).isEqualTo(district);
		JsonNode byId = created(Map.of("kind", "DISTRICT", "title", "Kỹ năng số theo mã nội bộ", "unitId", districtId));
		assertThat(byId.get("unitCode").asString()).isEqualTo(district);

		var unknown = fx.postJson("huyen", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", "Không có", "unitCode", "00000"));
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.read(unknown.getContentAsString(StandardCharsets.UTF_8)), "unitCode")).isNotEmpty();
		// the module's refusal (a district's course at a commune) names the field sent
		var atCommune = fx.postJson("huyen", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", "Ở xã", "unitCode", "27781"));
		assertThat(atCommune.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.read(atCommune.getContentAsString(StandardCharsets.UTF_8)), "unitCode")).isNotEmpty();

		carryIdAndCode(fx.getJson("huyen", "/api/v1/trainings"));
		carryIdAndCode(fx.getJson("huyen", "/api/v1/trainings/shares"));
	}
}
