package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.UnitParameters.answersByCodeAndByDeprecatedId;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;
import static vn.ngoso.support.UnitParameters.items;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.ngoso.reported.ReportedCalls;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The indicator values and targets, the summary report and the reported values name a unit by its
 * official code, read in the tree in force on {@code at} (codes are reused after 2025); the values,
 * targets and report still take the deprecated internal id; answers carry both.
 */
@IntegrationTest
@Transactional
class IndicatorUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	long tuyenBinh;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' and level = 3 and valid_to is null")
			.query(Long.class).single();
	}

	@Test
	void valuesAndTargetsAnswerByCodeOrByTheDeprecatedId() throws Exception {
		JsonNode values = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/indicators/values?children=true", "27781",
				tuyenBinh);
		assertThat(values.get("unit").get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(values.get("unit").get("code").asString()).isEqualTo("27781");
		assertThat(values.get("children")).isNotEmpty();

		JsonNode targets = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/indicators/targets?year=2026", "27781",
				tuyenBinh);
		assertThat(targets.get("unit").get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(targets.get("targets")).isNotEmpty();
		// a target set by a unit names it by id and code
		for (JsonNode target : targets.get("targets")) {
			JsonNode setBy = target.get("setBy");
			if (setBy != null && !setBy.isNull()) {
				String code = jdbc.sql("select code from admin_unit where id = ?").param(setBy.get("id").asLong())
					.query(String.class).single();
				assertThat(setBy.get("code").asString()).isEqualTo(code);
			}
		}
	}

	@Test
	void namingNoUnitKeepsTheDashboardsMessage() throws Exception {
		var none = fx.getRaw("xa", "/api/v1/indicators/values");
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(none.getContentAsString(StandardCharsets.UTF_8)), "unit"))
			.isNotEmpty();
	}

	@Test
	void aReusedCodeIsReadInTheTreeInForceOnTheDayGiven() throws Exception {
		String code = "27781-98" + (System.nanoTime() % 10);
		long closed = hamlet(code, "Ấp Cũ", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30));
		long open = hamlet(code, "Ấp Mới", LocalDate.of(2025, 7, 1), null);
		assertThat(fx.getJson("xa", "/api/v1/indicators/values?unit=" + code).get("unit").get("id").asLong())
			.isEqualTo(open);
		assertThat(fx.getJson("xa", "/api/v1/indicators/values?unit=" + code + "&at=2024-06-01").get("unit").get("id")
			.asLong()).isEqualTo(closed);
		assertThat(fx.getJson("xa", "/api/v1/indicators/targets?unit=" + code + "&at=2024-06-01").get("unit").get("id")
			.asLong()).isEqualTo(closed);
		assertThat(fx.getJson("xa", "/api/v1/reports/summary?unit=" + code + "&at=2024-06-01").get("unit").get("id")
			.asLong()).isEqualTo(closed);
		assertThat(fx.getJson("xa", "/api/v1/reports/summary?unit=" + code).get("unit").get("id").asLong())
			.isEqualTo(open);
		var before = fx.getRaw("xa", "/api/v1/indicators/values?unit=" + code + "&at=2019-01-01");
		assertThat(before.getStatus()).isEqualTo(404);
	}

	@Test
	void theSummaryReportTakesTheDeprecatedIdToo() throws Exception {
		JsonNode byCode = fx.getJson("xa", "/api/v1/reports/summary?unit=27781&from=2024-01&to=2024-06");
		JsonNode byId = fx.getJson("xa", "/api/v1/reports/summary?unitId=" + tuyenBinh + "&from=2024-01&to=2024-06");
		assertThat(byId.get("unit")).isEqualTo(byCode.get("unit"));
		assertThat(byId.get("lines")).isEqualTo(byCode.get("lines"));
		assertThat(byCode.get("unit").get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(fx.getRaw("xa", "/api/v1/reports/summary?unit=00000").getStatus()).isEqualTo(404);
	}

	@Test
	void reportedValuesCarryTheUnitsIdAndCode() throws Exception {
		var entered = fx.postJson("xa", "/api/v1/indicators/reported",
				ReportedCalls.body("27781", "FEEDBACK_HANDLED", "2021-01", "2021-03", 9));
		assertThat(entered.getStatus()).as(entered.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		assertThat(fx.read(entered.getContentAsString(StandardCharsets.UTF_8)).get("unitId").asLong())
			.isEqualTo(tuyenBinh);
		JsonNode page = fx.getJson("xa", "/api/v1/indicators/reported?mine=true");
		assertThat(items(page)).isNotEmpty();
		carryIdAndCode(page);
		JsonNode first = items(page).get(0);
		String code = jdbc.sql("select code from admin_unit where id = ?").param(first.get("unitId").asLong())
			.query(String.class).single();
		assertThat(first.get("unitCode").asString()).isEqualTo(code);
		JsonNode underCode = fx.getJson("xa", "/api/v1/indicators/reported?unit=" + code + "&at=" + HouseholdFixtures.today());
		assertThat(items(underCode)).isNotEmpty().allSatisfy(v -> assertThat(v.get("unitCode").asString()).isNotBlank());
	}

	private long hamlet(String code, String name, LocalDate from, LocalDate to) {
		long id = jdbc.sql("select nextval('admin_unit_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code,
				                        valid_from, valid_to, source)
				select ?, ?, ?, lower(?), 'AP', 4, c.id, c.path || ?::text, c.province_code, ?, ?, 'LOCAL'
				from admin_unit c where c.id = ?
				""").params(id, code, name, name, String.valueOf(id), from, to, tuyenBinh).update();
		return id;
	}
}
