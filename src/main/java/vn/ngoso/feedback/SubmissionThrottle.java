package vn.ngoso.feedback;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.platform.web.ClientAddress;

/**
 * Submissions without a login (public page, Open311) per client address (an IPv6 /64): at most
 * {@code ngoso.feedback.throttle.max} in a sliding {@code ngoso.feedback.throttle.window}. The
 * times are in the database ({@code submission_count}), so every application node counts the
 * submissions made on the others; enough against one person or script flooding, not against a
 * botnet. At most {@code ngoso.feedback.throttle.max-addresses} addresses are remembered, the least
 * recently seen dropped first, so a scan of many addresses cannot fill the table.
 */
@Service
public class SubmissionThrottle {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int max;

	private final Duration window;

	private final int maxAddresses;

	private final Clock clock;

	SubmissionThrottle(@Value("${ngoso.feedback.throttle.max:5}") int max,
			@Value("${ngoso.feedback.throttle.window:PT10M}") Duration window,
			@Value("${ngoso.feedback.throttle.max-addresses:100000}") int maxAddresses, Clock clock, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		if (maxAddresses < 1) {
			throw new IllegalArgumentException("max-addresses must be positive: " + maxAddresses);
		}
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.max = max;
		this.window = window;
		this.maxAddresses = maxAddresses;
		this.clock = clock;
	}

	/** Counts one submission from this address, or refuses it (nothing counted) when over the limit. */
	public void acquire(String address) {
		Instant now = clock.instant();
		String key = ClientAddress.key(address);
		Long refusedFor = transaction.execute(status -> {
			// a new address gets an empty row to lock; nobody else sees it before the commit
			boolean added = jdbc.sql("insert into submission_count (address, times) values (?, '{}') on conflict do nothing")
				.param(key).update() == 1;
			List<Instant> times = new ArrayList<>(added ? List.of()
					: jdbc.sql("select times from submission_count where address = ? for update").param(key)
						.query((rs, n) -> instants(rs.getArray("times"))).single());
			times.removeIf(t -> !t.isAfter(now.minus(window)));
			long refused = 0;
			if (times.size() >= max) {
				refused = Math.max(1, Duration.between(now, times.get(0).plus(window)).toMinutes() + 1);
			}
			else {
				times.add(now);
			}
			jdbc.sql("""
					update submission_count set times = cast(? as timestamptz[]), touched = nextval('submission_count_touch')
					where address = ?
					""").params(arrayLiteral(times), key).update();
			if (added) {
				jdbc.sql("""
						delete from submission_count where touched <= (
						    select touched from submission_count order by touched desc offset ? limit 1)
						""").param(maxAddresses).update();
			}
			return refused;
		});
		if (refusedFor != null && refusedFor > 0) {
			throw new Throttled(refusedFor);
		}
	}

	/** Addresses remembered now. */
	int addresses() {
		return jdbc.sql("select count(*) from submission_count").query(Integer.class).single();
	}

	/** For tests: forget every address. */
	public void reset() {
		jdbc.sql("delete from submission_count").update();
	}

	/** PostgreSQL's text form of a timestamptz[] (ISO instants need no escaping). */
	private static String arrayLiteral(List<Instant> times) {
		return times.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "{", "}"));
	}

	private static List<Instant> instants(Array array) throws SQLException {
		List<Instant> times = new ArrayList<>();
		for (Object t : (Object[]) array.getArray()) {
			times.add(((Timestamp) t).toInstant());
		}
		times.sort(null);
		return times;
	}
}
