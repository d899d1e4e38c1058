package vn.ngoso.sync.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the change log that triggers on household, resident and readiness write in each writer's
 * transaction. Only rows of transactions that had ended when the pull looked are handed out (xid
 * below the snapshot's xmin), in (xid, seq) order: a transaction that took its sequence number
 * early and commits late is still running, so everything from its xid on waits for the next pull
 * instead of being skipped.
 */
@Repository
public class ChangeFeed {

	/** One log row: a household changed (or left, or came into) a hamlet. */
	public record Change(long xid, long seq, UUID householdId) {
	}

	private final JdbcClient jdbc;

	ChangeFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The oldest transaction still running (or the next to start): everything below it has ended. */
	public long horizon() {
		return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).optional()
			.map(Long::parseLong).orElseThrow();
	}

	/** Changes under the path after a position and below the horizon, oldest first. */
	public List<Change> after(String scopePath, long xid, long seq, int limit) {
		return jdbc.sql("""
				select xid::text as xid, seq, household_id from change_log
				where unit_path <@ cast(:scope as ltree)
				  and (xid, seq) > (cast(cast(:xid as text) as xid8), :seq)
				  and xid < pg_snapshot_xmin(pg_current_snapshot())
				order by xid, seq limit :limit
				""").param("scope", scopePath).param("xid", String.valueOf(xid)).param("seq", seq).param("limit", limit)
			.query((rs, n) -> new Change(Long.parseLong(rs.getString("xid")), rs.getLong("seq"),
					rs.getObject("household_id", UUID.class)))
			.list();
	}

	/** Rows of transactions up to this one may have been pruned: a cursor at or below it starts again from the full set. */
	public long prunedUpTo() {
		return jdbc.sql("select coalesce(max(upto_xid)::text, '0') from change_log_pruned").query(String.class)
			.optional().map(Long::parseLong).orElse(0L);
	}

	/** Drops rows older than the given number of days; phones with older cursors pull the full set again. */
	public int prune(int days) {
		long upTo = jdbc.sql("select coalesce(max(xid)::text, '0') from change_log where at < now() - make_interval(days => :days)")
			.param("days", days).query(String.class).optional().map(Long::parseLong).orElse(0L);
		if (upTo == 0) {
			return 0;
		}
		jdbc.sql("insert into change_log_pruned (upto_xid) values (cast(cast(? as text) as xid8))").param(String.valueOf(upTo)).update();
		return jdbc.sql("delete from change_log where xid <= cast(cast(? as text) as xid8)").param(String.valueOf(upTo)).update();
	}
}
