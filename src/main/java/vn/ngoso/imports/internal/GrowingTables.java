package vn.ngoso.imports.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the planner's picture of the tables an import fills up to date while it fills them. A
 * first import into empty (or freshly emptied) tables would otherwise be planned for tables of a
 * few rows until autovacuum gets round to them: each batch's figure and change-log queries then
 * scan the whole of a table that grows by 2,000 households a batch. Analysed each time the
 * households written since the last look reach as many as the table then held, so a province's
 * first import analyses about ten times, and a commune's import into a full province not at all.
 */
@Component
class GrowingTables {

	private final JdbcClient jdbc;

	GrowingTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Follows one import's writes. */
	Watch watch(int batchHouseholds) {
		long known = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'household'::regclass")
			.query(Long.class).single();
		return new Watch(Math.max(known, batchHouseholds));
	}

	final class Watch {

		private long threshold;

		private long written;

		private Watch(long threshold) {
			this.threshold = threshold;
		}

		/** After a batch's commit: the households it created. */
		void written(int households) {
			written += households;
			if (written >= threshold) {
				jdbc.sql("analyze household, resident").update();
				threshold = 2 * threshold;
				written = 0;
			}
		}
	}
}
