package vn.ngoso.accounts.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down further attempts (see {@link LoginThrottle}).
 *
 * @param accountFailures failures against one account, from devices not known for it, before each
 *        further attempt on it must wait
 * @param addressFailures failures from one client address (an IPv6 /64), whatever the usernames,
 *        before each further attempt from it must wait
 * @param firstDelay the first wait; it doubles with each further failure
 * @param maxDelay the longest wait
 * @param forgetAfter failures are forgotten this long after the last one
 * @param maxEntries accounts (and addresses) remembered at most, the least recently used dropped
 * @param deviceKey base64 of at least 32 bytes signing the known-device cookies; empty: a random
 *        key per start, so that a restart only makes every device unknown again
 * @param deviceDays how long a device stays known after its last sign-in
 */
@ConfigurationProperties("ngoso.sign-in")
public record SignInProperties(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("30s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("1h") Duration forgetAfter, @DefaultValue("50000") int maxEntries,
		@Nullable String deviceKey, @DefaultValue("365") int deviceDays) {
}
