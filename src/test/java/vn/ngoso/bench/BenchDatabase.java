package vn.ngoso.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database settings a benchmark runs with. The test profile skips fsync and synchronous
 * commit (fast, unsafe in a crash); {@code -Dbench.durable=true} runs with the settings of a real
 * start, so that the figures are those production sees. Every benchmark prints which it was.
 */
public final class BenchDatabase {

	private BenchDatabase() {
	}

	/** For a benchmark's {@code @DynamicPropertySource}. */
	public static void durableIfAsked(DynamicPropertyRegistry registry) {
		if (Boolean.getBoolean("bench.durable")) {
			registry.add("ngoso.database.embedded.unsafe-skip-fsync", () -> "false");
		}
	}

	/** A line for the benchmark's header, read from the running server. */
	public static String settings(JdbcClient jdbc) {
		String fsync = show(jdbc, "fsync");
		String commit = show(jdbc, "synchronous_commit");
		String pageWrites = show(jdbc, "full_page_writes");
		boolean durable = "on".equals(fsync) && "on".equals(commit);
		return String.format("Database: fsync=%s, synchronous_commit=%s, full_page_writes=%s (%s).", fsync, commit,
				pageWrites, durable ? "durable, as a real start; -Dbench.durable=true"
						: "unsafe-skip-fsync of the test profile: faster than production; -Dbench.durable=true for the real settings");
	}

	private static String show(JdbcClient jdbc, String setting) {
		return jdbc.sql("show " + setting).query(String.class).single();
	}
}
