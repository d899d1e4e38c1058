package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.bench.PushPhones.Phone;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.figures.internal.FigureKey;
import vn.ngoso.figures.internal.FigureRows;
import vn.ngoso.figures.internal.FigureStore;
import vn.ngoso.households.Households;

/**
 * Hot rows (issue 20, item 3): sync pushes of 200 phones (200 member accounts, each with its own
 * token and device id) in 100 hamlets of one province (5 hamlets in each of 20 communes, spread
 * over the districts of the demo's Long An 2024 tree), on the embedded database with durable
 * settings (fsync and synchronous_commit on, forced here). Each phone pushes its batches of visits
 * one after the other, all phones at once, over loopback HTTP. The same run measures three ways
 * of writing the aggregate rows, switched on {@link FigureStore#writeRowsFromLevelForBenchmark}:
 * <ul>
 * <li><b>before</b>: the rows of every ancestor up to the province (the old design: one row per
 * indicator and month that every writer of the province takes until commit);</li>
 * <li><b>after</b>: the rows up to the commune, deltas for the district and the province (the
 * design now, the fold job running);</li>
 * <li><b>hamlet only</b>: the raw limit, the hamlet's rows alone.</li>
 * </ul>
 * Each is run {@code push.rounds} times (default 2), each round starting with the next mode, so
 * load from other builds falls on all three alike. Then the figure writes alone (what a push's
 * figure update does, committed by ten threads) in the same three modes. A sampler on a
 * connection of its own reads {@code pg_stat_activity} every 20 ms and counts the backends
 * waiting on a row lock ({@code Lock:transactionid}, {@code Lock:tuple}). Then the province
 * dashboard's read is timed against the same query on the rows in one table, as the old design
 * kept them ({@code -Dpush.readOnly=true}: this part alone, without the pushes). Prints a
 * Markdown table (also {@code target/bench/push-contention.md}); asserts only the data, never a
 * time. Run with {@code ./mvnw -o -Pbench-sync test -Dtest=PushContentionBenchmark}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-bench-push", "ngoso.database.embedded.clean=true",
		"ngoso.demo=true", "server.tomcat.threads.max=60" })
@ActiveProfiles("test")
class PushContentionBenchmark {

	static final int PHONES = 200;

	static final int COMMUNES = 20;

	static final int HAMLETS_PER_COMMUNE = 5;

	static final int HOUSEHOLDS_PER_PHONE = 3;

	static final int BATCHES = Integer.getInteger("push.batches", 4);

	static final int VISITS_PER_BATCH = Integer.getInteger("push.visits", 10);

	static final int ROUNDS = Integer.getInteger("push.rounds", 2);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	Households households;

	@Autowired
	Accounts accounts;

	@Autowired
	Figures figures;

	@Autowired
	FigureStore store;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	private final SplittableRandom random = new SplittableRandom(20261207);

	private final Map<String, List<String[]>> tables = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private PushPhones pushPhones;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		// durable whatever the command line says: contention on rows shows in commits that wait for the disk
		registry.add("ngoso.database.embedded.unsafe-skip-fsync", () -> "false");
	}

	record Mode(String name, int level, String what) {
	}

	record Result(int round, Mode mode, long visits, long pushes, double seconds, long[] latencies, double rowLockWaiting,
			double active, double walWaiting, long failures) {
	}

	@Test
	void pushContention() throws Exception {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long started = System.nanoTime();
		List<Long> hamlets = hamlets();
		if (Boolean.getBoolean("push.readOnly")) {
			// the dashboard's read alone, on the demo's rows: no phones, no pushes
			dashboardReads(provinceOf(hamlets.get(0)));
			print(loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			return;
		}
		List<Phone> phones = phones(hamlets);
		notes.add(f("Setup through the services (households, residents, member accounts, tokens) in %.0f s.",
				(System.nanoTime() - started) / 1e9));
		List<Mode> modes = List.of(
				new Mode("before", 1, "each write updates the rows of every ancestor (province, district, commune, hamlet):"
						+ " the old design"),
				new Mode("after", FigureRows.COMMUNE, "each write updates the rows of the commune and the hamlet and appends"
						+ " deltas for the district and the province, folded every second by the job: the design now"),
				new Mode("hamlet only", 4, "each write updates the hamlet's rows alone, nothing above: the raw limit"));
		List<Result> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(PHONES);
		try {
			store.writeRowsFromLevelForBenchmark(FigureRows.COMMUNE);
			run(pool, phones, 0, modes.get(1), 1); // warm-up: JIT, caches, connections; not reported
			for (int round = 1; round <= ROUNDS; round++) {
				for (Mode mode : inTurn(modes, round)) {
					store.writeRowsFromLevelForBenchmark(mode.level());
					results.add(run(pool, phones, round, mode, BATCHES));
				}
			}
		}
		finally {
			store.writeRowsFromLevelForBenchmark(FigureRows.COMMUNE);
			pool.shutdownNow();
		}
		List<Result> alone = figureWritesAlone(hamlets, modes);
		long recomputeStarted = System.nanoTime();
		figures.recompute();
		long province = provinceOf(hamlets.get(0));
		String provincePath = jdbc.sql("select path::text from admin_unit where id = ?").param(province).query(String.class)
			.single();
		assertThat(figures.differencesUnder(provincePath)).as("live = recompute after the runs").isEmpty();
		notes.add(f("After the runs: recompute (%.1f s), then live = recompute under the province: no difference.",
				(System.nanoTime() - recomputeStarted) / 1e9));
		report(results, modes, "HTTP push", "visits/s", "pushes/s");
		modes.forEach(m -> notes.add(f("*%s*: %s.", m.name(), m.what())));
		report(alone, modes, "figure writes alone", "transactions/s", "transactions/s");
		dashboardReads(province);
		print(loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** The modes, each round starting one further on: the machine's drift falls on each in turn. */
	private static List<Mode> inTurn(List<Mode> modes, int round) {
		List<Mode> turned = new ArrayList<>(modes);
		java.util.Collections.rotate(turned, -(round - 1));
		return turned;
	}

	// --- the data ------------------------------------------------------------------------------

	/**
	 * 100 hamlets of Long An (2024 tree) with a team of their own of at least two members: five in
	 * each of 20 communes, the communes taken in turn from the districts.
	 */
	private List<Long> hamlets() {
		List<Long> hamlets = jdbc.sql("""
				with eligible as (
				    select h.id, h.parent_id as commune, c.parent_id as district, h.code
				    from admin_unit h join admin_unit c on c.id = h.parent_id
				    where h.level = 4 and h.valid_to is null and c.level = 3
				      and (select count(*) from team t join member m on m.team_id = t.id
				           where t.unit_id = h.id and m.left_on is null
				             and not exists (select 1 from app_user a where a.member_id = m.id)) >= 2),
				communes as (
				    select commune, district, row_number() over (partition by district order by commune) as turn
				    from eligible group by commune, district having count(*) >= :per),
				chosen as (select commune from communes order by turn, district limit :communes)
				select e.id from eligible e join chosen c on c.commune = e.commune
				where (select count(*) from eligible o where o.commune = e.commune and o.code < e.code) < :per
				order by e.commune, e.code
				""").param("per", HAMLETS_PER_COMMUNE).param("communes", COMMUNES).query(Long.class).list();
		assertThat(hamlets).hasSize(COMMUNES * HAMLETS_PER_COMMUNE);
		long districts = jdbc.sql("select count(distinct c.parent_id) from admin_unit h join admin_unit c on c.id = h.parent_id"
				+ " where h.id in (:ids)").param("ids", hamlets).query(Long.class).single();
		notes.add(f("%d hamlets of Long An (Long An 2024 tree, demo data): %d in each of %d communes in %d districts of one"
				+ " province; %d phones, two per hamlet, each a member of the hamlet's team with an account of its own.",
				hamlets.size(), HAMLETS_PER_COMMUNE, COMMUNES, districts, PHONES));
		return hamlets;
	}

	/** Two members of each hamlet's team get an account and a token; each phone gets three households of two adults. */
	private List<Phone> phones(List<Long> hamlets) throws Exception {
		List<Phone> phones = pushPhones().make(hamlets, PHONES / hamlets.size(), "tinh", "dt");
		assertThat(phones).hasSize(PHONES);
		return phones;
	}

	private PushPhones pushPhones() {
		if (pushPhones == null) {
			pushPhones = new PushPhones(base(), jdbc, households, accounts, users, random);
		}
		return pushPhones;
	}

	// --- the pushes ----------------------------------------------------------------------------

	private Result run(ExecutorService pool, List<Phone> phones, int round, Mode mode, int batches) throws Exception {
		try (Sampler sampler = new Sampler(dataSource)) {
			PushPhones.Pushed pushed = pushPhones().push(pool, phones, batches, VISITS_PER_BATCH);
			Result result = new Result(round, mode, pushed.visits(), pushed.pushes(), pushed.seconds(), pushed.latencies(),
					sampler.rowLockWaiting(), sampler.active(), sampler.walWaiting(), 0);
			System.out.printf("[bench] round %d %s: %,.0f visits/s, %,.1f pushes/s, p50 %d ms, p95 %d ms, row-lock waiters %.1f"
					+ " of %.1f active%n", round, mode.name(), pushed.visitsPerSecond(), pushed.pushes() / pushed.seconds(),
					pushed.ms(0.50), pushed.ms(0.95), result.rowLockWaiting(), result.active());
			return result;
		}
	}

	/**
	 * The part of a push the design changes, without the application's CPU around it: ten threads
	 * (the application's pool) each commit transactions that add, through {@link FigureStore#apply},
	 * what a push of ten visits moves (five keys of this month) at a hamlet of theirs. Shows where
	 * rows serialise writers once the rest of a push is cheap (more cores, more nodes).
	 */
	private List<Result> figureWritesAlone(List<Long> hamlets, List<Mode> modes) throws Exception {
		int writers = 10;
		int each = Integer.getInteger("push.transactions", 150);
		LocalDate month = households.today().withDayOfMonth(1);
		List<String> keys = List.of("VISITS", "READY_SMARTPHONE", "READY_BANK_ACCOUNT", "READY_VNEID_ACTIVATED",
				"COVERED_HOUSEHOLDS");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<Result> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			for (int round = 0; round <= ROUNDS; round++) {
				for (Mode mode : round == 0 ? List.of(modes.get(1)) : inTurn(modes, round)) {
					store.writeRowsFromLevelForBenchmark(mode.level());
					ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
					try (Sampler sampler = new Sampler(dataSource)) {
						long started = System.nanoTime();
						List<Future<?>> done = new ArrayList<>();
						for (int w = 0; w < writers; w++) {
							SplittableRandom mine = random.split();
							done.add(pool.submit(() -> {
								for (int i = 0; i < each; i++) {
									long hamlet = hamlets.get(mine.nextInt(hamlets.size()));
									Map<FigureKey, Long> delta = new LinkedHashMap<>();
									keys.forEach(k -> delta.put(new FigureKey(hamlet, k, month), k.equals("VISITS") ? 10L : 1L));
									long t0 = System.nanoTime();
									tx.executeWithoutResult(status -> store.apply(delta));
									latencies.add(System.nanoTime() - t0);
								}
								return null;
							}));
						}
						for (Future<?> f : done) {
							f.get();
						}
						double seconds = (System.nanoTime() - started) / 1e9;
						long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
						Result result = new Result(round, mode, sorted.length, sorted.length, seconds, sorted,
								sampler.rowLockWaiting(), sampler.active(), sampler.walWaiting(), 0);
						System.out.printf("[bench] figure writes alone, round %d %s: %,.0f transactions/s, p50 %d ms, p95 %d ms,"
								+ " row-lock waiters %.1f of %.1f active%n", round, mode.name(), sorted.length / seconds,
								ms(sorted, 0.50), ms(sorted, 0.95), result.rowLockWaiting(), result.active());
						if (round > 0) {
							results.add(result);
						}
					}
				}
			}
		}
		finally {
			store.writeRowsFromLevelForBenchmark(FigureRows.COMMUNE);
			pool.shutdownNow();
		}
		return results;
	}

	private static long ms(long[] sorted, double quantile) {
		return PushPhones.ms(sorted, quantile);
	}

	/**
	 * Samples {@code pg_stat_activity} every 20 ms on a connection of its own (not one of the
	 * application's ten): the active backends, those waiting for another transaction's row
	 * ({@code Lock:transactionid}, {@code Lock:tuple}), and those waiting on the WAL's flush.
	 */
	static final class Sampler implements AutoCloseable {

		private final Connection connection;

		private final Thread thread;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private long samples;

		private long rowLocks;

		private long active;

		private long wal;

		Sampler(HikariDataSource dataSource) throws Exception {
			connection = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
					dataSource.getPassword());
			thread = new Thread(this::sample, "pg-stat-activity-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		private void sample() {
			try (Statement statement = connection.createStatement()) {
				while (running.get()) {
					try (ResultSet rs = statement.executeQuery("""
							select count(*) filter (where wait_event_type = 'Lock' and wait_event in ('transactionid', 'tuple')),
							       count(*),
							       count(*) filter (where wait_event in ('WalSync', 'WALSync', 'WALWrite', 'WalWrite'))
							from pg_stat_activity
							where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
							""")) {
						rs.next();
						synchronized (this) {
							rowLocks += rs.getLong(1);
							active += rs.getLong(2);
							wal += rs.getLong(3);
							samples++;
						}
					}
					Thread.sleep(20);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		synchronized double rowLockWaiting() {
			return samples == 0 ? 0 : (double) rowLocks / samples;
		}

		synchronized double active() {
			return samples == 0 ? 0 : (double) active / samples;
		}

		synchronized double walWaiting() {
			return samples == 0 ? 0 : (double) wal / samples;
		}

		@Override
		public void close() throws Exception {
			running.set(false);
			thread.join(2000);
			connection.close();
		}
	}

	private void report(List<Result> results, List<Mode> modes, String part, String unit, String perRequest) {
		List<String[]> rows = new ArrayList<>();
		for (Result r : results) {
			rows.add(new String[] { f("%d", r.round()), "**" + r.mode().name() + "**", f("%,.0f", r.visits() / r.seconds()),
					f("%,.1f", r.pushes() / r.seconds()), f("%d", ms(r.latencies(), 0.50)), f("%d", ms(r.latencies(), 0.95)),
					f("%.1f of %.1f", r.rowLockWaiting(), r.active()), f("%.1f", r.walWaiting()),
					f("%,d in %,d requests, %.1f s", r.visits(), r.pushes(), r.seconds()) });
		}
		tables.put(f("%s (%s; %s)", part, unit, perRequest), rows);
		Map<String, Double> rates = new LinkedHashMap<>();
		for (Mode mode : modes) {
			rates.put(mode.name(), results.stream().filter(r -> r.mode() == mode).mapToDouble(r -> r.visits() / r.seconds())
				.average().orElse(0));
		}
		notes.add(f("%s, %s averaged over the rounds: before %,.0f, after %,.0f, hamlet only %,.0f. After ÷ before ="
				+ " **%.2f**; after ÷ hamlet only = %.2f.", part, unit, rates.get("before"), rates.get("after"),
				rates.get("hamlet only"), rates.get("after") / rates.get("before"), rates.get("after") / rates.get("hamlet only")));
	}

	// --- the province dashboard's read ---------------------------------------------------------

	/**
	 * The province dashboard's figures ({@link TrackedFigures#of} for the province and its
	 * districts, the tiles and the table under them) as read now, rows and deltas, against the
	 * same query as it was (its closed-unit part included) on a copy of the rows as the
	 * old design kept them (a row per unit at every level), in the same database: median of 21
	 * after a warm-up. Once on the rows the demo and the runs made, once more after every unit of
	 * the province got a row for each of 21 indicators and 36 months (as TaskBenchmark fills them:
	 * a province with years of history), and once more with 7,000 deltas waiting to be folded.
	 */
	private void dashboardReads(long province) throws Exception {
		dashboardRead(province, "the rows of the demo and the runs");
		LocalDate today = households.today();
		jdbc.sql("""
				insert into figure_row (province_code, unit_id, indicator, month, value)
				select u.province_code, u.id, i.code, m::date, (abs(hashtext(u.id || i.code || m::text)) % 40)
				from admin_unit u
				cross join unnest(array['COMMUNES_WITH_TEAMS','TEAMS','MEMBERS','YOUTH_MEMBERS','HOUSEHOLDS',
				    'COVERED_HOUSEHOLDS','RESIDENTS_15','READY_SMARTPHONE','READY_VNEID_DOSSIER','READY_VNEID_ACTIVATED',
				    'READY_PROVINCIAL_APP','READY_ONLINE_SERVICE_ACCOUNT','READY_ONLINE_SERVICE_USED','READY_BANK_ACCOUNT',
				    'READY_CASHLESS','READY_VSSID','READY_FLUENT','GUIDED_ONLINE_SERVICES','GUIDED_PROVINCIAL_APP',
				    'GUIDED_CASHLESS','VISITS']) as i(code)
				cross join generate_series(cast(:from as date), cast(:to as date), interval '1 month') m
				where u.path <@ (select path from admin_unit where id = :province)
				on conflict do nothing
				""").param("from", today.withDayOfMonth(1).minusMonths(35)).param("to", today.withDayOfMonth(1))
			.param("province", province).update();
		jdbc.sql("analyze figure_row").update();
		dashboardRead(province, "every unit with 21 indicators × 36 months");
		// what waits between two folds at the peak measured above (~700 pushes/s, 5 keys, 2 units above the commune),
		// kept there while measured: the fold job skips while another session holds its lock
		try (Connection holding = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
				dataSource.getPassword()); Statement statement = holding.createStatement()) {
			statement.execute("select pg_advisory_lock(hashtextextended('figure_delta_fold', 0))");
			pendingDeltas(province, today);
			dashboardRead(province, "the same with 7,000 deltas not yet folded (a second of peak writes)");
		}
	}

	private void pendingDeltas(long province, LocalDate today) {
		jdbc.sql("""
				insert into figure_delta (province_code, unit_id, indicator, month, value)
				select (select province_code from admin_unit where id = :province), case when g % 2 = 0 then :province else (select id from admin_unit where parent_id = :province
				            order by id offset (g / 2) % 15 limit 1) end,
				       (array['VISITS','READY_SMARTPHONE','READY_BANK_ACCOUNT','READY_VNEID_ACTIVATED','COVERED_HOUSEHOLDS'])[1 + g % 5],
				       cast(:month as date), 1
				from generate_series(1, 7000) g
				""").param("province", province).param("month", today.withDayOfMonth(1)).update();
	}

	private void dashboardRead(long province, String rows) {
		List<Long> units = new ArrayList<>(List.of(province));
		units.addAll(jdbc.sql("select id from admin_unit where parent_id = ? and valid_to is null order by id").param(province)
			.query(Long.class).list());
		Period period = Period.toDate(households.today());
		jdbc.sql("drop table if exists figure_old_design").update();
		jdbc.sql("create table figure_old_design as select * from figure").update();
		jdbc.sql("alter table figure_old_design add primary key (unit_id, indicator, month)").update();
		jdbc.sql("analyze figure_old_design").update();
		long rowsOld = count("select count(*) from figure_old_design");
		long rowsNow = count("select count(*) from figure_row");
		// TrackedFigures.of as it was before the change, on the old design's rows
		String oldSql = """
				with moved as (
				    select q.id as unit_id, m.unit_id as hamlet, m.from_parent_id, m.moved_on
				    from admin_unit q join unit_move m on m.from_path <@ q.path
				    where q.id in (:units) and q.valid_to is not null),
				unit_rows as (
				    select unit_id, indicator, month, value, changed_at from figure_old_design where unit_id in (:units)
				    union all
				    select d.unit_id, f.indicator, f.month, f.value, f.changed_at
				    from moved d join figure_old_design f on f.unit_id = d.hamlet and f.month < d.moved_on
				    union all
				    select d.unit_id, 'COMMUNES_WITH_TEAMS', min(f.month), 1, max(f.changed_at)
				    from moved d join figure_old_design f on f.unit_id = d.hamlet and f.month < d.moved_on
				    where f.indicator = 'TEAMS' and f.value > 0
				    group by d.unit_id, d.from_parent_id)
				select unit_id, indicator,
				       coalesce(sum(value) filter (where month <= :to), 0) as stock,
				       coalesce(sum(value) filter (where month >= :from and month <= :to), 0) as flow,
				       max(changed_at) filter (where month <= :to) as changed
				from unit_rows where month <= :to
				group by unit_id, indicator
				""";
		// the same query as TrackedFigures.of reads now: rows and deltas of the units
		String nowSql = oldSql.replace("select unit_id, indicator, month, value, changed_at from figure_old_design where unit_id in (:units)",
				FigureRows.ofUnits()).replace("figure_old_design", "figure_row");
		long[] now = new long[21];
		long[] old = new long[21];
		long[] service = new long[21];
		for (int i = -1; i < now.length; i++) {
			long t0 = System.nanoTime();
			jdbc.sql(nowSql).param("units", units).param("from", java.sql.Date.valueOf(period.firstDay()))
				.param("to", java.sql.Date.valueOf(period.to().atDay(1))).query().listOfRows();
			long t1 = System.nanoTime();
			jdbc.sql(oldSql).param("units", units).param("from", java.sql.Date.valueOf(period.firstDay()))
				.param("to", java.sql.Date.valueOf(period.to().atDay(1))).query().listOfRows();
			long t2 = System.nanoTime();
			tracked.of(units, period);
			long t3 = System.nanoTime();
			if (i >= 0) {
				now[i] = t1 - t0;
				old[i] = t2 - t1;
				service[i] = t3 - t2;
			}
		}
		Arrays.sort(service);
		Arrays.sort(now);
		Arrays.sort(old);
		double nowMs = now[now.length / 2] / 1e6;
		double oldMs = old[old.length / 2] / 1e6;
		notes.add(f("Province dashboard read on %s (the province and its %d districts, every tracked indicator, %s–%s):"
				+ " **%.1f ms** now (%,d rows in figure_row, %,d deltas) against %.1f ms as before (%,d rows in one table):"
				+ " now ÷ before = **%.2f**; the query alone, medians of 21 after a warm-up, in turn in one run"
				+ " (TrackedFigures.of around it now, transaction and values: %.1f ms).", rows, units.size() - 1,
				period.from(), period.to(), nowMs, rowsNow, count("select count(*) from figure_delta"), oldMs, rowsOld,
				nowMs / oldMs, service[service.length / 2] / 1e6));
		jdbc.sql("drop table figure_old_design").update();
	}

	private long provinceOf(long unit) {
		return jdbc.sql("select (string_to_array(path::text, '.'))[1]::bigint from admin_unit where id = ?").param(unit)
			.query(Long.class).single();
	}

	// --- plumbing ------------------------------------------------------------------------------

	private String base() {
		return "http://localhost:" + port;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private void print(double loadBefore, double loadAfter) throws IOException {
		StringBuilder md = new StringBuilder("\n## Push contention: 200 phones in 100 hamlets of one province\n\n");
		md.append(f("Machine: %d cores, load average %.1f at start and %.1f at the end (shared with other builds); Java %s;"
				+ " embedded PostgreSQL 18 in target/pg-bench-push; loopback HTTP, Tomcat on a random port with 60 threads,"
				+ " the application's pool of 10 connections. Each phone pushes %d batches of %d visits (one adult, two"
				+ " readiness items, a day of this week), one after the other, all %d phones at once; %d round(s) of the three"
				+ " modes in turn after a warm-up round.%n%n", Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
				System.getProperty("java.version"), BATCHES, VISITS_PER_BATCH, PHONES, ROUNDS));
		md.append(BenchDatabase.settings(jdbc)).append("\n\n");
		tables.forEach((title, rows) -> {
			md.append("### ").append(title).append("\n\n");
			md.append("| round | roll-up | per second | requests/s | p50 ms | p95 ms | backends waiting on a row lock"
					+ " (of active), mean | waiting on WAL flush, mean | run |\n|---|---|---|---|---|---|---|---|---|\n");
			for (String[] r : rows) {
				md.append("| ").append(String.join(" | ", r)).append(" |\n");
			}
			md.append('\n');
		});
		md.append('\n');
		notes.forEach(n -> md.append("- ").append(n).append('\n'));
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/push-contention.md"), md);
		System.out.println(md);
	}
}
