package vn.ngoso.platform.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How fresh the data of the current transaction is, when it is served by the read replica: the
 * moment of the last change the replica has replayed, or now when it has replayed everything it
 * received and is still replaying (a paused replica may not yet have received what it lacks, so
 * "everything received" says nothing then). A page shows it as "Số liệu đến hh:mm:ss".
 */
@Component
public class DataAsOf {

	private static final String SQL = """
			select case
			         when not pg_is_in_recovery() then null
			         when not pg_is_wal_replay_paused()
			          and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then now()
			         else pg_last_xact_replay_timestamp()
			       end""";

	private final JdbcClient jdbc;

	private final boolean replicaConfigured;

	DataAsOf(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.replicaConfigured = StringUtils.hasText(environment.getProperty(ReplicaConfigured.URL));
	}

	/**
	 * Called inside the transaction that read the page's data: null when it read the primary
	 * (always without a replica: no query is made then).
	 */
	public @Nullable Instant ofThisTransaction() {
		if (!replicaConfigured) {
			return null;
		}
		// one row, whose value is null on the primary
		OffsetDateTime asOf = jdbc.sql(SQL).query(OffsetDateTime.class).list().get(0);
		return asOf == null ? null : asOf.toInstant();
	}
}
