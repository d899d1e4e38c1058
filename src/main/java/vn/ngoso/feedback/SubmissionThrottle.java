package vn.ngoso.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Submissions without a login (public page, Open311) per client address: at most
 * {@code ngoso.feedback.throttle.max} in a sliding {@code ngoso.feedback.throttle.window}. In
 * memory, so per server; enough against one person or script flooding, not against a botnet.
 */
@Service
public class SubmissionThrottle {

	/** Addresses kept before the oldest are swept, so a scan of many addresses cannot fill the heap. */
	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int max;

	private final Duration window;

	private final Clock clock;

	SubmissionThrottle(@Value("${ngoso.feedback.throttle.max:5}") int max,
			@Value("${ngoso.feedback.throttle.window:PT10M}") Duration window, Clock clock) {
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one submission from this address, or refuses it (nothing counted) when over the limit. */
	public void acquire(String address) {
		Instant now = clock.instant();
		if (recent.size() > MAX_ADDRESSES) {
			sweep(now);
		}
		Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= max) {
				long minutes = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toMinutes() + 1);
				throw new Throttled(minutes);
			}
			times.addLast(now);
		}
	}

	/** For tests: forget every address. */
	public void reset() {
		recent.clear();
	}

	private void sweep(Instant now) {
		recent.entrySet().removeIf(e -> {
			synchronized (e.getValue()) {
				return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(window));
			}
		});
	}
}
