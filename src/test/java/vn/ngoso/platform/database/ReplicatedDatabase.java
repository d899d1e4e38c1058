package vn.ngoso.platform.database;

import java.io.IOException;
import java.nio.file.Path;

/**
 * For a test's application context: the application's embedded primary, started by the test so
 * that its streaming replica exists before the context (whose {@code ngoso.database.replica-url}
 * is {@link #replicaUrl()}); the context, given {@code ngoso.database.embedded.data-dir=primaryDir},
 * shares the same server.
 */
record ReplicatedDatabase(SharedEmbeddedPostgres.Lease primary, StreamingReplica replica) implements AutoCloseable {

	static ReplicatedDatabase start(String primaryDir, String replicaDir) {
		var primary = SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(primaryDir, true, 0, true));
		var replica = StreamingReplica.of(primary.postgres(), Path.of(primaryDir).toAbsolutePath().normalize(),
				primary.password(), Path.of(replicaDir).toAbsolutePath());
		return new ReplicatedDatabase(primary, replica);
	}

	String replicaUrl() {
		return replica.jdbcUrl();
	}

	/** Stops the replica; the primary stops once the context has returned its lease too. */
	@Override
	public void close() throws IOException {
		replica.close();
		primary.close();
	}
}
