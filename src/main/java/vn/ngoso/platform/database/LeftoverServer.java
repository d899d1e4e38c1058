package vn.ngoso.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running on our data directory by a JVM that died (kill -9, out of memory, power
 * cut of the app only): pg_ctl starts PostgreSQL as a daemon, so it outlives the JVM, and the next
 * start would fail on its {@code postmaster.pid}. zonky holds a lock on {@code epg-lock} while
 * its JVM lives: a lock we can take means the JVM that started the server is gone.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	/** A fast shutdown ends the sessions and writes a checkpoint: seconds, more for a busy server. */
	private static final long STOP_WAIT_SECONDS = 120;

	private LeftoverServer() {
	}

	/**
	 * Stops the server left on {@code dir}, if any, and removes a {@code postmaster.pid} that names
	 * a live process which is not our server (its pid reused after a reboot). Refuses when a
	 * running JVM still holds the directory.
	 */
	static void stopIn(Path dir) {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		if (heldByALiveJvm(dir)) {
			throw new IllegalStateException("The embedded PostgreSQL in " + dir
					+ " is in use by another running application (epg-lock is held): stop it first");
		}
		Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return; // PostgreSQL removes a pid file whose process is gone
		}
		ProcessHandle server = process.get();
		if (server.info().command().isEmpty()) {
			log.warn("{} names process {}, whose command cannot be read: leaving it to PostgreSQL", pidFile,
					server.pid());
			return;
		}
		if (!isServerOf(server.info(), dir)) {
			log.warn("{} names process {}, which is not a PostgreSQL of this directory: removing the stale file",
					pidFile, server.pid());
			delete(pidFile);
			return;
		}
		log.warn("PostgreSQL (pid {}) on {} was left running by an application that is gone: stopping it"
				+ " (fast shutdown) before starting again", server.pid(), dir);
		stop(server);
	}

	private static boolean heldByALiveJvm(Path dir) {
		Path lockFile = dir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException e) {
			return true; // held in this JVM
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not check " + lockFile, e);
		}
	}

	private static Optional<Long> pid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** Its command line is {@code …/bin/postgres -D <dir> …}, as pg_ctl starts it. */
	private static boolean isServerOf(ProcessHandle.Info info, Path dir) {
		boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
		String[] arguments = info.arguments().orElse(new String[0]);
		for (int i = 0; postgres && i + 1 < arguments.length; i++) {
			if (arguments[i].equals("-D") && isSameFile(Path.of(arguments[i + 1]), dir)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException e) {
			return false;
		}
	}

	/** SIGINT is PostgreSQL's fast shutdown; Java sends only SIGTERM (smart: waits for every session). */
	private static void stop(ProcessHandle server) {
		try {
			int exit = new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).inheritIO().start().waitFor();
			if (exit != 0) {
				server.destroy();
			}
			server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (IOException | ExecutionException e) {
			throw new IllegalStateException("Could not stop PostgreSQL (pid " + server.pid() + ")", e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("PostgreSQL (pid " + server.pid() + ") left by an earlier run did not stop"
					+ " within " + STOP_WAIT_SECONDS + " s: stop it (kill -INT " + server.pid() + ") and start again", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping PostgreSQL (pid " + server.pid() + ")", e);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
