package vn.ngoso.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username within
 * the window, that username is refused until the window has passed, whatever the password.
 * Kept in memory: a restart forgives, which is acceptable for one server.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	public boolean isLocked(String username) {
		Deque<Instant> recent = failures.get(key(username));
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= MAX_FAILURES;
		}
	}

	public void failed(String username) {
		Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(clock.instant());
		}
	}

	public void succeeded(String username) {
		failures.remove(key(username));
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase();
	}
}
