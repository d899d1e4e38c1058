package vn.ngoso.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded server per data directory and JVM, shared by every application context that
 * uses it (tests build several). Each context holds a lease; the server stops when the last
 * lease is returned, after the contexts have closed their connection pools. A JVM shutdown hook
 * stops servers whose contexts were never closed, once those contexts have had their turn.
 */
final class SharedEmbeddedPostgres {

	private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();

	private SharedEmbeddedPostgres() {
	}

	/** A context's hold on a running server. */
	static final class Lease implements AutoCloseable {

		private final Server server;

		private boolean closed;

		private Lease(Server server) {
			this.server = server;
		}

		EmbeddedPostgres postgres() {
			return server.postgres;
		}

		String password() {
			return server.password.value();
		}

		@Override
		public synchronized void close() {
			if (!closed) {
				closed = true;
				server.release();
			}
		}
	}

	private static final class Server {

		private final EmbeddedPostgres postgres;

		private final DatabasePassword password;

		private int leases;

		private boolean stopped;

		Server(EmbeddedPostgres postgres, DatabasePassword password) {
			this.postgres = postgres;
			this.password = password;
		}

		synchronized void acquire() {
			leases++;
		}

		synchronized void release() {
			leases--;
			if (leases == 0) {
				stop();
			}
			notifyAll();
		}

		synchronized void stopWhenIdle(long waitMillis) {
			long deadline = System.currentTimeMillis() + waitMillis;
			while (leases > 0 && System.currentTimeMillis() < deadline) {
				try {
					wait(Math.max(1, deadline - System.currentTimeMillis()));
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			stop();
		}

		private void stop() {
			if (stopped) {
				return;
			}
			stopped = true;
			try {
				postgres.close();
			}
			catch (IOException ignored) {
				// the JVM is going down; the next start recovers the cluster
			}
		}
	}

	static Lease lease(EmbeddedDatabaseProperties properties) {
		Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
		Server server = SERVERS.compute(dir, (d, existing) -> existing != null && !existing.stopped ? existing
				: start(d, properties));
		server.acquire();
		return new Lease(server);
	}

	private static Server start(Path dir, EmbeddedDatabaseProperties properties) {
		EmbeddedServer started = EmbeddedServer.start(dir, properties);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Server server = SERVERS.get(dir);
			if (server != null) {
				server.stopWhenIdle(10_000);
			}
		}, "embedded-postgres-stop"));
		return new Server(started.postgres(), started.password());
	}
}
