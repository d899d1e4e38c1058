package vn.ngoso.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * How the embedded PostgreSQL starts: after a server left by a dead JVM is stopped, durable
 * (fsync and synchronous commit on, unless tests and benchmarks opt out) and asking every
 * connection for the password kept in the data directory.
 *
 * @param postgres the running server
 * @param password its superuser's password
 */
record EmbeddedServer(EmbeddedPostgres postgres, DatabasePassword password) {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	static EmbeddedServer start(Path dir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dir);
			LeftoverServer.stopIn(dir);
			if (properties.clean()) {
				FileSystemUtils.deleteRecursively(dir); // initdb wants an empty directory
			}
			boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
			if (!fresh && ClientAuthentication.isInPlace(dir) && !DatabasePassword.isKeptIn(dir)) {
				throw new IllegalStateException("The embedded PostgreSQL in " + dir + " asks for the password kept in "
						+ DatabasePassword.FILE + ", which is missing: put it back from a backup (docs/operations.md says how"
						+ " to give it a new one)");
			}
			DatabasePassword password = DatabasePassword.in(dir);
			if (!fresh && !ClientAuthentication.isInPlace(dir)) {
				giveThePassword(dir, properties, password);
			}
			EmbeddedPostgres postgres = startAskingForThePassword(dir, properties, password, fresh);
			if (properties.unsafeSkipFsync()) {
				log.warn("ngoso.database.embedded.unsafe-skip-fsync is on: the embedded PostgreSQL in {} runs without fsync"
						+ " and synchronous commit, and a crash loses writes already acknowledged. For tests and"
						+ " benchmarks only.", dir);
			}
			log.info("Embedded PostgreSQL on localhost:{} (fsync {}), data in {}, password in {}", postgres.getPort(),
					properties.unsafeSkipFsync() ? "off" : "on", dir, dir.resolve(DatabasePassword.FILE));
			return new EmbeddedServer(postgres, password);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
		}
	}

	/**
	 * A cluster made by an earlier version trusted every local connection and its superuser has
	 * no password: set it while the server still lets us in, once; the start that follows asks
	 * for it.
	 */
	private static void giveThePassword(Path dir, EmbeddedDatabaseProperties properties, DatabasePassword password)
			throws IOException {
		log.info("The embedded PostgreSQL in {} lets local connections in without a password: giving it one", dir);
		try (EmbeddedPostgres trusting = builder(dir, properties, password)
			.setDataDirectoryCustomizer(d -> password.keepIn(dir))
			.start()) {
			ClientAuthentication.setPassword(trusting, password);
		}
	}

	private static EmbeddedPostgres startAskingForThePassword(Path dir, EmbeddedDatabaseProperties properties,
			DatabasePassword password, boolean fresh) throws IOException {
		// runs after initdb, before the server starts
		var builder = builder(dir, properties, password).setDataDirectoryCustomizer(d -> {
			password.keepIn(dir);
			ClientAuthentication.putInPlace(dir);
		});
		if (!fresh) {
			return builder.start();
		}
		// zonky hands its locale settings to initdb as --key=value: the superuser has the password
		// from the first moment, and the customizer above replaces initdb's "trust" before the
		// server first starts, so no connection is ever let in without it
		Path initdbPassword = password.temporaryFile();
		try {
			return builder.setLocaleConfig("pwfile", initdbPassword.toString()).start();
		}
		finally {
			Files.deleteIfExists(initdbPassword);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path dir, EmbeddedDatabaseProperties properties,
			DatabasePassword password) {
		boolean durable = !properties.unsafeSkipFsync();
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(properties.clean())
			// SharedEmbeddedPostgres stops it, after the application contexts have closed their pools
			.setRegisterShutdownHook(false)
			// zonky starts the server with -F (no fsync) and synchronous_commit=off, which lose
			// acknowledged commits in a crash; these -c options come after -F and win over it
			.setServerConfig("fsync", durable ? "on" : "off")
			.setServerConfig("synchronous_commit", durable ? "on" : "off")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "60")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			// for zonky's own check that the server is up, and getPostgresDatabase()
			.setConnectConfig("password", password.value());
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder;
	}
}
