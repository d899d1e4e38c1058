package vn.ngoso.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.ngoso.platform.BoundedTable;
import vn.ngoso.platform.web.ClientAddress;

/**
 * Submissions without a login (public page, Open311) per client address (an IPv6 /64): at most
 * {@code ngoso.feedback.throttle.max} in a sliding {@code ngoso.feedback.throttle.window}. In
 * memory, so per server; enough against one person or script flooding, not against a botnet. At
 * most {@code ngoso.feedback.throttle.max-addresses} addresses are remembered, the least recently
 * seen dropped first, so a scan of many addresses cannot fill the heap.
 */
@Service
public class SubmissionThrottle {

	private final BoundedTable<String, Deque<Instant>> recent;

	private final int max;

	private final Duration window;

	private final Clock clock;

	SubmissionThrottle(@Value("${ngoso.feedback.throttle.max:5}") int max,
			@Value("${ngoso.feedback.throttle.window:PT10M}") Duration window,
			@Value("${ngoso.feedback.throttle.max-addresses:100000}") int maxAddresses, Clock clock) {
		this.recent = new BoundedTable<>(maxAddresses);
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one submission from this address, or refuses it (nothing counted) when over the limit. */
	public void acquire(String address) {
		Instant now = clock.instant();
		long[] refusedFor = { 0 };
		recent.compute(ClientAddress.key(address), (key, known) -> {
			Deque<Instant> times = known == null ? new ArrayDeque<>() : known;
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= max) {
				refusedFor[0] = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toMinutes() + 1);
			}
			else {
				times.addLast(now);
			}
			return times;
		});
		if (refusedFor[0] > 0) {
			throw new Throttled(refusedFor[0]);
		}
	}

	/** Addresses remembered now. */
	int addresses() {
		return recent.size();
	}

	/** For tests: forget every address. */
	public void reset() {
		recent.clear();
	}
}
