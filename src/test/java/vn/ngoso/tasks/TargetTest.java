package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;
import static vn.ngoso.tasks.TaskFixtures.today;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Targets through the API: progress read live from the indicators (a recorded visit moves it at
 * once), cascades that add up (by households, and by hand where a wrong total is refused), and
 * each bad input refused naming its field with nothing written.
 */
@IntegrationTest
class TargetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	HouseholdFixtures households;

	TaskFixtures fx;

	/** Each test takes its own year so that targets never collide across tests. */
	private static int nextYear = 2030;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		fx = new TaskFixtures(households, jdbc);
	}

	static Map<String, Object> target(String indicator, long unitId, YearMonth from, YearMonth to, Object value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("indicator", indicator);
		body.put("unitId", unitId);
		body.put("from", from.toString());
		body.put("to", to.toString());
		body.put("value", value);
		return body;
	}

	private long created(String user, Map<String, Object> body) throws Exception {
		var response = fx.post(user, "/api/v1/targets", body);
		assertThat(response.getStatus()).as(TaskFixtures.text(response)).isEqualTo(201);
		return households.read(TaskFixtures.text(response)).get("id").asLong();
	}

	@Test
	void progressFollowsARecordedVisitImmediately() throws Exception {
		YearMonth month = YearMonth.from(today());
		long caBan = fx.unit(HouseholdFixtures.CA_BAN);
		long visits = created("xa", target("VISITS", caBan, month, month.plusMonths(1), 500));
		long covered = created("xa", target("COVERED_HOUSEHOLDS", caBan, month, month.plusMonths(1), 80));
		BigDecimal visitsBefore = current(visits);
		BigDecimal coveredBefore = current(covered);

		UUID household = households.newHouseholdInCaBan();
		UUID adult = households.addAdult(household);
		households.recordVisit(household, today(), Map.of(adult, List.of("FLUENT")));

		assertThat(current(visits)).isEqualByComparingTo(visitsBefore.add(BigDecimal.ONE));
		assertThat(current(covered)).isEqualByComparingTo(coveredBefore.add(BigDecimal.ONE));
		JsonNode progress = fx.get("xa", "/api/v1/targets/" + visits).get("target");
		assertThat(progress.get("projected").isNull()).isFalse();
	}

	@Test
	void aCountCascadedByHouseholdsAddsUpExactlyInProportion() throws Exception {
		YearMonth from = YearMonth.of(year(), 1);
		long commune = fx.unit("27781");
		long id = created("xa", target("COVERED_HOUSEHOLDS", commune, from, from.plusMonths(11), 301));
		var response = fx.post("xa", "/api/v1/targets/" + id + "/cascade", Map.of("split", "HOUSEHOLDS"));
		assertThat(response.getStatus()).as(TaskFixtures.text(response)).isEqualTo(201);
		JsonNode children = households.read(TaskFixtures.text(response));
		long hamlets = jdbc.sql("select count(*) from admin_unit where parent_id = ? and valid_to is null").param(commune)
			.query(Long.class).single();
		assertThat(children).hasSize((int) hamlets);
		long sum = 0;
		Map<Long, Long> shares = new HashMap<>();
		for (JsonNode c : children) {
			sum += c.get("value").asLong();
			shares.put(c.get("unitId").asLong(), c.get("value").asLong());
			assertThat(c.get("parentId").asLong()).isEqualTo(id);
		}
		assertThat(sum).isEqualTo(301);
		Map<Long, Long> households = new HashMap<>();
		jdbc.sql("select unit_id, count(*) from household where unit_id in (select id from admin_unit where parent_id = ?) group by unit_id")
			.param(commune).query((rs, n) -> households.put(rs.getLong(1), rs.getLong(2))).list();
		long total = households.values().stream().mapToLong(Long::longValue).sum();
		shares.forEach((unit, share) -> assertThat((double) share)
			.isCloseTo(301.0 * households.getOrDefault(unit, 0L) / total, org.assertj.core.data.Offset.offset(1.0)));

		var again = fx.refused("xa", "/api/v1/targets/" + id + "/cascade", Map.of("split", "HOUSEHOLDS"));
		assertThat(messagesFor(again, "split")).containsExactly("Cách chia: chỉ tiêu này đã được giao xuống.");
	}

	@Test
	void aCascadeByHandMustAddUpOrNothingIsWritten() throws Exception {
		YearMonth from = YearMonth.of(year(), 1);
		long district = fx.unit("797");
		long id = created("huyen", target("GUIDED_PROVINCIAL_APP", district, from, from.plusMonths(11), 1000));
		// each commune's value by its official code (the API's unit rule)
		List<String> communes = jdbc.sql("select code from admin_unit where parent_id = ? and valid_to is null order by id")
			.param(district).query(String.class).list();
		Map<String, Object> values = new HashMap<>();
		communes.forEach(c -> values.put(c, 1));
		var before = fx.rows();
		var problem = fx.refused("huyen", "/api/v1/targets/" + id + "/cascade",
				Map.of("split", "MANUAL", "valuesByCode", values));
		assertThat(messagesFor(problem, "valuesByCode")).containsExactly(
				"Chỉ tiêu các đơn vị: tổng " + communes.size() + " không bằng mục tiêu 1000.");
		assertThat(fx.rows()).isEqualTo(before);
		var unknown = fx.refused("huyen", "/api/v1/targets/" + id + "/cascade",
				Map.of("split", "MANUAL", "valuesByCode", Map.of("00000", 1000)));
		assertThat(messagesFor(unknown, "valuesByCode")).isNotEmpty();
		assertThat(fx.rows()).isEqualTo(before);

		values.put(communes.get(0), 1000 - (communes.size() - 1));
		var response = fx.post("huyen", "/api/v1/targets/" + id + "/cascade",
				Map.of("split", "MANUAL", "valuesByCode", values));
		assertThat(response.getStatus()).as(TaskFixtures.text(response)).isEqualTo(201);
		long sum = 0;
		for (JsonNode child : fx.get("huyen", "/api/v1/targets/" + id).get("children")) {
			sum += child.get("target").get("value").asLong();
		}
		assertThat(sum).isEqualTo(1000);
	}

	@Test
	void aRateCascadesAsTheSameRateAndByHandMustAverageToIt() throws Exception {
		YearMonth from = YearMonth.of(year(), 1);
		long commune = fx.unit("27781");
		long id = created("xa", target("COVERED_RATE", commune, from, from.plusMonths(11), 80));
		List<Long> hamlets = jdbc.sql("select id from admin_unit where parent_id = ? and valid_to is null order by id")
			.param(commune).query(Long.class).list();
		Map<String, Object> values = new HashMap<>();
		hamlets.forEach(h -> values.put(String.valueOf(h), 60));
		var problem = fx.refused("xa", "/api/v1/targets/" + id + "/cascade", Map.of("split", "MANUAL", "values", values));
		assertThat(messagesFor(problem, "values")).hasSize(1);
		assertThat(messagesFor(problem, "values").get(0)).contains("không bằng mục tiêu 80.0%");
		var response = fx.post("xa", "/api/v1/targets/" + id + "/cascade", Map.of("split", "HOUSEHOLDS"));
		assertThat(response.getStatus()).isEqualTo(201);
		for (JsonNode child : households.read(TaskFixtures.text(response))) {
			assertThat(child.get("value").decimalValue()).isEqualByComparingTo("80");
		}
	}

	@Test
	void badTargetsAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
		YearMonth from = YearMonth.of(year(), 1);
		long commune = fx.unit("27781");
		var before = fx.rows();
		assertThat(messagesFor(fx.refused("xa", "/api/v1/targets", target("VNEID_DOSSIERS", commune, from, from, 10)),
				"indicator")).containsExactly("Chỉ tiêu: phải là một chỉ số được theo dõi từ số liệu ghi nhận.");
		assertThat(messagesFor(fx.refused("xa", "/api/v1/targets", target("VISITS", fx.unit("797"), from, from, 10)),
				"unitId")).containsExactly("Đơn vị: nằm ngoài phạm vi của bạn.");
		assertThat(messagesFor(fx.refused("xa", "/api/v1/targets", target("VISITS", commune, from, from.minusMonths(1), 10)),
				"to")).containsExactly("Đến tháng: không được trước tháng bắt đầu.");
		assertThat(messagesFor(fx.refused("xa", "/api/v1/targets", target("COVERED_RATE", commune, from, from, 120)),
				"value")).containsExactly("Mục tiêu: phải là tỷ lệ từ 0 đến 100.");
		assertThat(messagesFor(fx.refused("xa", "/api/v1/targets", target("VISITS", commune, from, from, -5)),
				"value")).containsExactly("Mục tiêu: phải là số không âm.");
		assertThat(fx.rows()).isEqualTo(before);
		assertThat(fx.post("totruong", "/api/v1/targets", target("VISITS", commune, from, from, 5)).getStatus())
			.isEqualTo(404);
		assertThat(fx.rows()).isEqualTo(before);
	}

	@Test
	void theTargetFormsShowTheRefusalAndWriteNothing() throws Exception {
		var xa = new vn.ngoso.support.DemoUsers(users).as("xa");
		var before = fx.rows();
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/targets")
				.with(xa).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("indicator", "VISITS").param("unitId", String.valueOf(fx.unit("27781")))
				.param("from", "2050-06").param("to", "2050-01").param("value", "100"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Đến tháng: không được trước tháng bắt đầu.").doesNotContain("Exception");
		assertThat(fx.rows()).isEqualTo(before);

		YearMonth from = YearMonth.of(year(), 1);
		long id = created("xa", target("VISITS", fx.unit("27781"), from, from.plusMonths(11), 600));
		var rows = fx.rows();
		var cascade = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/targets/" + id + "/cascade")
			.with(xa).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("split", "MANUAL");
		jdbc.sql("select id from admin_unit where parent_id = ? and valid_to is null").param(fx.unit("27781"))
			.query(Long.class).list().forEach(h -> cascade.param("value_" + h, "10"));
		var redirect = mvc.perform(cascade).andReturn();
		assertThat(redirect.getResponse().getRedirectedUrl()).isEqualTo("/targets/" + id);
		assertThat(redirect.getFlashMap().get("cascadeErrors").toString()).contains("target.cascade.sumMismatch");
		assertThat(fx.rows()).isEqualTo(rows);
		String shown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/targets/" + id)
				.with(xa).with(SessionCookie.of(redirect.getResponse())))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(shown).contains("Chỉ tiêu các đơn vị: tổng").contains("không bằng mục tiêu 600.");
	}

	private BigDecimal current(long id) throws Exception {
		return fx.get("xa", "/api/v1/targets/" + id).get("target").get("current").decimalValue();
	}

	private static synchronized int year() {
		return nextYear++;
	}
}
