package vn.ngoso.platform.database;

import org.jspecify.annotations.Nullable;

/**
 * The read replica ({@code ngoso.database.replica-*}, env {@code NGOSO_DB_REPLICA_*}).
 *
 * @param replicaUrl JDBC URL of a streaming replica of the primary; empty: no replica
 * @param replicaUsername its user; empty: the primary's
 * @param replicaPassword its password; empty: the primary's
 */
record ReplicaProperties(@Nullable String replicaUrl, @Nullable String replicaUsername,
		@Nullable String replicaPassword) {
}
