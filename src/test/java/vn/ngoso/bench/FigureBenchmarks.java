package vn.ngoso.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.reported.ReportedValues;

/**
 * The indicator benchmarks on the loaded Long An data: the figures a dashboard reads for the
 * province, a commune and a hamlet (a unit and its children), the same figures by GROUP BY over
 * the raw records, how soon a visit shows in the province's figures, and the full recompute.
 */
final class FigureBenchmarks {

	static final int CALLS = 200;

	static final int NAIVE_CALLS = 5;

	private final JdbcClient jdbc;

	private final TrackedFigures tracked;

	private final ReportedValues reported;

	private final Figures figures;

	private final Visits visits;

	private final BiConsumer<String, String[]> row;

	FigureBenchmarks(JdbcClient jdbc, TrackedFigures tracked, ReportedValues reported, Figures figures, Visits visits,
			BiConsumer<String, String[]> row) {
		this.jdbc = jdbc;
		this.tracked = tracked;
		this.reported = reported;
		this.figures = figures;
		this.visits = visits;
		this.row = row;
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private void row(String measure, String result, String notes) {
		row.accept(measure, new String[] { result, notes });
	}

	record Unit(long id, String path, String name, List<Long> children) {
	}

	Figures.Recomputed recompute() {
		Figures.Recomputed done = figures.recompute();
		long rows = jdbc.sql("select count(*) from figure").query(Long.class).single();
		row("**full recompute of the live figures**", f("%.1f s", done.millis() / 1e3),
				f("%,d aggregate rows (every unit from hamlet to province, by indicator and month) from 480,000"
						+ " households, 1.7 M residents, 5.4 M profile items, 583,300 visits, 998 teams", rows));
		return done;
	}

	/** Dashboards of the province, a commune and a hamlet, against the naive GROUP BY for the province. */
	void dashboards() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		Period period = Period.toDate(today);
		Unit province = unit("select id from admin_unit where code = '80' order by valid_from limit 1");
		Unit commune = unit("select id from admin_unit where code = '27781' order by valid_from limit 1");
		Unit hamlet = unit("select id from admin_unit where code = '27781-001'");
		double[] p = measure(province, period, CALLS);
		row("**province dashboard figures** (all tiles + " + province.children().size() + " child units)",
				f("p50 %.2f ms, p95 %.2f ms", p[0], p[1]),
				f("%d calls: TrackedFigures for the unit and its children, the approved reported values, two monthly"
						+ " trends; reads aggregate rows only", CALLS));
		double[] naive = naive(province, period);
		row("the same figures by GROUP BY over the raw records", f("p50 %,.0f ms", naive[0]),
				f("**%,.0f × slower** than the aggregates (p50 over p50); %d calls; the check's SQL (FigureSource"
						+ " union) over everything under the province", naive[0] / p[0], NAIVE_CALLS));
		double[] c = measure(commune, period, CALLS);
		row("commune dashboard figures (" + commune.name() + ", " + commune.children().size() + " hamlets)",
				f("p50 %.2f ms, p95 %.2f ms", c[0], c[1]), f("%d calls", CALLS));
		double[] h = measure(hamlet, period, CALLS);
		row("hamlet dashboard figures (" + hamlet.name() + ")", f("p50 %.2f ms, p95 %.2f ms", h[0], h[1]),
				f("%d calls", CALLS));
		freshness(province, hamlet, period);
	}

	double[] measure(Unit unit, Period period, int calls) {
		for (int i = 0; i < 20; i++) {
			dashboard(unit, period);
		}
		long[] nanos = new long[calls];
		for (int i = 0; i < calls; i++) {
			long t = System.nanoTime();
			dashboard(unit, period);
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[calls / 2] / 1e6, nanos[calls * 95 / 100] / 1e6 };
	}

	/** What a dashboard reads: the unit's figures, its children's, approved reported values, two trends (one query). */
	private void dashboard(Unit unit, Period period) {
		tracked.of(unit.id(), period);
		tracked.of(unit.children(), period);
		reported.approved(unit.id(), period);
		tracked.trends(unit.id(), List.of(Indicators.COVERED_HOUSEHOLDS, Indicators.VISITS), period);
	}

	private double[] naive(Unit unit, Period period) {
		long[] nanos = new long[NAIVE_CALLS];
		for (int i = 0; i < NAIVE_CALLS; i++) {
			long t = System.nanoTime();
			figures.fromRecords(unit.path(), unit.id(), period);
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[NAIVE_CALLS / 2] / 1e6 };
	}

	/** A visit recorded by a member of the hamlet's team, then read back in the province's figures. */
	private void freshness(Unit province, Unit hamlet, Period period) {
		var job = jdbc.sql("""
				select h.id as household, t.id as team, h.unit_path::text as path,
				       (select min(m.id) from member m where m.team_id = t.id and m.left_on is null) as member,
				       (select min(r.id::text) from resident r where r.household_id = h.id
				                                               and r.birth_year <= extract(year from now()) - 20) as adult
				from household h join team t on t.unit_id = h.unit_id where h.unit_id = ? order by h.code limit 1
				""").param(hamlet.id()).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getLong(2),
						rs.getString(3), rs.getLong(4), UUID.fromString(rs.getString(5)) }).single();
		Scope scope = new Scope("bench-fresh", Role.MEMBER, hamlet.id(), (String) job[2], (Long) job[1], (Long) job[3]);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new LongAnBenchmark.BenchMember(scope),
				null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
		SecurityContextHolder.setContext(context);
		try {
			long[] nanos = new long[20];
			for (int i = 0; i < nanos.length; i++) {
				BigDecimal before = tracked.of(province.id(), period).get(Indicators.VISITS).value();
				long t = System.nanoTime();
				visits.record(new RecordVisit(UUID.randomUUID(), (UUID) job[0], LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
						List.of(), List.of(new RecordVisit.Outcome((UUID) job[4], List.of(ReadinessItem.SMARTPHONE))), null));
				BigDecimal after;
				do {
					after = tracked.of(province.id(), period).get(Indicators.VISITS).value();
				}
				while (after.compareTo(before) == 0);
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			row("**freshness**: a visit recorded → in the province's figures", f("p50 %.1f ms, max %.1f ms",
					nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6),
					"Visits.record (figures moved in the same transaction) then TrackedFigures for unit 80 shows it: no"
							+ " batch, no queue; 20 visits");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	Unit unit(String sql) {
		long id = jdbc.sql(sql).query(Long.class).single();
		String path = jdbc.sql("select path::text from admin_unit where id = ?").param(id).query(String.class).single();
		String name = jdbc.sql("select name from admin_unit where id = ?").param(id).query(String.class).single();
		List<Long> children = new ArrayList<>(jdbc.sql("select id from admin_unit where parent_id = ? order by code")
			.param(id).query(Long.class).list());
		return new Unit(id, path, name, children);
	}
}
