package vn.ngoso.demo.generator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import vn.ngoso.demo.generator.CopySpool.Table;

/**
 * Loads spool files with {@code COPY … FROM STDIN} into the real tables, indexes and foreign keys
 * in place (the same work an import faces). Each table is one statement, committed on its own.
 */
public final class CopyLoader {

	/** Rows loaded into one table and how long it took. */
	public record Loaded(Table table, long rows, Duration took) {

		public double rowsPerSecond() {
			return rows / Math.max(1e-9, took.toNanos() / 1e9);
		}
	}

	private final DataSource dataSource;

	public CopyLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Empties every table the generator fills (and whatever points at them). */
	public void truncate() {
		execute("truncate visit_outcome, visit_member, visit, readiness_event, readiness, resident, household cascade");
	}

	public Loaded copy(Path dir, Table table) {
		try (Connection c = dataSource.getConnection();
				InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(table.fileName())), 1 << 20)) {
			c.setAutoCommit(true);
			long started = System.nanoTime();
			long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql(), in, 1 << 16);
			return new Loaded(table, rows, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into " + table.table + " failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every table, in foreign-key order, then fresh planner statistics. */
	public List<Loaded> copyAll(Path dir, Table... skip) {
		List<Loaded> loaded = new ArrayList<>();
		for (Table t : Table.values()) {
			if (!List.of(skip).contains(t)) {
				loaded.add(copy(dir, t));
			}
		}
		analyze();
		return loaded;
	}

	public void analyze() {
		execute("analyze household, resident, readiness, readiness_event, visit, visit_member, visit_outcome");
	}

	private void execute(String sql) {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			c.setAutoCommit(true);
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}
}
