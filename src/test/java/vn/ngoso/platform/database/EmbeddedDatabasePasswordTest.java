package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL asks every connection for the password kept in the data directory
 * ({@code ngoso.pgpass}, readable by its owner only), so that another user of the machine cannot
 * read citizens' data through it; a cluster made by an earlier version (which trusted every local
 * connection) is switched over on its next start, its data kept.
 */
class EmbeddedDatabasePasswordTest {

	static final Path DIR = Path.of("target/pg-password");

	static SharedEmbeddedPostgres.Lease lease;

	@BeforeAll
	static void start() {
		lease = SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(DIR.toString(), true, 0, true));
	}

	@AfterAll
	static void stop() {
		lease.close();
	}

	@Test
	void aConnectionWithoutThePasswordIsRefused() {
		assertThatThrownBy(() -> connect(lease.postgres().getPort(), null)).isInstanceOf(SQLException.class)
			.hasMessageContaining("password");
	}

	@Test
	void aConnectionWithAWrongPasswordIsRefused() {
		assertThatThrownBy(() -> connect(lease.postgres().getPort(), "postgres"))
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
	}

	@Test
	void theGeneratedPasswordIsReadableByItsOwnerOnlyAndOpensTheDatabase() throws Exception {
		assertThat(Files.getPosixFilePermissions(DIR.resolve("ngoso.pgpass")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		try (Connection connection = connect(lease.postgres().getPort(), passwordIn(DIR))) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void everyWayInAsksForThePassword() throws IOException {
		// local = the Unix socket (psql without -h), host = TCP on the loopback addresses
		assertThat(Files.readAllLines(DIR.resolve("pg_hba.conf")).stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#")))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"));
	}

	@Test
	void aClusterMadeByAnEarlierVersionAsksForThePasswordFromItsNextStartAndKeepsItsData() throws Exception {
		Path dir = Path.of("target/pg-trusting");
		FileSystemUtils.deleteRecursively(dir);
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
			.start();
				Connection connection = earlier.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (n int); insert into kept values (42)");
		}

		var upgraded = SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(dir.toString(), false, 0, true));
		try {
			int port = upgraded.postgres().getPort();
			assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class);
			assertThat(Files.getPosixFilePermissions(dir.resolve("ngoso.pgpass")))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			try (Connection connection = connect(port, passwordIn(dir));
					ResultSet kept = connection.createStatement().executeQuery("select n from kept")) {
				assertThat(kept.next()).isTrue();
				assertThat(kept.getInt(1)).isEqualTo(42);
			}
		}
		finally {
			upgraded.close();
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	/** The password as {@code pg_dump} reads it: the last field of the pgpass line. */
	static String passwordIn(Path dir) throws IOException {
		String line = Files.readAllLines(dir.resolve("ngoso.pgpass")).get(0);
		return line.substring(line.lastIndexOf(':') + 1);
	}

	static Connection connect(int port, String password) throws SQLException {
		var properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
	}
}
