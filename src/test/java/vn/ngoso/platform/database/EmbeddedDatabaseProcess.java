package vn.ngoso.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A JVM of its own for {@link CrashRecoveryTest}: starts the embedded PostgreSQL on the data
 * directory in {@code args[0]} through {@link SharedEmbeddedPostgres}, as the application does.
 * {@code write N} commits N rows one by one, says so once the last commit has returned, and waits
 * to be killed; {@code count} says how many rows there are and stops the server as the
 * application does when it closes. Lines for the test start with {@code PROBE}.
 */
final class EmbeddedDatabaseProcess {

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		var lease = SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(args[0], false, 0, false));
		try (Connection connection = lease.postgres().getPostgresDatabase().getConnection()) {
			if ("write".equals(args[1])) {
				int rows = Integer.parseInt(args[2]);
				try (Statement create = connection.createStatement()) {
					create.execute("create table acknowledged (n int primary key)");
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?)")) {
					for (int n = 1; n <= rows; n++) {
						// autocommit: executeUpdate returns once the server has acknowledged the commit
						insert.setInt(1, n);
						insert.executeUpdate();
					}
				}
				System.out.println("PROBE ACKNOWLEDGED " + rows);
				System.out.flush();
				Thread.sleep(Long.MAX_VALUE);
			}
			try (Statement count = connection.createStatement();
					ResultSet result = count.executeQuery("select count(*) from acknowledged")) {
				result.next();
				System.out.println("PROBE COUNT " + result.getLong(1));
			}
		}
		lease.close();
	}
}
