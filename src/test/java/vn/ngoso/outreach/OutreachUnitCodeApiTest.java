package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.support.UnitParameters.answersByCodeAndByDeprecatedId;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;
import static vn.ngoso.support.UnitParameters.items;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.OperationFixtures;

/**
 * Sessions and desk days name their unit by official code ({@code unit=}, {@code "unitCode"}),
 * which {@code unit=} meant the internal id before; the id is still taken as {@code unitId} and
 * gives the same answer. Rolled back: one test closes a hamlet to reuse its code.
 */
@IntegrationTest
@Transactional
class OutreachUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	OperationFixtures ops;

	long ap2;

	long commune;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		ops = new OperationFixtures(jdbc);
		ap2 = ops.unitId(HouseholdFixtures.AP_2);
		commune = ops.unitId("27781");
	}

	static LocalDate today() {
		return HouseholdFixtures.today();
	}

	private JsonNode post(String url, Map<String, Object> body, String unitCode) throws Exception {
		body.remove("unitId");
		body.put("unitCode", unitCode);
		var response = fx.postJson("xa", url, body);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return fx.json().readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void sessionsAreRecordedAndListedByCodeAndByTheDeprecatedId() throws Exception {
		UUID id = UUID.randomUUID();
		JsonNode recorded = post("/api/v1/outreach-sessions", OperationFixtures.session(id, 0, today(), 20, 10),
				HouseholdFixtures.AP_2);
		assertThat(recorded.get("unitId").asLong()).isEqualTo(ap2);
		assertThat(recorded.get("unitCode").asString()).isEqualTo(HouseholdFixtures.AP_2);

		JsonNode list = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/outreach-sessions", "27781", commune);
		assertThat(items(list)).anySatisfy(s -> assertThat(s.get("id").asString()).isEqualTo(id.toString()));
		carryIdAndCode(list);
		carryIdAndCode(fx.getJson("xa", "/api/v1/outreach-sessions/" + id));
	}

	@Test
	void deskDaysAreRecordedAndListedByCodeAndByTheDeprecatedId() throws Exception {
		UUID held = UUID.randomUUID();
		UUID planned = UUID.randomUUID();
		JsonNode recorded = post("/api/v1/service-desk-days", OperationFixtures.deskDay(held, 0, today(), 3, 2, 1), "27781");
		assertThat(recorded.get("unitId").asLong()).isEqualTo(commune);
		assertThat(recorded.get("unitCode").asString()).isEqualTo("27781");
		post("/api/v1/service-desk-days", OperationFixtures.deskDay(planned, 0, today().plusDays(7), null, null, null),
				"27781");

		JsonNode list = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/service-desk-days", "27781", commune);
		assertThat(items(list)).anySatisfy(d -> assertThat(d.get("id").asString()).isEqualTo(held.toString()));
		carryIdAndCode(list);
		JsonNode upcoming = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/service-desk-days/upcoming", "27781",
				commune);
		assertThat(items(upcoming)).anySatisfy(d -> assertThat(d.get("id").asString()).isEqualTo(planned.toString()));
		carryIdAndCode(upcoming);
	}

	@Test
	void aBodyWithAnUnknownCodeOrACodeAndAnIdOfTwoUnitsIsRefusedNamingUnitCode() throws Exception {
		var counts = ops.counts();
		Map<String, Object> unknown = OperationFixtures.session(UUID.randomUUID(), 0, today(), 20, 10);
		unknown.remove("unitId");
		unknown.put("unitCode", "00000");
		var response = fx.postJson("xa", "/api/v1/outreach-sessions", unknown);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.json().readTree(response.getContentAsString(StandardCharsets.UTF_8)), "unitCode"))
			.isNotEmpty();

		Map<String, Object> both = OperationFixtures.deskDay(UUID.randomUUID(), ap2, today(), 1, 1, 1);
		both.put("unitCode", "27781");
		response = fx.postJson("xa", "/api/v1/service-desk-days", both);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.json().readTree(response.getContentAsString(StandardCharsets.UTF_8)), "unitCode"))
			.isNotEmpty();
		assertThat(ops.counts()).isEqualTo(counts);
	}

	@Test
	void aModulesRefusalOfTheUnitNamesUnitCode() throws Exception {
		// a desk is a province's or a commune's: a hamlet's code is refused, on the field that was sent
		Map<String, Object> atHamlet = OperationFixtures.deskDay(UUID.randomUUID(), 0, today(), 1, 1, 1);
		atHamlet.remove("unitId");
		atHamlet.put("unitCode", HouseholdFixtures.AP_2);
		var response = fx.postJson("xa", "/api/v1/service-desk-days", atHamlet);
		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode problem = fx.json().readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(messagesFor(problem, "unitCode")).isNotEmpty();
		assertThat(messagesFor(problem, "unitId")).isEmpty();
	}

	@Test
	void aReusedCodeIsReadInTheTreeInForceOnAt() throws Exception {
		UUID id = UUID.randomUUID();
		post("/api/v1/outreach-sessions", OperationFixtures.session(id, 0, today(), 20, 10), HouseholdFixtures.AP_2);
		// a reorganisation closed Ấp 2 yesterday and gave its code to a new hamlet from today
		LocalDate reorganised = today();
		jdbc.sql("update admin_unit set valid_to = ? where id = ?").params(reorganised.minusDays(1), ap2).update();
		long newAp2 = jdbc.sql("select nextval('admin_unit_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code,
				                        valid_from, source)
				select ?, ?, 'Ấp 2 Mới', 'ap 2 moi', 'AP', 4, c.id, c.path || ?::text, c.province_code, ?, 'LOCAL'
				from admin_unit c where c.id = ?
				""").params(newAp2, HouseholdFixtures.AP_2, String.valueOf(newAp2), reorganised, commune).update();

		String url = "/api/v1/outreach-sessions?unit=" + HouseholdFixtures.AP_2;
		assertThat(items(fx.getJson("xa", url))).isEmpty();
		JsonNode before = fx.getJson("xa", url + "&at=" + reorganised.minusDays(1));
		assertThat(items(before)).extracting(s -> s.get("id").asString()).contains(id.toString());
		assertThat(fx.getJson("xa", url + "&at=" + reorganised.minusDays(1) + "&unitId=" + ap2)).isEqualTo(before);
		assertThat(fx.getRaw("xa", url + "&unitId=" + ap2).getStatus()).as("today the code is the new hamlet's")
			.isEqualTo(400);
		assertThat(fx.getRaw("xa", url + "&at=2000-01-01").getStatus()).isEqualTo(404);
	}
}
