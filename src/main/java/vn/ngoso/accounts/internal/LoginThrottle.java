package vn.ngoso.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.ngoso.accounts.internal.Backoff.Failures;
import vn.ngoso.accounts.internal.FailureCounts.Kind;

/**
 * Slows password guessing down without letting a stranger lock an officer out. Two counts, each
 * with its own {@link Backoff}:
 * <ul>
 * <li>per account, for attempts from devices not known for it: many failures, from anywhere,
 * make each further attempt wait longer (30 s, doubling, at most 15 minutes by default);</li>
 * <li>per client address, whatever the usernames: one address trying many accounts waits too.</li>
 * </ul>
 * A device that signed in to the account before ({@link KnownDevices}) has a count of its own for
 * that account and skips the address count for it: the real user at their usual phone still gets
 * in while the account is under attack. An attempt is counted as a failure when it is let through
 * (so a burst of parallel guesses cannot slip past the count) and uncounted when it succeeds.
 * Both counts are in the database ({@link FailureCounts}), bounded to {@code max-entries} keys each:
 * every application node sees the failures made on the others, and a restart forgives nothing.
 */
@Component
public class LoginThrottle {

	/** Keys of usernames no account can have (they are at most 50 characters) are cut here. */
	static final int MAX_KEY_LENGTH = 64;

	private final Backoff accounts;

	private final Backoff addresses;

	private final FailureCounts failures;

	private final Clock clock;

	LoginThrottle(SignInProperties properties, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.accounts = new Backoff(properties.accountFailures(), properties.firstDelay(), properties.maxDelay(),
				properties.forgetAfter());
		this.addresses = new Backoff(properties.addressFailures(), properties.firstDelay(), properties.maxDelay(),
				properties.forgetAfter());
		this.failures = new FailureCounts(jdbc, transactions, properties.maxEntries());
		this.clock = clock;
	}

	/**
	 * Lets an attempt through (returns zero, and counts it as a failure until {@link #succeeded}
	 * or {@link #undecided}), or says how long it must wait (nothing counted).
	 */
	public Duration admit(SignInAttempt attempt, String username) {
		Instant now = clock.instant();
		Duration[] wait = { Duration.ZERO };
		failures.compute(Kind.ACCOUNT, accountKey(attempt, username), counted -> {
			wait[0] = accounts.waitAt(counted, now);
			return wait[0].isZero() ? accounts.failedAt(counted, now) : counted;
		});
		if (!wait[0].isZero() || knownDevice(attempt, username)) {
			return wait[0];
		}
		failures.compute(Kind.ADDRESS, attempt.address(), counted -> {
			wait[0] = addresses.waitAt(counted, now);
			return wait[0].isZero() ? addresses.failedAt(counted, now) : counted;
		});
		if (!wait[0].isZero()) {
			failures.compute(Kind.ACCOUNT, accountKey(attempt, username), LoginThrottle::uncount);
		}
		return wait[0];
	}

	/** The password was right: the account's count starts again, and the address's forgets this one. */
	public void succeeded(SignInAttempt attempt, String username) {
		failures.remove(Kind.ACCOUNT, accountKey(attempt, username));
		if (!knownDevice(attempt, username)) {
			failures.compute(Kind.ADDRESS, attempt.address(), LoginThrottle::uncount);
		}
	}

	/** Refused for another reason than the password (a disabled account): not a failure. */
	public void undecided(SignInAttempt attempt, String username) {
		failures.compute(Kind.ACCOUNT, accountKey(attempt, username), LoginThrottle::uncount);
		if (!knownDevice(attempt, username)) {
			failures.compute(Kind.ADDRESS, attempt.address(), LoginThrottle::uncount);
		}
	}

	int accountsRemembered() {
		return failures.size(Kind.ACCOUNT);
	}

	int addressesRemembered() {
		return failures.size(Kind.ADDRESS);
	}

	private static @Nullable Failures uncount(@Nullable Failures failures) {
		return failures == null || failures.count() <= 1 ? null : new Failures(failures.count() - 1, failures.last());
	}

	private static boolean knownDevice(SignInAttempt attempt, String username) {
		return attempt.deviceFor(username) != null;
	}

	private static String accountKey(SignInAttempt attempt, String username) {
		String user = username.length() > MAX_KEY_LENGTH ? username.substring(0, MAX_KEY_LENGTH) : username;
		String device = attempt.deviceFor(username);
		return device == null ? "account " + user : "device " + device + " " + user;
	}
}
