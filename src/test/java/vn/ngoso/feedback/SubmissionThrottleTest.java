package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.ngoso.support.IntegrationTest;

/** The throttle on a fixed clock; its counts are in the database, emptied after each test. */
@IntegrationTest
class SubmissionThrottleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void forget() {
		jdbc.sql("delete from submission_count").update();
	}

	final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	@Test
	void threeThousandDistinctAddressesStayWithinABoundOfAThousand() {
		var throttle = new SubmissionThrottle(5, Duration.ofMinutes(10), 1_000, clock, jdbc, transactions);
		jdbc.sql("delete from submission_count").update();
		for (int i = 0; i < 3_000; i++) {
			throttle.acquire("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
		}
		assertThat(throttle.addresses()).isEqualTo(1_000);
	}

	@Test
	void theSixthSubmissionFromOneAddressIsRefused() {
		var throttle = new SubmissionThrottle(5, Duration.ofMinutes(10), 1_000, clock, jdbc, transactions);
		for (int i = 0; i < 5; i++) {
			throttle.acquire("203.0.113.7");
		}
		assertThatThrownBy(() -> throttle.acquire("203.0.113.7")).isInstanceOf(Throttled.class);
		throttle.acquire("203.0.113.8");
	}

	@Test
	void theAddressesOfOneIpv6NetworkCountAsOne() {
		var throttle = new SubmissionThrottle(5, Duration.ofMinutes(10), 1_000, clock, jdbc, transactions);
		for (int i = 1; i <= 5; i++) {
			throttle.acquire("2001:db8:1:2::" + Integer.toHexString(i));
		}
		assertThatThrownBy(() -> throttle.acquire("2001:db8:1:2:ffff::9")).isInstanceOf(Throttled.class);
		throttle.acquire("2001:db8:1:3::1");
	}
}
