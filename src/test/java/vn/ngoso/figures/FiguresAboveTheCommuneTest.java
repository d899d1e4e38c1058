package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
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
import javax.sql.DataSource;
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
 * Hot rows (issue 20): a write updates the figure rows up to the commune and appends deltas for the
 * district and the province, folded into their rows by a job. Phones of six hamlets, in three
 * communes of two districts, push visits at once while the fold is held off; then no row of a unit
 * above the commune was written (only deltas), the province's and each district's figures as read
 * moved by the sum of their communes' moves (every count) and by exactly the visits pushed, and live
 * equals the recompute at every level. Folding then changes the rows above the commune, empties
 * their deltas, and changes nothing anyone reads.
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
	DataSource dataSource;

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
	void concurrentPushesWriteOnlyDeltasAboveTheCommuneAndTheFiguresAboveMoveByTheirCommunes() throws Exception {
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
		List<Long> above = new ArrayList<>(List.of(province));
		communes.stream().map(Commune::district).distinct().forEach(above::add);
		Period period = Period.toDate(HouseholdFixtures.today());

		try (Connection holdingTheFold = dataSource.getConnection(); Statement statement = holdingTheFold.createStatement()) {
			// the fold job waits (and skips) while this session holds its lock
			statement.execute("select pg_advisory_lock(hashtextextended('figure_delta_fold', 0))");
			Map<Long, Map<String, FigureValue>> before = tracked.of(unitsUnder(province), period);
			List<String> rowsAbove = rowsAboveTheCommune();
			push(fx, phones);

			assertThat(rowsAboveTheCommune()).as("rows of units above the commune, before and after the pushes").isEqualTo(rowsAbove);
			assertThat(jdbc.sql("select count(distinct unit_id) from figure_delta where unit_id in (:units)")
				.param("units", above).query(Long.class).single()).as("units above the communes with deltas").isEqualTo(above.size());
			Map<Long, Map<String, FigureValue>> after = tracked.of(unitsUnder(province), period);
			assertThat(after.get(province).get("VISITS").value().longValueExact() - before.get(province).get("VISITS").value()
				.longValueExact()).as("the province's visits").isEqualTo(6 * BATCHES * VISITS_PER_BATCH);
			for (long unit : above) {
				assertMovedByItsCommunes(unit, before, after);
			}
			assertThat(figures.differencesUnder(path(province))).as("live = recompute under the province").isEmpty();

			statement.execute("select pg_advisory_unlock(hashtextextended('figure_delta_fold', 0))");
			for (int i = 0; i < 20 && deltasOf(above) > 0; i++) {
				figures.foldDeltas();
				Thread.sleep(100);
			}
			assertThat(deltasOf(above)).as("deltas left after folding").isZero();
			assertThat(rowsAboveTheCommune()).as("rows above the commune after folding").isNotEqualTo(rowsAbove);
			assertThat(tracked.of(unitsUnder(province), period)).as("figures as read, folded or not").isEqualTo(after);
			assertThat(figures.differencesUnder(path(province))).as("live = recompute after folding").isEmpty();
		}
	}

	private void push(HouseholdFixtures fx, List<Phone> phones) throws Exception {
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
	}

	private String path(long unit) {
		return jdbc.sql("select path::text from admin_unit where id = ?").param(unit).query(String.class).single();
	}

	/** The unit, its districts and its communes. */
	private List<Long> unitsUnder(long unit) {
		return jdbc.sql("select id from admin_unit where path <@ cast(? as ltree) and level <= 3 order by id")
			.param(path(unit)).query(Long.class).list();
	}

	private long deltasOf(List<Long> units) {
		return jdbc.sql("select count(*) from figure_delta where unit_id in (:units)").param("units", units)
			.query(Long.class).single();
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

	/** Every count (stocks and flows; rates are not sums) of the unit moved by the sum of its communes' moves. */
	private void assertMovedByItsCommunes(long unit, Map<Long, Map<String, FigureValue>> before,
			Map<Long, Map<String, FigureValue>> after) {
		List<Long> communes = jdbc.sql("select id from admin_unit where path <@ cast(? as ltree) and level = 3")
			.param(path(unit)).query(Long.class).list();
		for (Indicator indicator : indicators.tracked()) {
			if (indicator.measure() == Measure.RATE) {
				continue;
			}
			String code = indicator.code();
			BigDecimal theirs = communes.stream().map(c -> after.get(c).get(code).value().subtract(before.get(c).get(code).value()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(after.get(unit).get(code).value().subtract(before.get(unit).get(code).value()))
				.as("%s of unit %d, moved", code, unit).isEqualByComparingTo(theirs);
		}
	}
}
