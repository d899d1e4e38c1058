package vn.ngoso.verification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.verification.FlagKind;
import vn.ngoso.verification.FlagRun;

/**
 * Computes every kind of flag over a period in one transaction: one statement per kind, then the
 * period's flags not found again are removed. Running a day twice leaves the same flags (and their
 * reviews); a reader never sees the period half computed.
 */
@Component
public class FlagComputation {

	private final JdbcClient jdbc;

	private final Clock clock;

	FlagComputation(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public FlagRun compute(LocalDate from, LocalDate to) {
		// the run's own stamp: later than any earlier run's, even with a fixed test clock
		OffsetDateTime run = jdbc.sql("select greatest(:now, coalesce(max(computed_at), :now) + interval '1 microsecond')"
				+ " from data_flag").param("now", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS))
			.query(OffsetDateTime.class).single();
		for (FlagKind kind : FlagKind.values()) {
			jdbc.sql(FlagSql.BY_KIND.get(kind)).param("from", from).param("to", to).param("run", run).update();
		}
		jdbc.sql(FlagSql.STALE).param("from", from).param("to", to).param("run", run).update();
		int flags = jdbc.sql("select count(*) from data_flag where day between :from and :to")
			.param("from", from).param("to", to).query(Integer.class).single();
		return new FlagRun(from, to, flags);
	}
}
