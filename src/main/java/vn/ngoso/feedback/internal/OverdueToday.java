package vn.ngoso.feedback.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.StockToday;

/**
 * Feedback open past its first deadline at the end of a day, with the meaning of the live stock
 * in {@link FeedbackFigures} (first deadline, first answer): the dashboard's "open past the
 * deadline" for a period that reaches today, without the items whose deadline is still ahead.
 */
@Component
class OverdueToday implements StockToday {

	private final JdbcClient jdbc;

	OverdueToday(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String indicator() {
		return Indicators.FEEDBACK_OVERDUE;
	}

	@Override
	public long valueOn(String unitPath, LocalDate day) {
		return jdbc.sql("""
				select count(*) from feedback
				where unit_path <@ cast(:path as ltree) and first_due_on < :day
				  and (received_at at time zone 'Asia/Ho_Chi_Minh')::date <= :day
				  and (first_answered_at is null or (first_answered_at at time zone 'Asia/Ho_Chi_Minh')::date > :day)
				""").param("path", unitPath).param("day", day).query(Long.class).single();
	}
}
