package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.territory.ReorganisationApplied;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.ShippedPlan;

/**
 * The 2025 reorganisation on whatever the database holds: the dry run of the Long An → Tây Ninh
 * plan timed, then the plan applied once (one transaction: hamlets, every cached path, the live
 * figures, the users), then checked: the live figures equal the recompute and the province's
 * stocks are the same on both sides of the date. It changes the tree for good, so it runs last.
 */
final class ReorganisationBenchmarks {

	static final List<String> STOCKS = List.of("TEAMS", "MEMBERS", "HOUSEHOLDS", "RESIDENTS_15", "COVERED_HOUSEHOLDS",
			"GUIDED_ONLINE_SERVICES", "GUIDED_PROVINCIAL_APP", "GUIDED_CASHLESS");

	private final JdbcClient jdbc;

	private final Reorganisations reorganisations;

	private final Figures figures;

	private final TrackedFigures tracked;

	private final UserDetailsService users;

	private final BiConsumer<String, String[]> row;

	ReorganisationBenchmarks(JdbcClient jdbc, Reorganisations reorganisations, Figures figures, TrackedFigures tracked,
			UserDetailsService users, BiConsumer<String, String[]> row) {
		this.jdbc = jdbc;
		this.reorganisations = reorganisations;
		this.figures = figures;
		this.tracked = tracked;
		this.users = users;
		this.row = row;
	}

	void run() {
		long households = count("household");
		long visits = count("visit");
		long figureRows = count("figure");
		long longAn = jdbc.sql("select id from admin_unit where code = '80' order by valid_from limit 1").query(Long.class)
			.single();
		Map<String, FigureValue> june = tracked.of(longAn, Period.month(YearMonth.of(2025, 6)));

		List<Double> previews = new ArrayList<>();
		ReorganisationPreview preview = null;
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			preview = as("tinh", () -> reorganisations.preview(ShippedPlan.longAnToTayNinh()));
			previews.add((System.nanoTime() - started) / 1e6);
		}
		assertThat(preview.problems()).isEmpty();
		Collections.sort(previews);
		row.accept("**reorganisation: preview (dry run) of the Long An → Tây Ninh plan**",
				new String[] { f("p50 %.0f ms, max %.0f ms", previews.get(2), previews.get(4)),
						f("5 calls as tinh; %,d hamlets to move into %d new communes, %d units to close, %,d teams, %,d households",
								preview.hamletsMoved(), preview.communes().size(), preview.closed().size(),
								preview.records().getOrDefault("TEAMS", 0L), preview.records().getOrDefault("HOUSEHOLDS", 0L)) });

		long started = System.nanoTime();
		ReorganisationApplied applied = as("tinh", () -> reorganisations.apply(ShippedPlan.longAnToTayNinh()));
		double applySeconds = (System.nanoTime() - started) / 1e9;
		row.accept("**reorganisation: apply the plan** (one transaction)", new String[] { f("%.1f s", applySeconds),
				f("%,d hamlets moved, %d units closed; cached paths of %,d households and %,d visits (and teams, audit log) "
						+ "rewritten; live figures moved (%,d aggregate rows before); %d user(s) left to re-scope",
						applied.preview().hamletsMoved(), applied.preview().closed().size(), households, visits, figureRows,
						applied.notes().size()) });

		started = System.nanoTime();
		List<String> differences = as("admin", figures::checkAsAdministrator);
		row.accept("check: live figures equal the recompute after the change", new String[] {
				differences.isEmpty() ? "equal" : differences.size() + " DIFFERENCES",
				f("full comparison with the raw records in %.1f s", (System.nanoTime() - started) / 1e9) });
		assertThat(differences).isEmpty();

		long tayNinh = jdbc.sql("select id from admin_unit where code = '80' and valid_from = ?").param(ShippedPlan.EFFECTIVE)
			.query(Long.class).single();
		// the same month on both sides: people turning 15 move RESIDENTS_15 from one month to the next anyway
		Map<String, FigureValue> reprojected = tracked.of(tayNinh, Period.month(YearMonth.of(2025, 6)));
		List<String> changed = STOCKS.stream().filter(c -> reprojected.get(c).value().compareTo(june.get(c).value()) != 0)
			.toList();
		row.accept("check: province stocks across the change", new String[] { changed.isEmpty() ? "unchanged" : "CHANGED " + changed,
				f("Long An 06/2025 read before = Tây Ninh 06/2025 re-projected after: %,d households, %,d covered, %,d teams",
						reprojected.get("HOUSEHOLDS").value().longValue(), reprojected.get("COVERED_HOUSEHOLDS").value().longValue(),
						reprojected.get("TEAMS").value().longValue()) });
		assertThat(changed).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private <T> T as(String username, Supplier<T> work) {
		return new vn.ngoso.support.DemoUsers(users).callAs(username, work);
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}
}
