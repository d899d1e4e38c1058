package vn.ngoso.feedback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.Scope;

/**
 * Feedback by category and by agency for a span of days, for officers' own subtree: received,
 * first answered (on time, late), still open past the deadline today, and the median days to a
 * first answer. The median does not add up over units, so it is computed here from the records
 * (indexed by path), not kept among the live figures.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackStats {

	/** One row: a category or an agency. */
	public record Row(String key, String name, long received, long answered, long onTime, long late, long overdueNow,
			@Nullable BigDecimal medianDays) {
	}

	private static final String SQL = """
			with f as (
			    select f.*, (f.first_answered_at at time zone 'Asia/Ho_Chi_Minh')::date as answered_on
			    from feedback f
			    where (cast(:path as ltree) is null or f.unit_path <@ cast(:path as ltree))
			      and (f.received_at at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to)
			select %s as key, %s as name, count(*) as received,
			       count(answered_on) as answered,
			       count(*) filter (where answered_on <= first_due_on) as on_time,
			       count(*) filter (where answered_on > first_due_on) as late,
			       count(*) filter (where status not in ('ANSWERED', 'CLOSED') and due_on < :today) as overdue_now,
			       round(cast(percentile_cont(0.5) within group (order by extract(epoch from first_answered_at - received_at) / 86400)
			             as numeric), 1) as median_days
			from f %s group by 1, 2 order by received desc, 2
			""";

	private final JdbcClient jdbc;

	private final CurrentScope scope;

	FeedbackStats(JdbcClient jdbc, CurrentScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	public List<Row> byCategory(LocalDate from, LocalDate to, LocalDate today) {
		return rows(SQL.formatted("f.category", "c.name", "join feedback_category c on c.code = f.category"), from, to, today);
	}

	public List<Row> byAgency(LocalDate from, LocalDate to, LocalDate today) {
		return rows(SQL.formatted("coalesce(a.code, '-')", "coalesce(a.name, '-')", "left join agency a on a.id = f.agency_id"),
				from, to, today);
	}

	private List<Row> rows(String sql, LocalDate from, LocalDate to, LocalDate today) {
		Scope s = scope.officer("feedback stats");
		return jdbc.sql(sql).param("path", s.subtreeFilter()).param("from", from).param("to", to).param("today", today)
			.query((rs, n) -> new Row(rs.getString("key"), rs.getString("name"), rs.getLong("received"),
					rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue_now"),
					rs.getBigDecimal("median_days")))
			.list();
	}
}
