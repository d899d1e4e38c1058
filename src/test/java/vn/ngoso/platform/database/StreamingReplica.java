package vn.ngoso.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import org.springframework.util.FileSystemUtils;

/**
 * A hot standby of an embedded primary, streaming from it, for tests. zonky's binaries have
 * initdb, pg_ctl and postgres but not pg_basebackup, so the base backup is made with PostgreSQL's
 * low-level API (documentation, "Making a Base Backup Using the Low Level API"): pg_backup_start on
 * one connection, a copy of the data directory, pg_backup_stop on the same connection and its
 * label file written as backup_label. A physical slot, made before the backup, keeps the WAL
 * the standby has not yet received.
 */
final class StreamingReplica implements AutoCloseable {

	static final String SLOT = "ngoso_replica";

	/** Left out of the copy: the running server's own files, and directories whose content is rebuilt. */
	private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private static final Set<String> COPIED_EMPTY = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private final EmbeddedPostgres server;

	private StreamingReplica(EmbeddedPostgres server) {
		this.server = server;
	}

	/**
	 * Makes a standby of {@code primary} (data in {@code primaryDir}) in {@code dir} (wiped first)
	 * and starts it on a free port, asking for the same password.
	 */
	static StreamingReplica of(EmbeddedPostgres primary, Path primaryDir, String password, Path dir) {
		try {
			// a replica left running by a test JVM that was killed: stopped as the primary's would be
			LeftoverServer.stopIn(dir);
			FileSystemUtils.deleteRecursively(dir);
			try (Connection connection = primary.getPostgresDatabase().getConnection();
					Statement sql = connection.createStatement()) {
				sql.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
				sql.execute("select pg_backup_start('ngoso-replica', true)");
				copy(primaryDir, dir);
				try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
					stop.next();
					Files.writeString(dir.resolve("backup_label"), stop.getString(1));
					String tablespaces = stop.getString(2);
					if (tablespaces != null && !tablespaces.isEmpty()) {
						Files.writeString(dir.resolve("tablespace_map"), tablespaces);
					}
				}
			}
			Files.createDirectories(dir.resolve("pg_wal/archive_status"));
			Files.createDirectories(dir.resolve("pg_wal/summaries"));
			Files.writeString(dir.resolve("standby.signal"), "");
			Files.writeString(dir.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=localhost port="
					+ primary.getPort() + " user=" + DatabasePassword.USER + " password=" + password
					+ " application_name=ngoso_replica'\nprimary_slot_name = '" + SLOT + "'\n",
					StandardOpenOption.APPEND);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false) // postgresql.conf is there: no initdb
				.setServerConfig("hot_standby", "on")
				.setServerConfig("max_connections", "60")
				.setConnectConfig("password", password)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			return new StreamingReplica(server);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not make the replica", e);
		}
	}

	EmbeddedPostgres server() {
		return server;
	}

	String jdbcUrl() {
		return server.getJdbcUrl(DatabasePassword.USER, "postgres");
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

	/** The primary's files as they are while the backup runs; a file removed meanwhile is left out. */
	private static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Path copy = Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				// PostgreSQL refuses a data directory that others may read (0700 or 0750 only)
				Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(dir));
				boolean empty = !dir.equals(from) && COPIED_EMPTY.contains(from.relativize(dir).toString());
				return empty ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (NOT_COPIED.contains(file.getFileName().toString()) && file.getParent().equals(from)) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				catch (NoSuchFileException e) {
					// dropped by the running server: the WAL replayed from the backup's start says so
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
				if (e instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw e;
			}
		});
	}
}
