package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

/**
 * A crash, for real: a child JVM starts the embedded PostgreSQL through our code, commits rows,
 * and is killed with SIGKILL ({@code Process.destroyForcibly} on Linux), alone or with every
 * process of the database. The next start on the same directory must come up and hold every row
 * whose commit had been acknowledged.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashRecoveryTest {

	static final int ROWS = 300;

	private final List<Process> children = new ArrayList<>();

	private final List<Path> dirs = new ArrayList<>();

	@Test
	void afterAKillOfTheJvmTheNextStartStopsTheServerLeftBehindAndKeepsEveryRow() throws Exception {
		Path dir = freshDir("target/pg-crash-jvm");
		Child writer = start(dir, "write", String.valueOf(ROWS));
		writer.await("ACKNOWLEDGED");
		ProcessHandle postmaster = postmaster(dir);

		kill(writer.process.toHandle());
		assertThat(postmaster.isAlive()).as("the server outlives the JVM that started it").isTrue();

		Child reader = start(dir, "count");
		assertThat(reader.await("COUNT")).isEqualTo("COUNT " + ROWS);
		assertThat(reader.exitCode()).as(reader.output()).isZero();
		assertThat(postmaster.isAlive()).isFalse();
		assertThat(dir.resolve("postmaster.pid")).as("stopped cleanly by the second start").doesNotExist();
	}

	@Test
	void afterAKillOfTheJvmAndOfTheDatabaseEveryAcknowledgedRowIsThere() throws Exception {
		Path dir = freshDir("target/pg-crash-all");
		Child writer = start(dir, "write", String.valueOf(ROWS));
		writer.await("ACKNOWLEDGED");
		ProcessHandle postmaster = postmaster(dir);
		List<ProcessHandle> database = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();

		database.forEach(CrashRecoveryTest::kill);
		kill(writer.process.toHandle());

		Child reader = start(dir, "count");
		assertThat(reader.await("COUNT")).isEqualTo("COUNT " + ROWS);
		assertThat(reader.exitCode()).as(reader.output()).isZero();
	}

	@Test
	void aPidFileNamingAnotherLiveProcessDoesNotStopTheStart() throws Exception {
		// after a reboot the pid of the server that was running may belong to some other process
		Path dir = freshDir("target/pg-stale-pid");
		SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(dir.toString(), false, 0, false)).close();
		Process other = new ProcessBuilder("sleep", "600").start();
		children.add(other);
		Files.writeString(dir.resolve("postmaster.pid"), other.pid() + "\n" + dir + "\n");

		var lease = SharedEmbeddedPostgres.lease(new EmbeddedDatabaseProperties(dir.toString(), false, 0, false));
		try (var connection = lease.postgres().getPostgresDatabase().getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
			assertThat(other.isAlive()).isTrue();
		}
		finally {
			lease.close();
		}
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (Process child : children) {
			kill(child.toHandle());
		}
		for (Path dir : dirs) {
			if (Files.exists(dir.resolve("postmaster.pid"))) {
				ProcessHandle left = postmaster(dir);
				Stream.concat(Stream.of(left), left.descendants()).forEach(CrashRecoveryTest::kill);
			}
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	private Path freshDir(String name) throws IOException {
		Path dir = Path.of(name).toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		dirs.add(dir);
		return dir;
	}

	private static ProcessHandle postmaster(Path dir) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		return ProcessHandle.of(pid).orElseThrow();
	}

	/** SIGKILL, then wait until the process is gone. */
	private static void kill(ProcessHandle process) {
		process.destroyForcibly();
		process.onExit().join();
	}

	private Child start(Path dir, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseProcess.class.getName(), dir.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		children.add(process);
		return new Child(process);
	}

	/** A child JVM whose output is read as it comes, so that it never blocks on a full pipe. */
	private static final class Child {

		static final String END = "(no more output)";

		final Process process;

		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		final StringBuffer output = new StringBuffer();

		Child(Process process) {
			this.process = process;
			Thread reader = new Thread(() -> {
				try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						output.append(line).append('\n');
						if (line.startsWith("PROBE ")) {
							lines.add(line.substring("PROBE ".length()));
						}
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				finally {
					lines.add(END);
				}
			}, "child-output");
			reader.setDaemon(true);
			reader.start();
		}

		/** The child's next line for the test, which must start with {@code word}. */
		String await(String word) throws InterruptedException {
			String line = lines.poll(3, TimeUnit.MINUTES);
			assertThat(line).as("%s from the child; it wrote:%n%s", word, output).startsWith(word);
			return line;
		}

		int exitCode() throws InterruptedException {
			return process.waitFor();
		}

		String output() {
			return output.toString();
		}
	}
}
