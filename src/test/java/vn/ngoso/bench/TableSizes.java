package vn.ngoso.bench;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The size on disk of every table of a database, after {@code ANALYZE} (row counts are the
 * planner's {@code pg_class.reltuples}): heap, TOAST, indexes and the total, as Markdown.
 */
final class TableSizes {

	/** One table: bytes of its heap (main fork), of its TOAST table and index, of its indexes, and all of it. */
	record Size(String table, long rows, long heap, long toast, long indexes, long total) {
	}

	private TableSizes() {
	}

	/** Every table with more than {@code minRows} rows, largest first. */
	static List<Size> of(JdbcClient jdbc, long minRows) {
		jdbc.sql("analyze").update();
		return jdbc.sql("""
				select c.relname, greatest(c.reltuples, 0)::bigint as rows, pg_relation_size(c.oid) as heap,
				       case when c.reltoastrelid = 0 then 0 else pg_total_relation_size(c.reltoastrelid) end as toast,
				       pg_indexes_size(c.oid) as indexes, pg_total_relation_size(c.oid) as total
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
				  and c.reltuples > :min
				order by pg_total_relation_size(c.oid) desc
				""").param("min", minRows)
			.query((rs, n) -> new Size(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.list();
	}

	static long database(JdbcClient jdbc) {
		return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
	}

	/** A Markdown table of the sizes, with bytes per household and per resident of each table and of all. */
	static String markdown(List<Size> sizes, long households, long residents, long database) {
		StringBuilder md = new StringBuilder("| table | rows | heap | TOAST | indexes | total | bytes per household"
				+ " | bytes per resident |\n|---|---|---|---|---|---|---|---|\n");
		long sum = 0;
		for (Size s : sizes) {
			sum += s.total();
			md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %,.0f | %,.0f |%n", s.table(), s.rows(),
					mb(s.heap()), mb(s.toast()), mb(s.indexes()), mb(s.total()), (double) s.total() / households,
					(double) s.total() / residents));
		}
		md.append(String.format(Locale.ROOT, "| **these tables** | | | | | **%s** | %,.0f | %,.0f |%n", mb(sum),
				(double) sum / households, (double) sum / residents));
		md.append(String.format(Locale.ROOT, "| **whole database** (pg_database_size) | | | | | **%s** | %,.0f | %,.0f |%n",
				mb(database), (double) database / households, (double) database / residents));
		return md.toString();
	}

	static String mb(long bytes) {
		return bytes >= 10L << 30 ? String.format(Locale.ROOT, "%,.1f GB", bytes / (double) (1L << 30))
				: String.format(Locale.ROOT, "%,.1f MB", bytes / (double) (1L << 20));
	}
}
