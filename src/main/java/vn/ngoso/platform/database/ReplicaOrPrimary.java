package vn.ngoso.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy} takes the
 * connection of a read-only transaction: the replica for a {@link MayReadReplica} entry point,
 * the primary for every other one. The proxy no longer marks such a connection read-only, so this
 * does: a read-only transaction that writes still fails, on either server. A replica that cannot
 * be reached leaves the work to the primary (slower, never wrong).
 */
final class ReplicaOrPrimary extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(ReplicaOrPrimary.class);

	private final DataSource replica;

	ReplicaOrPrimary(DataSource primary, DataSource replica) {
		super(primary);
		this.replica = replica;
	}

	@Override
	public Connection getConnection() throws SQLException {
		@Nullable Connection connection = ReplicaEntryPoints.allowed() ? fromReplica() : null;
		if (connection == null) {
			connection = obtainTargetDataSource().getConnection();
		}
		connection.setReadOnly(true);
		return connection;
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	private @Nullable Connection fromReplica() {
		try {
			return replica.getConnection();
		}
		catch (SQLException e) {
			log.warn("The read replica cannot be reached ({}): this read goes to the primary", e.getMessage());
			return null;
		}
	}
}
