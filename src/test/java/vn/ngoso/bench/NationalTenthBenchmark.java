package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.demo.generator.CopyLoader;
import vn.ngoso.demo.generator.CopySpool;
import vn.ngoso.demo.generator.CopySpool.Table;
import vn.ngoso.demo.generator.HamletRef;
import vn.ngoso.demo.generator.HamletSource;
import vn.ngoso.demo.generator.ImportCsvFiles;
import vn.ngoso.demo.generator.LongAnGenerator;
import vn.ngoso.demo.generator.Plan;
import vn.ngoso.demo.generator.Summary;
import vn.ngoso.demo.generator.Targets;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.Households;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.outreach.Visits;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.teams.TeamImport;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.HamletImport;

/**
 * A tenth of the national scale (issue 20, item 4) in one run, on a database of its own
 * ({@code target/pg-bench-national}, wiped at start), durable settings forced (fsync and
 * synchronous commit on): ~10 M residents in ~2.7 M households over five provinces of the national
 * list 2025, with hamlets, teams and members set up the way a province does it. Measures the import
 * of the generated files through {@code vn.ngoso.imports} against a raw COPY of the same rows, the
 * dashboards of each province and the administrator's national view, sync pushes of 100 phones on
 * the big database, and the size of every table. Prints Markdown and writes
 * {@code target/bench/national-tenth.md}; asserts only the data, never a time.
 * <p>
 * Run with {@code ./mvnw -o -Pbench-national test}; {@code -Dnational.scale=0.0002} (a share of
 * the 100 M people; default 0.1) and {@code -Dnational.communes=3} (communes per province, default
 * all) make a quick run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-bench-national", "ngoso.database.embedded.clean=true",
		"ngoso.demo=false", "ngoso.admin.password=" + NationalTenthBenchmark.ADMIN_PASSWORD,
		// the production batch size: the test profile's batches of 3 households only serve small test files
		"ngoso.imports.batch-households=2000", "server.tomcat.threads.max=60" })
@ActiveProfiles("test")
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class NationalTenthBenchmark {

	static final String ADMIN_PASSWORD = "quan-tri-quoc-gia-bench";

	static final String LIST = "GSO-VIETNAM-2025-07-01";

	/** The country, as the issue counts it. */
	static final long NATIONAL_PEOPLE = 100_000_000L;

	static final double PEOPLE_PER_HOUSEHOLD = 3.7;

	static final double SCALE = Double.parseDouble(System.getProperty("national.scale", "0.1"));

	static final int COMMUNES = Integer.getInteger("national.communes", 0);

	static final int PUSH_HAMLETS_PER_PROVINCE = 10;

	static final int PUSH_BATCHES = 4;

	static final int PUSH_VISITS = 10;

	/**
	 * The provinces, of different shapes, and their populations (rounded, from the figures published
	 * with the 2025 merger; used only as weights for ~10 M people in all).
	 */
	record Province(String code, String name, long people, String shape) {
	}

	static final List<Province> PROVINCES = List.of(
			new Province("92", "Cần Thơ", 4_200_000, "Mekong delta city merged with two rural provinces (Sóc Trăng,"
					+ " Hậu Giang): the shape of Long An, many people per commune"),
			new Province("48", "Đà Nẵng", 3_070_000, "a big city with the rural and mountain communes of Quảng Nam"),
			new Province("42", "Hà Tĩnh", 1_620_000, "rural and coastal, not merged"),
			new Province("22", "Quảng Ninh", 1_430_000, "industrial and coastal, many wards"),
			new Province("12", "Lai Châu", 490_000, "mountainous, the fewest people per commune"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenIds citizenIds;

	@Autowired
	HouseholdImports imports;

	@Autowired
	HamletImport hamletImport;

	@Autowired
	TeamImport teamImport;

	@Autowired
	Teams teams;

	@Autowired
	Households households;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	ReportedValues reported;

	@Autowired
	Visits visits;

	@Autowired
	MockMvc mvc;

	@Value("${ngoso.imports.max-rows:2000000}")
	int maxRows;

	private final List<String[]> table = new ArrayList<>();

	private final StringBuilder sections = new StringBuilder();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		// durable whatever the command line says: the import and the pushes are measured as production runs them
		registry.add("ngoso.database.embedded.unsafe-skip-fsync", () -> "false");
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
	void aTenthOfTheCountry() throws Exception {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long runStarted = System.nanoTime();
		DemoUsers as = new DemoUsers(users);
		try (HeapWatch heap = new HeapWatch()) {
			// 1. Hamlets, teams and members, as a province sets itself up
			long started = System.nanoTime();
			NationalHamlets setup = new NationalHamlets(jdbc, hamletImport, teamImport, teams);
			for (Province p : PROVINCES) {
				as.runAs("admin", () -> {
					NationalHamlets.Made made = setup.setUp(LIST, p.code(), COMMUNES);
					row("set-up of " + p.name() + " (" + p.code() + ")", f("%,d hamlets", made.hamlets()),
							f("%,d communes, %,d teams, %,d members; %s", made.communes(), made.teams(), made.members(),
									p.shape()));
				});
			}
			row("hamlets, teams and members set up", f("%.1f s", seconds(started)),
					"hamlet file and team file per province (HamletImport, TeamImport), members one by one (Teams.addMember)");

			// 2. The plan: each province's people by its weight, Long An's guided rates, one generation
			long people = Math.round(NATIONAL_PEOPLE * SCALE);
			long weights = PROVINCES.stream().mapToLong(Province::people).sum();
			LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
			HamletSource source = new HamletSource(jdbc);
			List<Plan> plans = new ArrayList<>();
			for (Province p : PROVINCES) {
				int residents = (int) Math.round((double) people * p.people() / weights);
				int householdCount = (int) Math.round(residents / PEOPLE_PER_HOUSEHOLD);
				List<HamletRef> hamlets = source.ofProvinces(LIST, List.of(p.code()));
				plans.add(generator.plan(hamlets, Targets.LONG_AN.scaledTo(householdCount, residents)));
			}
			Plan plan = Plan.joined(plans);

			// 3. The import files and the COPY files
			Path out = Path.of("target/bench/national");
			heap.reset();
			started = System.nanoTime();
			ImportCsvFiles csv = new ImportCsvFiles(out, "national-tenth-households", maxRows);
			CopySpool spool = new CopySpool(out.resolve("copy"), citizenIds::protect);
			Summary summary = generator.generate(plan, csv, spool);
			double generated = seconds(started);
			long csvBytes = 0;
			for (Path file : csv.files()) {
				csvBytes += Files.size(file);
			}
			row("generate import files + COPY files", f("%.1f s", generated),
					f("%,d households, %,d residents (%.2f per household; %,.0f residents/s), %,d visits, %,d profile"
							+ " items, %,d history events; %d import files of at most %,d rows, %,d MB; peak heap %s",
							summary.households, summary.residents, summary.meanHouseholdSize(), summary.residents / generated,
							summary.visits, summary.readiness, summary.events, csv.files().size(), maxRows, csvBytes >> 20,
							heap.peak()));

			// 4. The import through vn.ngoso.imports, file after file, into empty tables
			CopyLoader loader = new CopyLoader(dataSource);
			loader.truncate();
			double importSeconds = importFiles(csv.files(), summary, heap);

			// 5. The raw COPY of the same rows into the same (emptied) tables: the baseline, and the data from here on
			loader.truncate();
			heap.reset();
			CopyLoader.Loaded hh = loader.copy(spool.dir(), Table.HOUSEHOLD);
			CopyLoader.Loaded res = loader.copy(spool.dir(), Table.RESIDENT);
			double rawCopy = (hh.took().toNanos() + res.took().toNanos()) / 1e9;
			row("raw COPY households", f("%.1f s", hh.took().toNanos() / 1e9), f("%,d rows, %,.0f rows/s", hh.rows(),
					hh.rowsPerSecond()));
			row("raw COPY residents", f("%.1f s", res.took().toNanos() / 1e9), f("%,d rows, %,.0f rows/s", res.rows(),
					res.rowsPerSecond()));
			row("**raw COPY households + residents (import baseline)**", f("%.1f s, %,.0f resident rows/s", rawCopy,
					res.rows() / rawCopy), f("indexes, unique constraints and foreign keys in place; peak heap %s", heap.peak()));
			row("**import ÷ raw COPY**", f("**%.2f ×**", importSeconds / rawCopy),
					f("import %.1f s against raw COPY %.1f s, same rows, same tables, both into empty tables", importSeconds,
							rawCopy));

			// 6. Visits, profiles and their history by COPY, then the live figures rebuilt
			started = System.nanoTime();
			List<String> copied = new ArrayList<>();
			for (Table t : List.of(Table.VISIT, Table.VISIT_MEMBER, Table.VISIT_OUTCOME, Table.READINESS,
					Table.READINESS_EVENT)) {
				CopyLoader.Loaded l = loader.copy(spool.dir(), t);
				copied.add(f("%s %,d rows %,.0f/s", l.table().table, l.rows(), l.rowsPerSecond()));
			}
			loader.analyze();
			row("COPY visits, outcomes, profiles, history", f("%.1f s", seconds(started)), String.join("; ", copied));
			started = System.nanoTime();
			Figures.Recomputed recomputed = figures.recompute();
			row("full recompute of the live figures", f("%.1f s", seconds(started)),
					f("%,d aggregate rows", recomputed.rows()));

			// 7. Dashboards: each province, the national view, one summary report
			dashboards(as);

			// 8. Sync pushes of 100 phones on the big database
			push();

			row("peak heap, whole run", heap.overall(), f("-Xmx%d MB", Runtime.getRuntime().maxMemory() >> 20));
			row("whole run", f("%.0f min", seconds(runStarted) / 60), "");

			// 9. Sizes
			sizes(summary);
		}
		finally {
			print(loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** @return seconds for all the files, upload to done */
	private double importFiles(List<Path> files, Summary summary, HeapWatch heap) throws Exception {
		heap.reset();
		long started = System.nanoTime();
		long read = 0;
		long valid = 0;
		long invalid = 0;
		long created = 0;
		List<String> each = new ArrayList<>();
		for (Path file : files) {
			long t = System.nanoTime();
			ImportJob job = new DemoUsers(users).callAs("admin", () -> runImport(file));
			each.add(f("%,d rows in %.0f s", job.rowsRead(), seconds(t)));
			if (job.rowsInvalid() > 0) {
				new DemoUsers(users).runAs("admin", () -> imports.errors(job.id(), 10, Locale.ROOT)
					.forEach(e -> System.out.println("[bench] import row error: " + e)));
			}
			assertThat(job.status()).as(file.toString()).isEqualTo(ImportStatus.DONE);
			read += job.rowsRead();
			valid += job.rowsValid();
			invalid += job.rowsInvalid();
			created += job.householdsCreated();
		}
		double took = seconds(started);
		row("**import of the generated files** (vn.ngoso.imports, as admin)", f("%.1f s, %,.0f rows/s", took, read / took),
				f("%d files (%s): %,d rows read, %,d valid, %,d invalid; %,d households created; upload copy, staging COPY,"
						+ " checks and merge (batches of 2,000 households) included; peak heap %s", files.size(),
						String.join(", ", each), read, valid, invalid, created, heap.peak()));
		assertThat(valid).isEqualTo(summary.residents);
		assertThat(created).isEqualTo(summary.households);
		return took;
	}

	private ImportJob runImport(Path csv) {
		try {
			ImportJob job;
			try (InputStream in = Files.newInputStream(csv)) {
				job = imports.start(csv.getFileName().toString(), in);
			}
			while (job.running()) {
				Thread.sleep(500);
				job = imports.job(job.id());
			}
			return job;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void dashboards(DemoUsers as) throws Exception {
		Period period = Period.toDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		FigureBenchmarks figureBench = new FigureBenchmarks(jdbc, tracked, reported, figures, visits,
				(measure, r) -> row(measure, r[0], r[1]));
		long biggest = 0;
		for (Province p : PROVINCES) {
			FigureBenchmarks.Unit unit = figureBench.unit(f("select id from admin_unit where source = '%s' and level = 1"
					+ " and code = '%s'", LIST, p.code()));
			if (biggest == 0) {
				biggest = unit.id();
			}
			long homes = jdbc.sql("select count(*) from household where province_code = ?").param(p.code())
				.query(Long.class).single();
			String url = "/dashboard/" + unit.id();
			double[] page = PageBenchmarks.time(30, 100, () -> assertThat(mvc.perform(get(url).with(as.as("admin")))
				.andReturn().getResponse().getStatus()).isEqualTo(200));
			double[] figs = figureBench.measure(unit, period, 100);
			row(f("dashboard of %s, page, warm (admin, %s)", p.name(), url), f("p50 %.1f ms, p95 %.1f ms", page[0], page[1]),
					f("%,d households, %d communes; its figures alone (TrackedFigures for the province and its communes,"
							+ " reported values, two trends): p50 %.1f ms, p95 %.1f ms; 100 calls after 30", homes,
							unit.children().size(), figs[0], figs[1]));
		}
		double[] national = PageBenchmarks.time(10, 50, () -> assertThat(mvc.perform(get("/dashboard")
			.with(as.as("admin"))).andReturn().getResponse().getStatus()).isEqualTo(200));
		row("national view, page, warm (admin, /dashboard: every province's tiles)", f("p50 %.1f ms, p95 %.1f ms",
				national[0], national[1]), "50 calls after 10; the 34 provinces of the national list, five with data");
		String report = f("/reports/summary?unitId=%d&from=2023-01&to=2024-12", biggest);
		double[] summary = PageBenchmarks.time(3, 20, () -> assertThat(mvc.perform(get(report).with(as.as("admin")))
			.andReturn().getResponse().getStatus()).isEqualTo(200));
		row(f("summary report of %s, 2023–2024 (%s)", PROVINCES.get(0).name(), report), f("p50 %.1f ms, p95 %.1f ms",
				summary[0], summary[1]), "20 calls after 3");
	}

	private void push() throws Exception {
		List<Long> hamlets = new ArrayList<>();
		for (Province p : PROVINCES) {
			hamlets.addAll(jdbc.sql("""
					select h.id from admin_unit h join team t on t.unit_id = h.id
					where h.level = 4 and h.province_code = ? and h.valid_to is null
					order by md5(h.code) limit ?
					""").params(p.code(), PUSH_HAMLETS_PER_PROVINCE).query(Long.class).list());
		}
		PushPhones pushPhones = new PushPhones("http://localhost:" + port, jdbc, households, accounts, users,
				new SplittableRandom(20261207));
		List<PushPhones.Phone> phones = pushPhones.make(hamlets, 2, "admin", "dtqg");
		ExecutorService pool = Executors.newFixedThreadPool(phones.size());
		try {
			pushPhones.push(pool, phones, 1, PUSH_VISITS); // warm-up: JIT, caches, connections; not reported
			PushPhones.Pushed pushed = pushPhones.push(pool, phones, PUSH_BATCHES, PUSH_VISITS);
			row("**sync push on the big database** (HTTP, durable)", f("%,.0f visits/s, %,.1f pushes/s",
					pushed.visitsPerSecond(), pushed.pushes() / pushed.seconds()),
					f("p50 %d ms, p95 %d ms; %d phones (two members of %d hamlets over the %d provinces), %d batches of %d"
							+ " visits each, all at once; %,d visits in %.1f s", pushed.ms(0.50), pushed.ms(0.95),
							phones.size(), hamlets.size(), PROVINCES.size(), PUSH_BATCHES, PUSH_VISITS, pushed.visits(),
							pushed.seconds()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void sizes(Summary summary) {
		long households = jdbc.sql("select count(*) from household").query(Long.class).single();
		long residents = jdbc.sql("select count(*) from resident").query(Long.class).single();
		List<TableSizes.Size> sizes = TableSizes.of(jdbc, 10_000);
		long database = TableSizes.database(jdbc);
		sections.append(f("### Sizes: every table with more than 10,000 rows%n%n%,d households, %,d residents (%,d of"
				+ " them generated); rows are pg_class.reltuples after ANALYZE; heap = pg_relation_size, TOAST ="
				+ " pg_total_relation_size of the TOAST table, indexes = pg_indexes_size, total ="
				+ " pg_total_relation_size.%n%n", households, residents, summary.residents));
		sections.append(TableSizes.markdown(sizes, households, residents, database)).append('\n');
		sections.append(longAnSizes());
	}

	/** LongAnBenchmark's database, when one is left under target/pg-bench: not opened here (another server). */
	private static String longAnSizes() {
		return Files.isDirectory(Path.of("target/pg-bench"))
				? "Long An: target/pg-bench exists, but reading it needs a second PostgreSQL server; not measured here.\n\n"
				: "Long An: no LongAnBenchmark database under target/pg-bench in this checkout; skipped.\n\n";
	}

	private void print(double loadBefore, double loadAfter) throws IOException {
		StringBuilder md = new StringBuilder("\n## 1/10 national run\n\n");
		md.append(f("Scale %s of %,d people (%s communes per province); machine: %d cores, load average %.1f at start and"
				+ " %.1f at the end (shared with other builds); Java %s; heap limit %d MB; embedded PostgreSQL 18 in"
				+ " target/pg-bench-national.%n%n", SCALE, NATIONAL_PEOPLE, COMMUNES == 0 ? "all" : COMMUNES,
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20));
		md.append(BenchDatabase.settings(jdbc)).append("\n\n");
		md.append("| measure | result | notes |\n|---|---|---|\n");
		for (String[] r : table) {
			md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		md.append('\n').append(sections);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/national-tenth.md"), md);
		System.out.println(md);
	}
}
