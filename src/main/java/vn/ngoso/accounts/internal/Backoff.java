package vn.ngoso.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Slows down without locking: after {@code free} failures, each further attempt must wait
 * {@code first}, doubled for each failure past that, at most {@code max}, from the last failure.
 * The count is forgotten {@code forgetAfter} after the last failure.
 */
record Backoff(int free, Duration first, Duration max, Duration forgetAfter) {

	/** Failures counted for one key (an account, a device, an address). */
	record Failures(int count, Instant last) {
	}

	/** How long an attempt must still wait; zero when it may go ahead. */
	Duration waitAt(@Nullable Failures failures, Instant now) {
		Failures current = current(failures, now);
		if (current == null || current.count() < free) {
			return Duration.ZERO;
		}
		Duration wait = delayAfter(current.count()).minus(Duration.between(current.last(), now));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	Failures failedAt(@Nullable Failures failures, Instant now) {
		Failures current = current(failures, now);
		return new Failures(current == null ? 1 : current.count() + 1, now);
	}

	private @Nullable Failures current(@Nullable Failures failures, Instant now) {
		return failures == null || Duration.between(failures.last(), now).compareTo(forgetAfter) > 0 ? null : failures;
	}

	private Duration delayAfter(int count) {
		int doublings = Math.min(count - free, 30);
		Duration delay = first.multipliedBy(1L << doublings);
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
