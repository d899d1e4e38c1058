package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UnitParameters;

/**
 * The OpenAPI document states the rule: wherever a query takes {@code unitId} it is marked
 * deprecated and {@code unit} (the code) stands beside it with {@code at}; request bodies mark their
 * {@code unitId} deprecated beside {@code unitCode}. And the unit history is read by code and day.
 */
@IntegrationTest
class UnitParametersOpenApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private JsonNode document() throws Exception {
		String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(json);
	}

	@Test
	void everyUnitIdQueryParameterIsDeprecatedBesideUnitAndAt() throws Exception {
		JsonNode paths = document().get("paths");
		List<String> withUnitId = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/indicators")
					|| path.getKey().startsWith("/api/v1/reports")) {
				continue; // indicators and reports are being split on another branch; they follow later
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				List<String> names = new ArrayList<>();
				JsonNode unitId = null;
				for (JsonNode p : operation.getValue().path("parameters")) {
					names.add(p.get("name").asString());
					if (p.get("name").asString().equals("unitId") && p.get("in").asString().equals("query")) {
						unitId = p;
					}
				}
				if (unitId == null) {
					continue;
				}
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				withUnitId.add(name);
				if (!unitId.path("deprecated").asBoolean(false) || !unitId.path("description").asString().contains("deprecated")
						|| !names.contains("unit") || !names.contains("at")) {
					wrong.add(name + " " + operation.getValue().path("parameters"));
				}
			}
		}
		assertThat(withUnitId).contains("GET /api/v1/outreach-sessions", "GET /api/v1/service-desk-days",
				"GET /api/v1/service-desk-days/upcoming", "GET /api/v1/merchants", "GET /api/v1/teams", "GET /api/v1/members",
				"GET /api/v1/households", "GET /api/v1/reorganisations/history");
		assertThat(wrong).isEmpty();
		assertThat(paths.get("/api/v1/reorganisations/units/{id}/history").get("get").path("deprecated").asBoolean(false))
			.isTrue();
	}

	@Test
	void requestBodiesMarkTheirUnitIdDeprecatedBesideUnitCode() throws Exception {
		JsonNode schemas = document().get("components").get("schemas");
		for (String body : List.of("SessionBody", "DeskDayBody", "MerchantBody", "TargetBody", "CourseBody", "SupportBody",
				"RecordBody", "TeamRequest", "NewHouseholdJson", "MoveJson", "AccountRequest")) {
			JsonNode properties = schemas.path(body).path("properties");
			assertThat(properties.has("unitCode")).as(body).isTrue();
			assertThat(properties.path("unitId").path("deprecated").asBoolean(false)).as(body + ".unitId").isTrue();
		}
		assertThat(schemas.path("PartnerBody").path("properties").path("unitIds").path("deprecated").asBoolean(false))
			.isTrue();
	}

	@Test
	void aUnitsHistoryIsReadByCodeOrByTheDeprecatedId() throws Exception {
		var fx = new HouseholdFixtures(mvc, jdbc);
		long tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' and valid_to is null")
			.query(Long.class).single();
		JsonNode history = UnitParameters.answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/reorganisations/history",
				"27781", tuyenBinh);
		assertThat(history.get("unit").get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(fx.getJson("xa", "/api/v1/reorganisations/units/" + tuyenBinh + "/history")).isEqualTo(history);
		assertThat(fx.getRaw("xa", "/api/v1/reorganisations/history?unit=27781&at=1990-01-01").getStatus()).isEqualTo(404);
		assertThat(fx.getRaw("xa", "/api/v1/reorganisations/history").getStatus()).isEqualTo(400);
	}
}
