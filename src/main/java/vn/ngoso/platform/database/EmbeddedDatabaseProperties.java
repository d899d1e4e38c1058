package vn.ngoso.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no external database is configured.
 *
 * @param dataDir directory of the cluster; survives restarts unless {@code clean} is set
 * @param clean wipe the directory on start (tests)
 * @param port fixed port, or 0 for any free port
 * @param unsafeSkipFsync run without fsync and synchronous commit: faster, and a crash loses
 * commits already acknowledged. For tests and benchmarks only.
 */
@ConfigurationProperties("ngoso.database.embedded")
public record EmbeddedDatabaseProperties(
		@DefaultValue("data/pg") String dataDir,
		@DefaultValue("false") boolean clean,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean unsafeSkipFsync) {
}
