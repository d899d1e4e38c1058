package vn.ngoso.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.ngoso.support.IntegrationTest;

/**
 * The throttle alone, on a clock the test moves: how long attempts wait, and that its counts stay
 * bounded. Its counts are in the database (shared by every node), which the tests empty before and
 * after, so that the failures made here throttle no other test's sign-ins.
 */
@IntegrationTest
class LoginThrottleTest {

	static final SignInProperties DEFAULTS = new SignInProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15),
			Duration.ofHours(1), 50_000, null, 365);

	final MovableClock clock = new MovableClock();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	LoginThrottle throttle;

	@BeforeEach
	void emptyCounts() {
		jdbc.sql("delete from sign_in_failure").update();
		throttle = new LoginThrottle(DEFAULTS, clock, jdbc, transactions);
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from sign_in_failure").update();
	}

	static SignInAttempt from(String address) {
		return new SignInAttempt(address, Map.of());
	}

	/** An attempt let through that then fails (the throttle counts it when it lets it through). */
	private void fail(SignInAttempt attempt, String username) {
		assertThat(throttle.admit(attempt, username)).as("admitted").isZero();
	}

	/** As {@link #fail}, after waiting as long as the throttle asks. */
	private void failAfterWaiting(SignInAttempt attempt, String username) {
		Duration wait = throttle.admit(attempt, username);
		if (!wait.isZero()) {
			clock.advance(wait);
			fail(attempt, username);
		}
	}

	@Test
	void afterFiveFailuresEachFurtherAttemptWaitsLongerUpToFifteenMinutes() {
		for (int i = 1; i <= 5; i++) {
			fail(from("10.0.0." + i), "admin");
		}
		assertThat(throttle.admit(from("10.0.1.1"), "admin")).isEqualTo(Duration.ofSeconds(30));

		clock.advance(Duration.ofSeconds(30));
		fail(from("10.0.1.2"), "admin");
		assertThat(throttle.admit(from("10.0.1.3"), "admin")).isEqualTo(Duration.ofSeconds(60));

		for (int i = 0; i < 10; i++) {
			failAfterWaiting(from("10.0.2." + i), "admin");
		}
		assertThat(throttle.admit(from("10.0.3.1"), "admin")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void failuresAreForgottenAnHourAfterTheLast() {
		for (int i = 1; i <= 5; i++) {
			fail(from("10.0.0." + i), "admin");
		}
		clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(throttle.admit(from("10.0.0.9"), "admin")).isZero();
	}

	@Test
	void aSuccessStartsTheAccountsCountAgain() {
		for (int i = 1; i <= 4; i++) {
			fail(from("10.0.0." + i), "xa");
		}
		assertThat(throttle.admit(from("10.0.0.5"), "xa")).isZero();
		throttle.succeeded(from("10.0.0.5"), "xa");
		for (int i = 1; i <= 5; i++) {
			fail(from("10.0.0." + i), "xa");
		}
	}

	@Test
	void aDeviceKnownForTheAccountHasACountOfItsOwn() {
		var known = new SignInAttempt("10.9.9.9", Map.of("admin", "device-1"));
		for (int i = 1; i <= 10; i++) {
			failAfterWaiting(from("10.0.0." + i), "admin");
		}
		assertThat(throttle.admit(from("10.0.1.1"), "admin")).isPositive();

		assertThat(throttle.admit(known, "admin")).isZero();
		throttle.succeeded(known, "admin");
		// but a stolen cookie is no licence to guess: its own failures slow it down the same way
		for (int i = 1; i <= 5; i++) {
			fail(known, "admin");
		}
		assertThat(throttle.admit(known, "admin")).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void oneAddressTryingManyAccountsWaitsAfterTwentyFailures() {
		for (int i = 1; i <= 20; i++) {
			fail(from("203.0.113.7"), "user-" + i);
		}
		assertThat(throttle.admit(from("203.0.113.7"), "someone-else")).isEqualTo(Duration.ofSeconds(30));
		assertThat(throttle.admit(from("203.0.113.8"), "someone-else")).isZero();
	}

	@Test
	void aRefusedAttemptIsNotCounted() {
		for (int i = 1; i <= 5; i++) {
			fail(from("10.0.0." + i), "admin");
		}
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.admit(from("10.0.0.1"), "admin")).isPositive();
		}
		clock.advance(Duration.ofSeconds(30));
		assertThat(throttle.admit(from("10.0.0.1"), "admin")).isZero();
	}

	@Test
	void threeThousandDistinctUsernamesAndAddressesStayWithinABoundOfAThousand() {
		var small = new SignInProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1),
				1_000, null, 365);
		var bounded = new LoginThrottle(small, clock, jdbc, transactions);
		for (int i = 0; i < 3_000; i++) {
			bounded.admit(from("198.51." + (i / 256 % 256) + "." + (i % 256) + "-" + i), "user-" + i + "x".repeat(1_000));
		}
		assertThat(bounded.accountsRemembered()).isEqualTo(1_000);
		assertThat(bounded.addressesRemembered()).isEqualTo(1_000);
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T01:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Ho_Chi_Minh");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
