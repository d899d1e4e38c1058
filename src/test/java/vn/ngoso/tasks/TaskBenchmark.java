package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ngoso.bench.BenchDatabase;

/**
 * The tasks benchmarks, on a database of their own ({@code target/pg-bench-tasks}, wiped at
 * start) with the demo tree (Long An: 15 districts, 188 communes, 1,000 hamlets, 998 teams) and
 * data made by SQL: live figure rows for every unit, indicator and month of three years; targets
 * for three indicators at every commune, district and the province; 100,000 open tasks past their
 * deadline, each answered for by its commune's officer. Prints a Markdown table (also written to
 * {@code target/bench/tasks.md}); measures, never asserts a time.
 * Run alone: {@code ./mvnw -Pbench test -Dtest=TaskBenchmark}.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-bench-tasks",
		"ngoso.database.embedded.clean=true", "ngoso.demo=true", "ngoso.tasks.overdue-job=false" })
@ActiveProfiles("test")
class TaskBenchmark {

	static final int CALLS = 200;

	static final int TASKS = 100_000;

	static final List<String> INDICATORS = List.of("COVERED_RATE", "VISITS", "GUIDED_PROVINCIAL_APP");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Targets targets;

	@Autowired
	OverdueTasks overdue;

	@Autowired
	UserDetailsService users;

	private final List<String[]> rows = new ArrayList<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		BenchDatabase.durableIfAsked(registry);
	}

	@Test
	void targetsAtRiskAndTheOverdueJob() throws IOException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long figureRows = figures(today);
		long targetCount = targetsEverywhere(today);
		atRisk(figureRows, targetCount);
		overdueJob(today);
		print();
	}

	/** Figure rows for every unit, tracked indicator and month of the last three years (demo rows kept). */
	private long figures(LocalDate today) {
		long start = System.nanoTime();
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
				on conflict do nothing
				""").param("from", today.withDayOfMonth(1).minusMonths(35)).param("to", today.withDayOfMonth(1)).update();
		jdbc.sql("analyze figure_row").update();
		long rows = jdbc.sql("select count(*) from figure_row").query(Long.class).single();
		row("setup: live figure rows", String.format(Locale.ROOT, "%,d rows", rows),
				String.format(Locale.ROOT, "%.1f s by SQL", (System.nanoTime() - start) / 1e9));
		return rows;
	}

	/** Three targets (this year) at every commune, district and the province of Long An. */
	private long targetsEverywhere(LocalDate today) {
		jdbc.sql("""
				insert into target (indicator, unit_id, unit_path, from_month, to_month, value, created_by)
				select i.code, u.id, u.path, cast(:from as date), cast(:to as date),
				       case i.code when 'COVERED_RATE' then 80 else 50 + u.id % 400 end, 'bench'
				from admin_unit u cross join unnest(cast(:codes as text[])) as i(code)
				where u.source = 'GSO-LONG-AN-2024-11-01' and u.level <= 3
				on conflict do nothing
				""").param("from", today.withDayOfYear(1)).param("to", today.withDayOfYear(1).plusMonths(11))
			.param("codes", INDICATORS.toArray(new String[0])).update();
		return jdbc.sql("select count(*) from target").query(Long.class).single();
	}

	private void atRisk(long figureRows, long targetCount) {
		signIn("tinh");
		try {
			int found = targets.atRisk().size();
			for (int i = 0; i < 20; i++) {
				targets.atRisk();
			}
			long[] nanos = new long[CALLS];
			for (int i = 0; i < CALLS; i++) {
				long t = System.nanoTime();
				targets.atRisk();
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			row("**targets at risk, province (tinh)**",
					String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", nanos[CALLS / 2] / 1e6, nanos[CALLS * 95 / 100] / 1e6),
					String.format(Locale.ROOT, "%d calls of Targets.atRisk(); %,d targets (3 indicators × 188 communes,"
							+ " 15 districts, province), %d at risk; live progress from %,d figure rows, projection on pace",
							CALLS, targetCount, found, figureRows));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** One commune account per commune, one district account per district; 100,000 open tasks due yesterday. */
	private void overdueJob(LocalDate today) {
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, unit_id)
				select 'bench_' || u.code, 'x', 'Bench ' || u.name, case u.level when 2 then 'DISTRICT' else 'COMMUNE' end, u.id
				from admin_unit u where u.source = 'GSO-LONG-AN-2024-11-01' and u.level in (2, 3)
				""").update();
		long start = System.nanoTime();
		jdbc.sql("""
				with teams as (
				    select t.id, t.unit_id, t.unit_path, row_number() over (order by t.id) as n, count(*) over () as total,
				           (select 'bench_' || c.code from admin_unit c where c.path @> t.unit_path and c.level = 3
				            and c.source = 'GSO-LONG-AN-2024-11-01' limit 1) as officer
				    from team t)
				insert into task (reference, kind, title, done_means, assignee_kind, assignee_unit_id, assignee_team_id,
				    unit_path, starts_on, due_on, progress, status, accountable, created_by)
				select 'BN-' || g, 'ASSIGNED', 'Việc ' || g, 'Xong khi...', 'TEAM', t.unit_id, t.id, t.unit_path,
				       cast(:start as date), cast(:due as date), g % 90, case when g % 90 = 0 then 'NEW' else 'IN_PROGRESS' end,
				       coalesce(t.officer, 'tinh'), 'bench'
				from generate_series(1, :tasks) g join teams t on t.n = 1 + g % t.total
				""").param("start", today.minusDays(30)).param("due", today.minusDays(1)).param("tasks", TASKS).update();
		jdbc.sql("analyze task").update();
		double setup = (System.nanoTime() - start) / 1e9;
		long t = System.nanoTime();
		OverdueTasks.Run run = overdue.run();
		double seconds = (System.nanoTime() - t) / 1e9;
		assertThat(run.tasks()).as("every open task past its deadline is marked").isGreaterThanOrEqualTo(TASKS);
		row("**overdue job, 100,000 tasks**", String.format(Locale.ROOT, "%.2f s", seconds),
				String.format(Locale.ROOT, "%,d tasks marked overdue with a history line each, %,d notifications"
						+ " (accountable commune officer + district above); one statement (setup by SQL %.1f s)",
						run.tasks(), run.notifications(), setup));
		t = System.nanoTime();
		OverdueTasks.Run again = overdue.run();
		row("overdue job, second run the same day", String.format(Locale.ROOT, "%.3f s", (System.nanoTime() - t) / 1e9),
				String.format(Locale.ROOT, "%d tasks, %d notifications: nothing escalated twice", again.tasks(),
						again.notifications()));
	}

	private void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private void row(String measure, String result, String notes) {
		rows.add(new String[] { measure, result, notes });
		System.out.printf("[bench] %s: %s %s%n", measure, result, notes);
	}

	private void print() throws IOException {
		StringBuilder table = new StringBuilder(BenchDatabase.settings(jdbc) + "\n\n");
		table.append("| measure | result | notes |\n|---|---|---|\n");
		rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
		System.out.println(table);
		Path out = Path.of("target/bench/tasks.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
	}
}
