package vn.ngoso.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.accounts.internal.Backoff.Failures;
import vn.ngoso.platform.BoundedTable;

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
 * Both tables are {@link BoundedTable}s; in memory, so per server, and a restart forgives.
 */
@Component
public class LoginThrottle {

	/** Keys of usernames no account can have (they are at most 50 characters) are cut here. */
	static final int MAX_KEY_LENGTH = 64;

	private final Backoff accounts;

	private final Backoff addresses;

	private final BoundedTable<String, Failures> accountFailures;

	private final BoundedTable<String, Failures> addressFailures;

	private final Clock clock;

	LoginThrottle(SignInProperties properties, Clock clock) {
		this.accounts = new Backoff(properties.accountFailures(), properties.firstDelay(), properties.maxDelay(),
				properties.forgetAfter());
		this.addresses = new Backoff(properties.addressFailures(), properties.firstDelay(), properties.maxDelay(),
				properties.forgetAfter());
		this.accountFailures = new BoundedTable<>(properties.maxEntries());
		this.addressFailures = new BoundedTable<>(properties.maxEntries());
		this.clock = clock;
	}

	/**
	 * Lets an attempt through (returns zero, and counts it as a failure until {@link #succeeded}
	 * or {@link #undecided}), or says how long it must wait (nothing counted).
	 */
	public Duration admit(SignInAttempt attempt, String username) {
		Instant now = clock.instant();
		Duration[] wait = { Duration.ZERO };
		accountFailures.compute(accountKey(attempt, username), (key, failures) -> {
			wait[0] = accounts.waitAt(failures, now);
			return wait[0].isZero() ? accounts.failedAt(failures, now) : failures;
		});
		if (!wait[0].isZero() || knownDevice(attempt, username)) {
			return wait[0];
		}
		addressFailures.compute(attempt.address(), (key, failures) -> {
			wait[0] = addresses.waitAt(failures, now);
			return wait[0].isZero() ? addresses.failedAt(failures, now) : failures;
		});
		if (!wait[0].isZero()) {
			accountFailures.compute(accountKey(attempt, username), LoginThrottle::uncount);
		}
		return wait[0];
	}

	/** The password was right: the account's count starts again, and the address's forgets this one. */
	public void succeeded(SignInAttempt attempt, String username) {
		accountFailures.remove(accountKey(attempt, username));
		if (!knownDevice(attempt, username)) {
			addressFailures.compute(attempt.address(), LoginThrottle::uncount);
		}
	}

	/** Refused for another reason than the password (a disabled account): not a failure. */
	public void undecided(SignInAttempt attempt, String username) {
		accountFailures.compute(accountKey(attempt, username), LoginThrottle::uncount);
		if (!knownDevice(attempt, username)) {
			addressFailures.compute(attempt.address(), LoginThrottle::uncount);
		}
	}

	int accountsRemembered() {
		return accountFailures.size();
	}

	int addressesRemembered() {
		return addressFailures.size();
	}

	private static @Nullable Failures uncount(String key, @Nullable Failures failures) {
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
