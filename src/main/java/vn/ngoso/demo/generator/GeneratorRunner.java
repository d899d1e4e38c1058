package vn.ngoso.demo.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.demo.generator.CopyLoader.Loaded;
import vn.ngoso.demo.internal.SourceTextReportedValues;
import vn.ngoso.feedback.WorkingDays;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.CitizenIds;

/**
 * {@code --ngoso.generate=long-an}: writes the Long An-scale households file (and with
 * {@code --ngoso.generate.load=true} loads the same data, with profiles and visits, into the
 * database by COPY and checks the report's three household figures), prints what it did and
 * ends the application. Runs after the demo data, which supplies the hamlets and teams.
 *
 * <p>Options: {@code ngoso.generate.out} (directory, default {@code target/generated}),
 * {@code .seed}, {@code .communes} (a slice: commune codes, comma separated; the targets scale
 * with its share of the hamlets), {@code .load}, {@code .replace} (required to load into a
 * database that already has households: they are all deleted first), {@code .exit}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "ngoso.generate")
class GeneratorRunner implements ApplicationRunner {

	private final Environment env;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final CitizenIds citizenIds;

	private final ConfigurableApplicationContext context;

	private final Figures figures;

	private final TransactionTemplate tx;

	private final SourceTextReportedValues reportedValues;

	private final WorkingDays workingDays;

	GeneratorRunner(Environment env, JdbcClient jdbc, DataSource dataSource, CitizenIds citizenIds,
			ConfigurableApplicationContext context, Figures figures, TransactionTemplate tx,
			SourceTextReportedValues reportedValues, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.env = env;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.citizenIds = citizenIds;
		this.context = context;
		this.figures = figures;
		this.tx = tx;
		this.reportedValues = reportedValues;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int status;
		try {
			status = generate() ? 0 : 1;
		}
		catch (RuntimeException e) {
			System.err.println("Generator failed: " + e.getMessage());
			status = 2;
		}
		if (env.getProperty("ngoso.generate.exit", Boolean.class, true)) {
			int code = status;
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	private boolean generate() throws IOException {
		String what = env.getProperty("ngoso.generate", "");
		if (!what.equals("long-an")) {
			throw new IllegalArgumentException("ngoso.generate=" + what + ": only long-an is known");
		}
		Path out = Path.of(env.getProperty("ngoso.generate.out", "target/generated"));
		long seed = env.getProperty("ngoso.generate.seed", Long.class, LongAnGenerator.DEFAULT_SEED);
		boolean load = env.getProperty("ngoso.generate.load", Boolean.class, false);
		boolean replace = env.getProperty("ngoso.generate.replace", Boolean.class, false);
		List<String> communes = Arrays.stream(env.getProperty("ngoso.generate.communes", "").split(","))
			.map(String::strip).filter(s -> !s.isEmpty()).toList();

		HamletSource source = new HamletSource(jdbc);
		List<HamletRef> hamlets = source.longAn(communes);
		if (hamlets.isEmpty()) {
			throw new IllegalStateException("No hamlet under Long An 2024" + (communes.isEmpty() ? "" : " in " + communes)
					+ ": start once with ngoso.demo=true on an empty database so the hamlets and teams exist");
		}
		Targets targets = communes.isEmpty() ? Targets.LONG_AN
				: Targets.LONG_AN.slice(hamlets.size(), source.longAn(List.of()).size());
		if (load && !replace && jdbc.sql("select exists(select 1 from household)").query(Boolean.class).single()) {
			throw new IllegalStateException("The database already has households: add --ngoso.generate.replace=true to"
					+ " delete every household, resident, profile and visit and load the generated ones instead");
		}

		LongAnGenerator generator = new LongAnGenerator(seed);
		Plan plan = generator.plan(hamlets, targets);
		Path csv = out.resolve(communes.isEmpty() ? "long-an-households.csv"
				: "long-an-" + String.join("-", communes) + "-households.csv");
		long started = System.nanoTime();
		Summary summary;
		CopySpool spool = null;
		if (load) {
			spool = new CopySpool(out.resolve("copy"), citizenIds::protect);
			summary = generator.generate(plan, new ImportCsvFile(csv), spool);
		}
		else {
			summary = generator.generate(plan, new ImportCsvFile(csv));
		}
		double generated = seconds(started);
		List<GeneratedMerchant> merchants = new MerchantMaker(seed)
			.make(communes.isEmpty() ? hamlets : source.longAn(List.of()), new java.util.HashSet<>(communes));

		StringBuilder report = new StringBuilder("\n## Long An-scale data (seed " + seed + ")\n\n");
		report.append("| what | value |\n|---|---|\n");
		row(report, "hamlets", "%,d (%,d with a team)", hamlets.size(), hamlets.stream().filter(HamletRef::hasTeam).count());
		row(report, "households / residents", "%,d / %,d (%.2f per household)", summary.households, summary.residents,
				summary.meanHouseholdSize());
		row(report, "under 15", "%.1f%%", 100 * summary.under15Share());
		row(report, "mobile numbers / citizen IDs", "%,d / %,d", summary.phones, summary.citizenIds);
		row(report, "visits / outcomes", "%,d / %,d", summary.visits, summary.outcomes);
		row(report, "profile items / history events", "%,d / %,d", summary.readiness, summary.events);
		row(report, "covered households", "%,d", summary.covered);
		row(report, "residents with the provincial app / VNeID dossier / activated", "%,d / %,d / %,d",
				summary.appUsers, summary.vneidDossiers, summary.vneidActivated);
		row(report, "guided households, generated: online / app / cashless", "%,d / %,d / %,d", summary.guidedOnline,
				summary.guidedApp, summary.guidedCashless);
		row(report, "cashless points: commercial centres / supermarkets / convenience stores / markets (+ stalls)",
				"%s", MerchantCounts.of(merchants));
		row(report, "CSV file", "%s (%,d MB)", csv, Files.size(csv) >> 20);
		row(report, "CSV SHA-256", "%s", sha256(csv));
		row(report, "generated in", "%.1f s%s", generated, load ? " (with COPY files and citizen ID encryption)" : "");

		boolean ok = true;
		if (load) {
			CopyLoader loader = new CopyLoader(dataSource);
			loader.truncate();
			long loadStart = System.nanoTime();
			for (Loaded l : loader.copyAll(spool.dir())) {
				row(report, "COPY " + l.table().table, "%,d rows in %.1f s (%,.0f rows/s)", l.rows(),
						l.took().toNanos() / 1e9, l.rowsPerSecond());
			}
			row(report, "acceptance points written", "%,d", new MerchantLoader(jdbc).replace(merchants));
			row(report, "loaded in", "%.1f s", seconds(loadStart));
			OperationTargets operationTargets = communes.isEmpty() ? OperationTargets.LONG_AN_2024
					: OperationTargets.LONG_AN_2024.slice(hamlets.size(), source.longAn(List.of()).size());
			OperationsMaker.Made operations = new OperationsMaker(seed).make(hamlets, source.province(), operationTargets);
			OperationsLoader operationsLoader = new OperationsLoader(dataSource);
			operationsLoader.deleteGenerated();
			operationsLoader.load(operations);
			row(report, "outreach sessions / leaflets, " + operationTargets.year(), "%,d / %,d", operations.sessions().size(),
					operations.leaflets());
			row(report, "desk support days / accounts helped, " + operationTargets.year(), "%,d / %,d",
					operations.days().size(), operations.accounts());
			FeedbackMaker feedback = new FeedbackMaker(new JdbcTemplate(dataSource), workingDays, seed);
			int feedbackItems = tx.execute(status -> {
				feedback.removeGenerated();
				return feedback.make(hamlets, FeedbackMaker.countFor(hamlets.size(), source.longAn(List.of()).size()));
			});
			row(report, "feedback items 2024 (received and answered)", "%,d", feedbackItems);
			Figures.Recomputed recomputed = tx.execute(status -> figures.recompute());
			row(report, "live figures recomputed", "%,d rows in %.1f s", recomputed.rows(), recomputed.millis() / 1e3);
			int approved = reportedValues.enterAndApprove();
			row(report, "reported values for 2024", "%d entered by tinh and approved by admin (police, State Bank, app operator, …)",
					approved);
			GuidedHouseholds.Totals totals = new GuidedHouseholds(jdbc).under(source.provincePath());
			ok = totals.matches(targets);
			row(report, "check query: online / app / cashless", "%,d / %,d / %,d (targets %,d / %,d / %,d): %s",
					totals.online(), totals.app(), totals.cashless(), targets.online(), targets.app(),
					targets.cashless(), ok ? "exact" : "MISMATCH");
		}
		System.out.println(report);
		return ok;
	}

	private static void row(StringBuilder report, String what, String format, Object... values) {
		report.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, format, values)).append(" |\n");
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			byte[] buffer = new byte[1 << 16];
			while (in.read(buffer) >= 0) {
				// digesting
			}
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
