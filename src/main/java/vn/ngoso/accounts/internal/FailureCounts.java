package vn.ngoso.accounts.internal;

import java.sql.Timestamp;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.accounts.internal.Backoff.Failures;

/**
 * The sign-in throttle's counts in the database ({@code sign_in_failure}), so that every
 * application node sees the failures made on the others. A change locks its row for the
 * read-modify-write, so parallel attempts (on one node or several) are all counted. At most
 * {@code maxEntries} rows per kind: a new key pushes out the least recently touched (by a
 * sequence), so that no stream of distinct usernames or addresses can fill the table.
 */
final class FailureCounts {

	enum Kind {
		ACCOUNT, ADDRESS
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int maxEntries;

	FailureCounts(JdbcClient jdbc, PlatformTransactionManager transactions, int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
		}
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.maxEntries = maxEntries;
	}

	/** As {@link java.util.Map#compute}, in one transaction: the function's null removes the row. */
	@Nullable Failures compute(Kind kind, String key, UnaryOperator<@Nullable Failures> function) {
		return transaction.execute(status -> {
			// a placeholder row to lock when the key is new; nobody else sees it before the commit
			boolean added = jdbc.sql("""
					insert into sign_in_failure (kind, key, failures, last_at) values (?, ?, 0, now())
					on conflict do nothing
					""").params(kind.name(), key).update() == 1;
			Failures before = added ? null
					: jdbc.sql("select failures, last_at from sign_in_failure where kind = ? and key = ? for update")
						.params(kind.name(), key)
						.query((rs, n) -> new Failures(rs.getInt("failures"), rs.getTimestamp("last_at").toInstant()))
						.single();
			Failures after = function.apply(before);
			if (after == null) {
				remove(kind, key);
				return null;
			}
			jdbc.sql("""
					update sign_in_failure set failures = ?, last_at = ?, touched = nextval('sign_in_failure_touch')
					where kind = ? and key = ?
					""").params(after.count(), Timestamp.from(after.last()), kind.name(), key).update();
			if (added) {
				jdbc.sql("""
						delete from sign_in_failure where kind = :kind and touched <= (
						    select touched from sign_in_failure where kind = :kind order by touched desc offset :max limit 1)
						""").param("kind", kind.name()).param("max", maxEntries).update();
			}
			return after;
		});
	}


	void remove(Kind kind, String key) {
		jdbc.sql("delete from sign_in_failure where kind = ? and key = ?").params(kind.name(), key).update();
	}

	int size(Kind kind) {
		return jdbc.sql("select count(*) from sign_in_failure where kind = ?").param(kind.name()).query(Integer.class)
			.single();
	}
}
