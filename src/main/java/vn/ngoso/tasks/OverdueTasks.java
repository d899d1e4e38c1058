package vn.ngoso.tasks;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily overdue run: open tasks past their deadline become OVERDUE (with a line in their
 * history), and each is escalated to its accountable person and to the officers of the nearest
 * level above that person's unit, as in-app notifications. One statement, so 100,000 tasks are
 * marked set-wise; {@code overdue_since} records the escalation, so a task is escalated once
 * (a task given with a deadline already past is OVERDUE from the start and escalated that night).
 */
@Service
public class OverdueTasks {

	private static final String MARK = """
			with marked as (
			    update task set status = 'OVERDUE', overdue_since = :today, updated_at = now()
			    where overdue_since is null and status in ('NEW', 'IN_PROGRESS', 'OVERDUE') and due_on < :today
			    returning id, accountable),
			history as (
			    insert into task_event (task_id, actor, kind, progress, status)
			    select m.id, 'system', 'OVERDUE', t.progress, 'OVERDUE' from marked m join task t on t.id = m.id),
			owner as (
			    select u.username, au.path from app_user u left join admin_unit au on au.id = u.unit_id
			    where u.username in (select distinct accountable from marked)),
			above as (
			    select o.username as accountable, x.username as recipient from owner o
			    join lateral (
			        select u2.username, nlevel(a2.path) as lvl, max(nlevel(a2.path)) over () as nearest
			        from app_user u2 join admin_unit a2 on a2.id = u2.unit_id
			        where u2.enabled and u2.role in ('PROVINCE', 'DISTRICT', 'COMMUNE')
			          and a2.path @> o.path and a2.path <> o.path) x on x.lvl = x.nearest),
			recipients as (
			    select username as accountable, username as recipient from owner
			    union select accountable, recipient from above),
			sent as (
			    insert into notification (username, kind, task_id)
			    select r.recipient, 'TASK_OVERDUE', m.id from marked m join recipients r on r.accountable = m.accountable
			    returning 1)
			select (select count(*) from marked) as tasks, (select count(*) from sent) as notifications
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OverdueTasks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Run(long tasks, long notifications) {
	}

	/** Marks and escalates everything overdue as of today's date on the clock. */
	@Transactional
	public Run run() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql(MARK).param("today", today)
			.query((rs, n) -> new Run(rs.getLong("tasks"), rs.getLong("notifications"))).single();
	}
}
