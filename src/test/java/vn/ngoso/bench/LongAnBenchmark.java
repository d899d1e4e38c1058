package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.demo.generator.CopyLoader;
import vn.ngoso.demo.generator.CopySpool;
import vn.ngoso.demo.generator.CopySpool.Table;
import vn.ngoso.demo.generator.GuidedHouseholds;
import vn.ngoso.demo.generator.HamletRef;
import vn.ngoso.demo.generator.HamletSource;
import vn.ngoso.demo.generator.ImportCsvFile;
import vn.ngoso.demo.generator.LongAnGenerator;
import vn.ngoso.demo.generator.Plan;
import vn.ngoso.demo.generator.Summary;
import vn.ngoso.demo.generator.Targets;
import vn.ngoso.demo.internal.SourceTextReportedValues;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.Household;
import vn.ngoso.households.Households;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.ScopedPrincipal;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.territory.Reorganisations;

/**
 * The Long An-scale benchmarks, in one run on a database of their own ({@code target/pg-bench},
 * wiped at start; {@code ./data} is never touched). Prints a Markdown table and writes it to
 * {@code target/bench/long-an.md}. Measures, never asserts a time: only the data is checked.
 * Run with {@code ./mvnw -Pbench test} (the normal suite leaves {@code *Benchmark} out); with
 * {@code -Dbench.importOnly=true} it stops after the import measurements; with
 * {@code -Dbench.pagesOnly=true} it skips the import and measures only the pages of {@link PageBenchmarks};
 * with {@code -Dbench.flagsOnly=true}, only the flags of {@link FlagBenchmarks}.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-bench",
		"ngoso.database.embedded.clean=true", "ngoso.demo=true",
		// the production batch size: the test profile's batches of 3 households only serve small test files
		"ngoso.imports.batch-households=2000" })
@ActiveProfiles("test")
// no printing of each call's request and model: a server does not do it (it was a tenth of a page's time)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class LongAnBenchmark {

	static final int VISITS = 20_000;

	static final int THREADS = 2;

	static final int TO_VISIT_CALLS = 200;

	/** Items the benchmark's visits help with: none of the three counted, so the report's figures stay exact. */
	static final ReadinessItem[] OTHER_ITEMS = { ReadinessItem.SMARTPHONE, ReadinessItem.VNEID_DOSSIER,
			ReadinessItem.VNEID_ACTIVATED, ReadinessItem.BANK_ACCOUNT, ReadinessItem.VSSID, ReadinessItem.FLUENT };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.ngoso.verification.internal.FlagComputation flagComputation;

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenIds citizenIds;

	@Autowired
	Households households;

	@Autowired
	Visits visits;

	@Autowired
	UserDetailsService users;

	@Autowired
	HouseholdImports imports;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	ReportedValues reported;

	@Autowired
	Figures figures;

	@Autowired
	vn.ngoso.feedback.WorkingDays workingDays;

	@Autowired
	SourceTextReportedValues sourceTextValues;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	vn.ngoso.tasks.Targets targetService;

	private final List<String[]> table = new ArrayList<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		BenchDatabase.durableIfAsked(registry);
	}

	private void row(String measure, String result, String notes) {
		table.add(new String[] { measure, result, notes });
		System.out.printf("[bench] %s: %s %s%n", measure, result, notes);
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	@Test
	void longAnAtScale() throws Exception {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		try (HeapWatch heap = new HeapWatch()) {
			Path out = Path.of("target/bench");
			HamletSource source = new HamletSource(jdbc);
			List<HamletRef> hamlets = source.longAn(List.of());
			Targets targets = Targets.LONG_AN;

			// 1. Generate the CSV file and the COPY files
			heap.reset();
			long started = System.nanoTime();
			LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
			Plan plan = generator.plan(hamlets, targets);
			Path csv = out.resolve("long-an-households.csv");
			CopySpool spool = new CopySpool(out.resolve("copy"), citizenIds::protect);
			Summary summary = generator.generate(plan, new ImportCsvFile(csv), spool);
			double generated = seconds(started);
			row("generate CSV + COPY files", f("%.1f s", generated),
					f("%,d households, %,d residents (%,.0f residents/s), %,d visits, %,d profile items; CSV %,d MB; peak heap %s",
							summary.households, summary.residents, summary.residents / generated, summary.visits,
							summary.readiness, Files.size(csv) >> 20, heap.peak()));

			// 2. Raw COPY of the same households and residents into the same tables: the import's baseline
			CopyLoader loader = new CopyLoader(dataSource);
			loader.truncate();
			heap.reset();
			CopyLoader.Loaded hh = loader.copy(spool.dir(), Table.HOUSEHOLD);
			CopyLoader.Loaded res = loader.copy(spool.dir(), Table.RESIDENT);
			double rawCopy = (hh.took().toNanos() + res.took().toNanos()) / 1e9;
			row("raw COPY households", f("%.1f s", hh.took().toNanos() / 1e9), f("%,d rows, %,.0f rows/s", hh.rows(), hh.rowsPerSecond()));
			row("raw COPY residents", f("%.1f s", res.took().toNanos() / 1e9), f("%,d rows, %,.0f rows/s", res.rows(), res.rowsPerSecond()));
			row("**raw COPY households + residents (import baseline)**", f("%.1f s", rawCopy),
					f("%,.0f resident rows/s; indexes, unique constraints and foreign keys in place; rows prepared"
							+ " (ids, folded names, encrypted CCCDs); peak heap %s", res.rows() / rawCopy, heap.peak()));

			// 3. The import of the same data from the CSV file, twice (-Dbench.pagesOnly=true: skipped)
			boolean pagesOnly = Boolean.getBoolean("bench.pagesOnly");
			boolean flagsOnly = Boolean.getBoolean("bench.flagsOnly");
			if (!pagesOnly && !flagsOnly) {
				importBenchmark(csv, rawCopy, res.rows(), heap, loader, spool.dir());
			}
			if (Boolean.getBoolean("bench.importOnly")) {
				// -Dbench.importOnly=true: a quicker run while working on the import
				return;
			}

			// 4. Profiles and visits, by COPY, so the service benchmarks run on the full data
			heap.reset();
			started = System.nanoTime();
			List<CopyLoader.Loaded> rest = new ArrayList<>();
			for (Table t : List.of(Table.VISIT, Table.VISIT_MEMBER, Table.VISIT_OUTCOME, Table.READINESS,
					Table.READINESS_EVENT)) {
				rest.add(loader.copy(spool.dir(), t));
			}
			loader.analyze();
			row("COPY visits, outcomes, profiles, history", f("%.1f s", seconds(started)),
					String.join("; ", rest.stream().map(l -> f("%s %,d rows %,.0f/s", l.table().table, l.rows(),
							l.rowsPerSecond())).toList()));

			String province = source.provincePath();
			GuidedHouseholds.Totals totals = new GuidedHouseholds(jdbc).under(province);
			row("check: guided households online / app / cashless", f("%,d / %,d / %,d", totals.online(), totals.app(),
					totals.cashless()), totals.matches(targets) ? "exactly the source text's figures" : "MISMATCH");
			assertThat(totals.matches(targets)).as(totals.toString()).isTrue();

			// 4b. The live figures rebuilt from everything loaded; the agencies' 2024 figures entered and approved
			FigureBenchmarks figureBench = new FigureBenchmarks(jdbc, tracked, reported, figures, visits,
					(measure, r) -> row(measure, r[0], r[1]));
			// the year's 2,330 feedback items, from records since the feedback module exists
			new vn.ngoso.demo.generator.FeedbackMaker(new org.springframework.jdbc.core.JdbcTemplate(dataSource), workingDays,
					LongAnGenerator.DEFAULT_SEED).make(hamlets, vn.ngoso.demo.generator.FeedbackMaker.LONG_AN_2024);
			// the year's sessions and desk days, and the province's acceptance points, from records too
			new vn.ngoso.demo.generator.OperationsLoader(dataSource).load(new vn.ngoso.demo.generator.OperationsMaker(
					LongAnGenerator.DEFAULT_SEED).make(hamlets, source.province(), vn.ngoso.demo.generator.OperationTargets.LONG_AN_2024));
			new vn.ngoso.demo.generator.MerchantLoader(jdbc).replace(new vn.ngoso.demo.generator.MerchantMaker(
					LongAnGenerator.DEFAULT_SEED).make(hamlets, new java.util.HashSet<>()));
			figureBench.recompute();
			sourceTextValues.enterAndApprove();

			if (pagesOnly) {
				// -Dbench.pagesOnly=true: only the speed a person feels on the full data (docs/page-speed.md)
				pages().run();
				return;
			}
			if (flagsOnly) {
				// -Dbench.flagsOnly=true: only the flags on the full data (docs/verification-flags.md)
				new FlagBenchmarks(jdbc, flagComputation, (measure, r) -> row(measure, r[0], r[1])).run();
				return;
			}

			// 5. "Households to visit" for one hamlet, as a member of its team
			toVisit(heap);

			// 6. Recording visits through the service, 2 threads
			recordVisits(heap);
			GuidedHouseholds.Totals after = new GuidedHouseholds(jdbc).under(province);
			assertThat(after).as("the benchmark's visits leave the three figures alone").isEqualTo(totals);

			// 7. Dashboards, the naive GROUP BY, freshness; the report at full scale, and its files
			figureBench.dashboards();
			new ReportBenchmarks(mvc, users, (measure, r) -> row(measure, r[0], r[1])).run();
			pages().run();

			// 7b. The flags on the data (issue 18): the nightly run, a month, the whole period
			new FlagBenchmarks(jdbc, flagComputation, (measure, r) -> row(measure, r[0], r[1])).run();

			// 8. The 2025 reorganisation at full scale: it changes the tree for good, so it comes last
			new ReorganisationBenchmarks(jdbc, reorganisations, figures, tracked, users,
					(measure, r) -> row(measure, r[0], r[1])).run();

			row("peak heap, whole run", heap.overall(), f("-Xmx%d MB", Runtime.getRuntime().maxMemory() >> 20));
		}
		finally {
			// what was measured is printed even when a check on the data fails
			print(loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private PageBenchmarks pages() {
		return new PageBenchmarks(mvc, jdbc, users, tracked, reported, targetService, (measure, r) -> row(measure, r[0], r[1]));
	}

	/**
	 * The import of the generated CSV through {@code vn.ngoso.imports}, as the provincial officer
	 * ({@code tinh}) into empty tables, then the same file again; compared with the raw COPY. The
	 * tables are then emptied and the generated households and residents put back by COPY, so
	 * that the steps after this one find the generated ids.
	 */
	private void importBenchmark(Path csv, double rawCopySeconds, long rows, HeapWatch heap, CopyLoader loader,
			Path spool) throws Exception {
		loader.truncate();
		UserDetails officer = users.loadUserByUsername("tinh");
		signIn(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			heap.reset();
			long started = System.nanoTime();
			ImportJob first = runImport(csv);
			double firstSeconds = seconds(started);
			String firstHeap = heap.peak();
			row("**import of the generated CSV** (vn.ngoso.imports)", f("%.1f s, %,.0f rows/s", firstSeconds,
					first.rowsRead() / firstSeconds),
					f("**%.2f × the raw COPY**; %s: %,d rows read, %,d valid, %,d invalid; %,d households created;"
							+ " upload copy, staging COPY, checks and merge (batches of 2,000 households) included; peak heap %s",
							firstSeconds / rawCopySeconds, first.status(), first.rowsRead(), first.rowsValid(),
							first.rowsInvalid(), first.householdsCreated(), firstHeap));
			if (first.rowsInvalid() > 0) {
				imports.errors(first.id(), 10, Locale.ROOT)
					.forEach(e -> System.out.println("[bench] import row error: " + e));
			}
			heap.reset();
			started = System.nanoTime();
			ImportJob second = runImport(csv);
			double secondSeconds = seconds(started);
			row("import of the same file again (no change)", f("%.1f s", secondSeconds),
					f("%.2f × the raw COPY; %s: %,d households unchanged, %,d updated, %,d created; peak heap %s",
							secondSeconds / rawCopySeconds, second.status(), second.householdsUnchanged(),
							second.householdsUpdated(), second.householdsCreated(), heap.peak()));
			assertThat(first.status()).isEqualTo(ImportStatus.DONE);
			assertThat((long) first.rowsValid()).isEqualTo(rows);
			assertThat(second.householdsUnchanged()).isEqualTo(first.householdsCreated());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		loader.truncate();
		loader.copy(spool, Table.HOUSEHOLD);
		loader.copy(spool, Table.RESIDENT);
	}

	private ImportJob runImport(Path csv) throws Exception {
		ImportJob job;
		try (InputStream in = Files.newInputStream(csv)) {
			job = imports.start(csv.getFileName().toString(), in);
		}
		while (job.running()) {
			Thread.sleep(200);
			job = imports.job(job.id());
		}
		return job;
	}

	private void toVisit(HeapWatch heap) {
		UserDetails member = users.loadUserByUsername("thanhvien");
		signIn(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
		try {
			List<Household> first = households.toVisit(200);
			long inHamlet = jdbc.sql("""
					select count(*) from household h join team t on t.unit_id = h.unit_id
					join member m on m.team_id = t.id join app_user u on u.member_id = m.id where u.username = 'thanhvien'
					""").query(Long.class).single();
			for (int i = 0; i < 20; i++) {
				households.toVisit(200);
			}
			heap.reset();
			long[] nanos = new long[TO_VISIT_CALLS];
			for (int i = 0; i < TO_VISIT_CALLS; i++) {
				long t = System.nanoTime();
				households.toVisit(200);
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			row("\"Hộ cần thăm\" (Households.toVisit(200)), one hamlet",
					f("p50 %.1f ms, p95 %.1f ms", nanos[TO_VISIT_CALLS / 2] / 1e6, nanos[TO_VISIT_CALLS * 95 / 100] / 1e6),
					f("%d calls as thanhvien (member of the Cả Bản team, %,d households in the hamlet, %d listed); max %.1f ms",
							TO_VISIT_CALLS, inHamlet, first.size(), nanos[TO_VISIT_CALLS - 1] / 1e6));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A member of a hamlet team, signed in without a password (the service only reads the scope). */
	record BenchMember(Scope scope) implements ScopedPrincipal {
	}

	record Job(UUID household, long hamlet, String path, long team, long[] members, UUID[] adults) {
	}

	private void recordVisits(HeapWatch heap) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		int adultBornBy = today.getYear() - 16;
		List<Job> jobs = jdbc.sql("""
				select h.id, h.unit_id, h.unit_path::text as path, t.id as team,
				       (select array_agg(m.id order by m.id) from member m where m.team_id = t.id and m.left_on is null) as members,
				       (select array_agg(r.id order by r.id) from resident r where r.household_id = h.id and r.birth_year <= :born) as adults
				from household h join team t on t.unit_id = h.unit_id
				order by md5(h.id::text) limit :n
				""").param("born", adultBornBy).param("n", VISITS)
			.query((rs, n) -> new Job(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("path"),
					rs.getLong("team"),
					Arrays.stream((Long[]) rs.getArray("members").getArray()).mapToLong(Long::longValue).toArray(),
					(UUID[]) rs.getArray("adults").getArray()))
			.list();
		AtomicInteger next = new AtomicInteger();
		AtomicLong outcomes = new AtomicLong();
		AtomicLong created = new AtomicLong();
		heap.reset();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			running.add(pool.submit(() -> {
				SplittableRandom r = new SplittableRandom(4242 + thread);
				for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
					Job job = jobs.get(i);
					long member = job.members()[r.nextInt(job.members().length)];
					Scope scope = new Scope("bench-" + member, Role.MEMBER, job.hamlet(), job.path(), job.team(), member);
					signIn(UsernamePasswordAuthenticationToken.authenticated(new BenchMember(scope), null,
							List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
					List<RecordVisit.Outcome> helped = new ArrayList<>();
					int people = 1 + r.nextInt(Math.min(2, job.adults().length));
					for (int p = 0; p < people; p++) {
						UUID resident = job.adults()[(p + r.nextInt(job.adults().length)) % job.adults().length];
						if (helped.stream().anyMatch(o -> o.residentId().equals(resident))) {
							continue;
						}
						List<ReadinessItem> items = new ArrayList<>();
						int count = 1 + r.nextInt(2);
						while (items.size() < count) {
							ReadinessItem item = OTHER_ITEMS[r.nextInt(OTHER_ITEMS.length)];
							if (!items.contains(item)) {
								items.add(item);
							}
						}
						helped.add(new RecordVisit.Outcome(resident, items));
					}
					var recorded = visits.record(new RecordVisit(UUID.randomUUID(), job.household(),
							today.minusDays(r.nextInt(300)), List.of(), helped, null));
					if (recorded.created()) {
						created.incrementAndGet();
						outcomes.addAndGet(recorded.visit().outcomes().stream().mapToLong(o -> o.items().size()).sum());
					}
				}
				SecurityContextHolder.clearContext();
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdown();
		double took = seconds(started);
		assertThat(created.get()).isEqualTo(jobs.size());
		row("recording visits through Visits.record, 2 threads",
				f("%,.0f visits/s, %,.0f outcomes/s", created.get() / took, outcomes.get() / took),
				f("%,d visits with %,d outcomes (items outside the three counted) in %.1f s, each as a member of the"
						+ " household's hamlet team; peak heap %s", created.get(), outcomes.get(), took, heap.peak()));
	}

	private static void signIn(Authentication authentication) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}

	private void print(double loadBefore, double loadAfter) throws IOException {
		StringBuilder md = new StringBuilder("\n## Long An-scale benchmark\n\n");
		md.append(f("Machine: %d cores, load average %.1f at start and %.1f at the end (shared with other builds);"
				+ " Java %s; heap limit %d MB; embedded PostgreSQL 18 in target/pg-bench.%n%n",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20));
		md.append(BenchDatabase.settings(jdbc)).append("\n\n");
		md.append("| measure | result | notes |\n|---|---|---|\n");
		for (String[] r : table) {
			md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/long-an.md"), md);
		System.out.println(md);
	}
}
