package vn.ngoso.bench;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.verification.FlagRun;
import vn.ngoso.verification.internal.FlagComputation;

/**
 * The flags (issue 18) on the full Long An data: the nightly run (one day), a month, and the whole
 * generated period, each one SQL pass per kind. Prints the time and how many flags stood; the
 * generated data is clean, so a count above zero says a threshold or the generator is wrong.
 */
final class FlagBenchmarks {

	private final JdbcClient jdbc;

	private final FlagComputation computation;

	private final BiConsumer<String, String[]> row;

	FlagBenchmarks(JdbcClient jdbc, FlagComputation computation, BiConsumer<String, String[]> row) {
		this.jdbc = jdbc;
		this.computation = computation;
		this.row = row;
	}

	void run() {
		LocalDate first = jdbc.sql("select min(visited_on) from visit").query(LocalDate.class).single();
		LocalDate last = jdbc.sql("select max(visited_on) from visit").query(LocalDate.class).single();
		time("flags computed, one night (" + last + ")", last, last);
		time("flags computed, one month", last.minusDays(29), last);
		// the raw limit: one read of every visit with its members and outcomes, the rows the kinds read
		long started = System.nanoTime();
		long rows = jdbc.sql("""
				select count(*) from visit v join visit_member m on m.visit_id = v.id
				left join visit_outcome o on o.visit_id = v.id
				""").query(Long.class).single();
		double raw = (System.nanoTime() - started) / 1e9;
		row.accept("one read of all visits, members and outcomes (the raw limit)", new String[] {
				String.format("%.1f s", raw), String.format("%,d joined rows", rows) });
		double whole = time("flags computed, whole period (" + first + " to " + last + ")", first, last);
		row.accept("flags, whole period, against the raw read", new String[] { String.format("%.1f ×", whole / raw),
				"eight kinds of flag each read their part of those rows once" });
		// on clean data this should be empty: what stands names the kind to look at, with one reason
		String byKind = String.join("; ", jdbc.sql("""
				select kind || ' ' || count(*) || ' (e.g. ' || min(reason) || ')' from data_flag group by kind order by kind
				""").query(String.class).list());
		row.accept("flags standing after the whole period, by kind", new String[] {
				byKind.isEmpty() ? "none" : byKind, "the generated data is meant to be clean" });
	}

	private double time(String measure, LocalDate from, LocalDate to) {
		long started = System.nanoTime();
		FlagRun run = computation.compute(from, to);
		double seconds = (System.nanoTime() - started) / 1e9;
		row.accept(measure, new String[] { String.format("%.1f s, %,d flags", seconds, run.flags()),
				"one SQL pass per kind (vn.ngoso.verification)" });
		return seconds;
	}
}
