package vn.ngoso.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;

/**
 * One embedded server per data directory and JVM. Test contexts are cached and rebuilt, so the
 * server outlives any single application context and stops with the JVM.
 */
final class SharedEmbeddedPostgres {

	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private SharedEmbeddedPostgres() {
	}

	static EmbeddedPostgres obtain(EmbeddedDatabaseProperties properties) {
		Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
		return SERVERS.computeIfAbsent(dir, d -> start(d, properties));
	}

	private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dir);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.clean())
				.setServerConfig("max_connections", "60")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setRegisterShutdownHook(false);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			// Stop the server only after every application context has closed: Spring Boot runs its
			// shutdown handlers after the contexts, whereas a JVM hook of our own would race them and
			// leave the context's last queries (Modulith's event registry) waiting 30 s for a connection.
			SpringApplication.getShutdownHandlers().add(() -> close(postgres));
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ignored) {
			// the JVM is going down; the next start recovers the cluster
		}
	}
}
