package vn.ngoso.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Who may connect to the embedded server: anyone who gives the password, over the Unix socket or
 * TCP on the loopback addresses, and nobody without it. initdb (run by zonky) trusts every local
 * connection, so any user of the machine could read citizens' data; this file replaces its
 * {@code pg_hba.conf} on every start.
 */
final class ClientAuthentication {

	static final String HBA = """
			# Written by Ngõ Số on every start of the embedded PostgreSQL (edits are replaced):
			# every connection gives the password kept in ngoso.pgpass, next to this file.
			# TYPE  DATABASE     USER  ADDRESS       METHOD
			local   all          all                 scram-sha-256
			host    all          all   127.0.0.1/32  scram-sha-256
			host    all          all   ::1/128       scram-sha-256
			local   replication  all                 scram-sha-256
			host    replication  all   127.0.0.1/32  scram-sha-256
			host    replication  all   ::1/128       scram-sha-256
			""";

	private ClientAuthentication() {
	}

	/** Whether the cluster in {@code dir} asks for the password already. */
	static boolean isInPlace(Path dir) {
		Path file = dir.resolve("pg_hba.conf");
		try {
			return Files.exists(file) && Files.readString(file).equals(HBA);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Before the server starts: from then on it asks for the password. */
	static void putInPlace(Path dir) {
		if (!isInPlace(dir)) {
			try {
				Files.writeString(dir.resolve("pg_hba.conf"), HBA);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not write " + dir.resolve("pg_hba.conf"), e);
			}
		}
	}

	/** Gives the superuser the password, on a server that still lets it in without one. */
	static void setPassword(EmbeddedPostgres postgres, DatabasePassword password) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// base64url: nothing to escape in the literal
			statement.execute("alter role " + DatabasePassword.USER + " password '" + password.value() + "'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", e);
		}
	}
}
