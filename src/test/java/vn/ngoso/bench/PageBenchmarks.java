package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.tasks.Targets;

/**
 * Speed a person feels (issue 16, item 11), each measure beside what it is compared with in the
 * same run: the province dashboard page as a whole (server time through MockMvc, rendering and
 * layout included) against the figures it reads; "targets at risk" against the figure reads
 * progress made before (every tracked indicator, twice per period); Open311's list, one page
 * against what one answer carried before (1,000 items). Run alone with
 * {@code ./mvnw -Pbench test -Dbench.pagesOnly=true} (see docs/page-speed.md).
 */
final class PageBenchmarks {

	static final int CALLS = 60;

	/** Calls not counted before the warm measurement of the dashboard page, and calls counted. */
	static final int WARM_UP = 300;

	static final int WARM_CALLS = 200;

	static final List<String> TARGET_INDICATORS = List.of("COVERED_RATE", "VISITS", "GUIDED_PROVINCIAL_APP");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final TrackedFigures tracked;

	private final ReportedValues reported;

	private final Targets targets;

	private final BiConsumer<String, String[]> row;

	PageBenchmarks(MockMvc mvc, JdbcClient jdbc, UserDetailsService users, TrackedFigures tracked,
			ReportedValues reported, Targets targets, BiConsumer<String, String[]> row) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.users = users;
		this.tracked = tracked;
		this.reported = reported;
		this.targets = targets;
		this.row = row;
	}

	void run() throws Exception {
		dashboard();
		atRisk();
		open311();
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private void row(String measure, String result, String notes) {
		row.accept(measure, new String[] { result, notes });
	}

	/** p50 and p95 in ms of {@code CALLS} calls after ten to warm up. */
	private static double[] time(Timed action) throws Exception {
		return time(10, CALLS, action);
	}

	/** p50 and p95 in ms of {@code calls} calls after {@code warmUp} calls that are not counted. */
	static double[] time(int warmUp, int calls, Timed action) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			action.run();
		}
		long[] nanos = new long[calls];
		for (int i = 0; i < calls; i++) {
			long t = System.nanoTime();
			action.run();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[calls / 2] / 1e6, nanos[calls * 95 / 100] / 1e6 };
	}

	interface Timed {

		void run() throws Exception;
	}

	private void dashboard() throws Exception {
		long province = jdbc.sql("select id from admin_unit where code = '80' order by valid_from limit 1").query(Long.class)
			.single();
		List<Long> children = jdbc.sql("select id from admin_unit where parent_id = ?").param(province).query(Long.class)
			.list();
		DemoUsers as = new DemoUsers(users);
		String url = "/dashboard/" + province;
		int[] bytes = new int[1];
		double[] page = time(() -> {
			MockHttpServletResponse response = mvc.perform(get(url).with(as.as("tinh"))).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			bytes[0] = response.getContentAsByteArray().length;
		});
		Period period = Period.toDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		double[] figures = time(() -> {
			tracked.of(province, period);
			tracked.of(children, period);
			reported.approved(province, period);
			tracked.trends(province, List.of(Indicators.COVERED_HOUSEHOLDS, Indicators.VISITS), period);
		});
		// A server that has been up a while: the first calls above still load classes and run
		// Thymeleaf's and SpEL's code in the interpreter (JFR shows class loading inside them).
		double[] warmPage = time(WARM_UP, WARM_CALLS, () -> mvc.perform(get(url).with(as.as("tinh"))).andReturn());
		double[] warmFigures = time(WARM_UP, WARM_CALLS, () -> {
			tracked.of(province, period);
			tracked.of(children, period);
			reported.approved(province, period);
			tracked.trends(province, List.of(Indicators.COVERED_HOUSEHOLDS, Indicators.VISITS), period);
		});
		row("**province dashboard page, whole, warm** (tinh, " + url + ")", f("p50 %.1f ms, p95 %.1f ms", warmPage[0],
				warmPage[1]), f("**%.1f × its figures** (p95 over p95, %.1f ms); %d calls after %d not counted, as a"
						+ " server that has been up a while; security, layout and rendering included; %,d bytes",
						warmPage[1] / warmFigures[1], warmFigures[1], WARM_CALLS, WARM_UP, bytes[0]));
		row("province dashboard page, whole, just started", f("p50 %.1f ms, p95 %.1f ms", page[0], page[1]),
				f("%.1f × its figures (p95 over p95); the first %d calls after 10: class loading and the JIT still at work",
						page[1] / figures[1], CALLS));
		row("the figures the dashboard reads", f("p50 %.1f ms, p95 %.1f ms", figures[0], figures[1]),
				f("%d calls: the province and its %d children, approved reported values, two trends in one query", CALLS,
						children.size()));
	}

	/** Targets for three indicators at every commune, district and the province, for this year. */
	private void atRisk() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		int made = jdbc.sql("""
				insert into target (indicator, unit_id, unit_path, from_month, to_month, value, created_by)
				select i.code, u.id, u.path, cast(:from as date), cast(:to as date),
				       case i.code when 'COVERED_RATE' then 80 else 50 + u.id % 400 end, 'bench'
				from admin_unit u cross join unnest(cast(:codes as text[])) as i(code)
				where u.source = 'GSO-LONG-AN-2024-11-01' and u.level <= 3 and u.valid_to is null
				on conflict do nothing
				""").param("from", today.withDayOfYear(1)).param("to", today.withDayOfYear(1).plusMonths(11))
			.param("codes", TARGET_INDICATORS.toArray(new String[0])).update();
		UserDetails officer = users.loadUserByUsername("tinh");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			int[] found = new int[1];
			double[] ours = time(() -> found[0] = targets.atRisk().size());
			List<Long> units = jdbc.sql("select distinct unit_id from target").query(Long.class).list();
			Period period = new Period(YearMonth.from(today.withDayOfYear(1)), YearMonth.from(today.withDayOfYear(1)).plusMonths(11));
			Period before = Period.month(period.from().minusMonths(1));
			double[] former = time(() -> {
				tracked.of(units, period);
				tracked.of(units, before);
			});
			row("**targets at risk, province** (Targets.atRisk(), tinh)", f("p50 %.1f ms, p95 %.1f ms", ours[0], ours[1]),
					f("**%.1f × faster** than the former reads (p95 over p95); %d calls; %,d targets (3 indicators at every"
							+ " commune, district and the province), %d at risk; one query over their indicators' rows",
							former[1] / ours[1], CALLS, made, found[0]));
			row("the former progress reads (every tracked indicator, period end and start apart)",
					f("p50 %.1f ms, p95 %.1f ms", former[0], former[1]),
					f("%d calls of TrackedFigures.of for the %d units, twice", CALLS, units.size()));
		}
		finally {
			SecurityContextHolder.clearContext();
			jdbc.sql("delete from target where created_by = 'bench'").update();
		}
	}

	private void open311() throws Exception {
		String list = "/open311/v2/requests.json?start_date=2024-01-01&end_date=2025-01-01";
		MockHttpServletResponse first = mvc.perform(get(list)).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		byte[] page = first.getContentAsByteArray();
		long total = Long.parseLong(first.getHeader("X-Total-Count"));
		int[] formerBytes = new int[1];
		double[] one = time(() -> mvc.perform(get(list)).andReturn().getResponse());
		// what one answer carried before: the first 1,000 items, here as the five pages of 200 they fill
		double[] former = time(() -> {
			int sum = 0;
			for (int p = 1; p <= 5; p++) {
				sum += mvc.perform(get(list + "&page_size=200&page=" + p)).andReturn().getResponse()
					.getContentAsByteArray().length;
			}
			formerBytes[0] = sum;
		});
		int notModified = mvc.perform(get(list).header("If-None-Match", first.getHeader("ETag"))).andReturn().getResponse()
			.getStatus();
		row("**Open311 GET requests.json, one page** (default 50)", f("p50 %.1f ms, p95 %.1f ms; %,d bytes, %,d gzipped",
				one[0], one[1], page.length, gzipped(page)),
				f("**%.1f × fewer bytes, %.1f × faster** (p50) than 1,000 items as one answer carried before; %,d items"
						+ " match (X-Total-Count, Link rel=next); again with its ETag: %d", (double) formerBytes[0] / page.length,
						former[0] / one[0], total, notModified));
		row("1,000 items (what one answer carried before)", f("p50 %.1f ms, p95 %.1f ms; %,d bytes", former[0], former[1],
				formerBytes[0]), f("%d calls, each five pages of 200 through MockMvc", CALLS));
	}

	private static int gzipped(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(body);
		}
		return out.size();
	}
}
