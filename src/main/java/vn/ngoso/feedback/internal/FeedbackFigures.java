package vn.ngoso.feedback.internal;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.figures.ScopeSql;

/**
 * The figures feedback makes, at the unit where it was raised, by Vietnam's calendar: items
 * received in a month; first answers in a month, on time (by the first deadline) or late; and
 * open past the deadline as a stock — +1 in the month after the first deadline passes, −1 in the
 * month of a late first answer. Nothing depends on today, so the live rows and a recompute agree:
 * "open past the deadline at the end of month M" is what the records say about M's last day
 * (for the current month: if nobody answers before it ends). Reopened items keep their first
 * answer here; the median time to answer is not additive and lives on the statistics page.
 */
@Component
class FeedbackFigures implements FigureSource {

	private static final String SQL = """
			with f as (
			    select unit_id, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as received_on, first_due_on,
			           (first_answered_at at time zone 'Asia/Ho_Chi_Minh')::date as answered_on
			    from feedback where %s)
			select unit_id, 'FEEDBACK_ITEMS' as indicator, date_trunc('month', received_on)::date as month, count(*) as value
			from f group by 1, 3
			union all
			select unit_id, 'FEEDBACK_ANSWERED', date_trunc('month', answered_on)::date, count(*)
			from f where answered_on is not null group by 1, 3
			union all
			select unit_id, case when answered_on <= first_due_on then 'FEEDBACK_ON_TIME' else 'FEEDBACK_LATE' end,
			       date_trunc('month', answered_on)::date, count(*)
			from f where answered_on is not null group by 1, 2, 3
			union all
			select unit_id, 'FEEDBACK_OVERDUE', date_trunc('month', first_due_on + 1)::date, count(*)
			from f where answered_on is null or answered_on > first_due_on group by 1, 3
			union all
			select unit_id, 'FEEDBACK_OVERDUE', date_trunc('month', answered_on)::date, -count(*)
			from f where answered_on > first_due_on group by 1, 3
			""";

	@Override
	public Set<RecordKind> recordKinds() {
		return Set.of(RecordKind.FEEDBACK);
	}

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.records(scope, "id", "unit_path").map(SQL::formatted);
	}
}
