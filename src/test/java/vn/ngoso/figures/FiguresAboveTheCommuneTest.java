package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.platform.Role;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Hot rows (issue 20): the aggregate rows are written up to the commune only, and a district's or
 * province's figures are its communes' summed when read. Phones of six hamlets, in three communes
 * of two districts, push visits at once; then no row of a unit above the commune was written, the
 * province's and each district's figures (every count, as the dashboard reads them) are the sums
 * of their communes', they moved by exactly the visits pushed, and the live rows of both districts'
 * subtrees, district included, equal the recompute.
 */
@IntegrationTest
class FiguresAboveTheCommuneTest {

	private static final int BATCHES = 4;

	private static final int VISITS_PER_BATCH = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Figures figures;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Indicators indicators;

	record Commune(long id, long district) {
	}

	record Phone(String bearer, UUID household, UUID adult) {
	}

	@Test
	void concurrentPushesWriteNoRowAboveTheCommuneAndDistrictsAndProvinceAreTheirCommunesSums() throws Exception {
		var fx = new HouseholdFixtures(mvc, jdbc);
		List<Commune> communes = communesInTwoDistricts();
		long province = jdbc.sql("select parent_id from admin_unit where id = ?").param(communes.get(0).district())
			.query(Long.class).single();
		List<Phone> phones = new ArrayList<>();
		for (Commune commune : communes) {
			for (long member : membersWithoutAccountsIn(commune.id())) {
				String hamlet = jdbc.sql("select u.code from member m join team t on t.id = m.team_id"
						+ " join admin_unit u on u.id = t.unit_id where m.id = ?").param(member).query(String.class).single();
				String username = "tr" + UUID.randomUUID().toString().substring(0, 8);
				accounts.create(new NewUser(username, "demo", "Điện thoại thử", Role.MEMBER, null, null, member));
				UUID household = UUID.fromString(fx.createHousehold("tinh", hamlet, HouseholdFixtures.uniqueCode()).get("id").asString());
				UUID adult = UUID.fromString(fx.addResident("tinh", household, HouseholdFixtures.adult()).get("id").asString());
				phones.add(new Phone(ApiTokens.tokenFor(mvc, username), household, adult));
			}
		}
		assertThat(phones).hasSize(6);
		List<Long> districts = communes.stream().map(Commune::district).distinct().toList();
		Period period = Period.toDate(HouseholdFixtures.today());
		long visitsBefore = visits(province, period);
		List<String> rowsAbove = rowsAboveTheCommune();

		ExecutorService pool = Executors.newFixedThreadPool(phones.size());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Phone phone : phones) {
				done.add(pool.submit(() -> {
					String device = UUID.randomUUID().toString();
					for (int b = 0; b < BATCHES; b++) {
						List<Map<String, Object>> records = new ArrayList<>();
						for (int v = 0; v < VISITS_PER_BATCH; v++) {
							records.add(visit(phone, v % 2 == 0 ? "SMARTPHONE" : "BANK_ACCOUNT"));
						}
						var response = mvc.perform(post("/api/v1/sync/push").header("Authorization", phone.bearer())
							.header("X-Ngoso-Device", device).contentType(MediaType.APPLICATION_JSON)
							.content(fx.json().writeValueAsString(Map.of("records", records)))).andReturn().getResponse();
						String body = response.getContentAsString(StandardCharsets.UTF_8);
						assertThat(response.getStatus()).as(body).isEqualTo(200);
						fx.read(body).get("results").forEach(r -> assertThat(r.get("status").asString()).as(body).isEqualTo("applied"));
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(rowsAboveTheCommune()).as("rows of units above the commune, before and after the pushes").isEqualTo(rowsAbove);
		assertThat(visits(province, period)).as("the province's visits").isEqualTo(visitsBefore + 6 * BATCHES * VISITS_PER_BATCH);
		assertSumOfCommunes(province, period);
		for (long district : districts) {
			assertSumOfCommunes(district, period);
			String path = jdbc.sql("select path::text from admin_unit where id = ?").param(district).query(String.class).single();
			assertThat(figures.differencesUnder(path)).as("live = recompute under district %d", district).isEmpty();
		}
	}

	/** Three communes with two hamlets each whose team has a member without an account: two in one district, one in another. */
	private List<Commune> communesInTwoDistricts() {
		List<Commune> eligible = jdbc.sql("""
				select c.id, c.parent_id from admin_unit c join admin_unit d on d.id = c.parent_id
				where c.level = 3 and d.level = 2 and c.valid_to is null and c.code <> '27781'
				  and (select count(*) from admin_unit h where h.parent_id = c.id and h.level = 4 and h.valid_to is null
				       and exists (select 1 from team t join member m on m.team_id = t.id
				                   where t.unit_id = h.id and m.left_on is null
				                     and not exists (select 1 from app_user a where a.member_id = m.id))) >= 2
				order by c.parent_id, c.code
				""").query((rs, n) -> new Commune(rs.getLong(1), rs.getLong(2))).list();
		List<Commune> chosen = new ArrayList<>();
		for (Commune c : eligible) {
			boolean sameDistrict = !chosen.isEmpty() && chosen.get(0).district() == c.district();
			if (chosen.isEmpty() || chosen.size() == 1 && sameDistrict || chosen.size() == 2 && !sameDistrict) {
				chosen.add(c);
			}
		}
		assertThat(chosen).hasSize(3);
		return chosen;
	}

	/** One member without an account in each of two hamlets of the commune. */
	private List<Long> membersWithoutAccountsIn(long commune) {
		return jdbc.sql("""
				select distinct on (h.code) m.id from admin_unit h join team t on t.unit_id = h.id
				join member m on m.team_id = t.id
				where h.parent_id = ? and h.level = 4 and h.valid_to is null and m.left_on is null
				  and not exists (select 1 from app_user a where a.member_id = m.id)
				order by h.code, m.id limit 2
				""").param(commune).query(Long.class).list();
	}

	private static Map<String, Object> visit(Phone phone, String item) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("householdId", phone.household().toString());
		data.put("date", HouseholdFixtures.today().minusDays(ThreadLocalRandom.current().nextInt(5)).toString());
		data.put("outcomes", List.of(Map.of("residentId", phone.adult().toString(), "items", List.of(item))));
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", UUID.randomUUID().toString());
		record.put("type", "visit");
		record.put("at", Instant.now().toString());
		record.put("visit", data);
		return record;
	}

	private List<String> rowsAboveTheCommune() {
		return jdbc.sql("""
				select f.unit_id || ' ' || f.indicator || ' ' || f.month || ' ' || f.value || ' ' || f.changed_at
				from figure_row f join admin_unit u on u.id = f.unit_id where u.level < 3 order by 1
				""").query(String.class).list();
	}

	private long visits(long unit, Period period) {
		return tracked.of(unit, period).get("VISITS").value().longValueExact();
	}

	/**
	 * Every count (stocks and flows; rates are not sums) of the unit, as read, equals the sum over
	 * its communes; but the indicators of records sitting above the commune (a province's
	 * service-desk days), which are the unit's own on top of that.
	 */
	private void assertSumOfCommunes(long unit, Period period) {
		String path = jdbc.sql("select path::text from admin_unit where id = ?").param(unit).query(String.class).single();
		List<Long> communes = jdbc.sql("select id from admin_unit where path <@ cast(? as ltree) and level = 3")
			.param(path).query(Long.class).list();
		List<String> keptAbove = jdbc.sql("""
				select distinct f.indicator from figure_row f join admin_unit u on u.id = f.unit_id
				where u.path <@ cast(? as ltree) and u.level < 3
				""").param(path).query(String.class).list();
		Map<String, FigureValue> own = tracked.of(unit, period);
		Map<Long, Map<String, FigureValue>> theirs = tracked.of(communes, period);
		assertThat(keptAbove).doesNotContain("VISITS", "HOUSEHOLDS", "READY_SMARTPHONE", "READY_BANK_ACCOUNT");
		for (Indicator indicator : indicators.tracked()) {
			if (indicator.measure() == Measure.RATE || keptAbove.contains(indicator.code())) {
				continue;
			}
			BigDecimal sum = theirs.values().stream().map(v -> v.get(indicator.code()).value()).reduce(BigDecimal.ZERO,
					BigDecimal::add);
			assertThat(own.get(indicator.code()).value()).as("%s of unit %d", indicator.code(), unit).isEqualByComparingTo(sum);
		}
	}
}
