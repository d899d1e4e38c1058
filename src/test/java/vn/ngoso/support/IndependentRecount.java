package vn.ngoso.support;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The household, readiness, visit and guided figures counted again from the raw tables, as
 * {@code docs/figures-rules.md} states them, with SQL written apart from the figure sources: no
 * monthly deltas, each month's stock counted directly ("registered by the end of the month,
 * living under the unit now, 15 by then"), and a visit placed at the hamlet its household was
 * in on the visit's date, found from the household's move history rather than from the visit's
 * own columns. It answers the units, indicators and months where the live figures say otherwise.
 */
public final class IndependentRecount {

	/** Each month's figure at each unit, counted from the records by the documented rules. */
	private static final String RECOUNT = """
			with months as (
			    select m::date as m, (m + interval '1 month')::date as next
			    from generate_series(cast(:from as date), cast(:to as date), interval '1 month') m),
			units as (select id, path from admin_unit where id in (:units)),
			people as (
			    select r.id, r.household_id, h.unit_path,
			           greatest(h.registered_on, r.registered_on,
			                    (coalesce(r.birth_date, make_date(r.birth_year, 1, 1)) + interval '15 years')::date) as counts_on,
			           greatest(h.registered_on, r.registered_on,
			                    (coalesce(r.birth_date, make_date(r.birth_year, 1, 1)) + interval '18 years')::date) as adult_on
			    from resident r join household h on h.id = r.household_id),
			ready as (
			    select p.household_id, p.unit_path, g.item, greatest(p.counts_on, g.since) as counts_on
			    -- an item a visit its resident did not confirm set (disputed) counts nowhere
			    from people p join readiness g on g.resident_id = p.id and not g.disputed),
			placed as (
			    -- the hamlet on the visit's day: where the last move in force then took the household,
			    -- else where its first later move took it from, else where it is now; a move is in
			    -- force on a visit's day when made on an earlier day, or on that day and recorded
			    -- before the visit was
			    select v.id, v.household_id, v.visited_on, v.disputed,
			           coalesce((select m.to_unit_id from household_move m
			                     where m.household_id = v.household_id
			                       and (m.moved_on < v.visited_on or m.moved_on = v.visited_on and m.moved_at <= v.created_at)
			                     order by m.moved_on desc, m.moved_at desc, m.id desc limit 1),
			                    (select m.from_unit_id from household_move m
			                     where m.household_id = v.household_id
			                       and (m.moved_on > v.visited_on or m.moved_on = v.visited_on and m.moved_at > v.created_at)
			                     order by m.moved_on, m.moved_at, m.id limit 1),
			                    h.unit_id) as hamlet
			    from visit v join household h on h.id = v.household_id),
			visits as (
			    select p.id, p.household_id, p.visited_on, p.disputed, u.path from placed p join admin_unit u on u.id = p.hamlet),
			guided_visits as (
			    select v.household_id, v.visited_on, v.path,
			           case when o.item in ('ONLINE_SERVICE_ACCOUNT', 'ONLINE_SERVICE_USED') then 'GUIDED_ONLINE_SERVICES'
			                when o.item = 'PROVINCIAL_APP' then 'GUIDED_PROVINCIAL_APP'
			                when o.item = 'CASHLESS' then 'GUIDED_CASHLESS' end as indicator
			    from visits v join visit_outcome o on o.visit_id = v.id
			    -- a disputed visit still counts as a visit, but guides nobody
			    where not v.disputed),
			first_guided as (
			    select distinct on (g.household_id, g.indicator) g.household_id, g.indicator, g.path,
			           greatest(g.visited_on, h.registered_on) as counts_on
			    from guided_visits g join household h on h.id = g.household_id
			    where g.indicator is not null
			    order by g.household_id, g.indicator, g.visited_on)
			select u.id as unit_id, 'HOUSEHOLDS' as indicator, m.m as month,
			       (select count(*) from household h where h.unit_path <@ u.path and h.registered_on < m.next) as value
			from units u cross join months m
			union all
			select u.id, 'RESIDENTS_15', m.m,
			       (select count(*) from people p where p.unit_path <@ u.path and p.counts_on < m.next)
			from units u cross join months m
			union all
			select u.id, 'READY_' || i.item, m.m,
			       (select count(*) from ready r where r.unit_path <@ u.path and r.item = i.item and r.counts_on < m.next)
			from units u cross join months m
			cross join (values ('SMARTPHONE'), ('VNEID_DOSSIER'), ('VNEID_ACTIVATED'), ('PROVINCIAL_APP'),
			                   ('ONLINE_SERVICE_ACCOUNT'), ('ONLINE_SERVICE_USED'), ('BANK_ACCOUNT'), ('CASHLESS'),
			                   ('VSSID'), ('FLUENT'), ('DIGITAL_LITERACY')) i (item)
			union all
			select u.id, 'RESIDENTS_18', m.m,
			       (select count(*) from people p where p.unit_path <@ u.path and p.adult_on < m.next)
			from units u cross join months m
			union all
			select u.id, 'DIGITAL_LITERACY_ADULTS', m.m,
			       (select count(*) from people p join readiness g on g.resident_id = p.id and g.item = 'DIGITAL_LITERACY'
			          and not g.disputed
			        where p.unit_path <@ u.path and greatest(p.adult_on, g.since) < m.next)
			from units u cross join months m
			union all
			select u.id, 'COVERED_HOUSEHOLDS', m.m,
			       (select count(distinct r.household_id) from ready r
			        where r.unit_path <@ u.path and r.item = 'FLUENT' and r.counts_on < m.next)
			from units u cross join months m
			union all
			select u.id, 'VISITS', m.m,
			       (select count(*) from visits v where v.path <@ u.path and v.visited_on >= m.m and v.visited_on < m.next)
			from units u cross join months m
			union all
			select u.id, i.indicator, m.m,
			       (select count(*) from first_guided g where g.path <@ u.path and g.indicator = i.indicator
			          and g.counts_on < m.next)
			from units u cross join months m
			cross join (values ('GUIDED_ONLINE_SERVICES'), ('GUIDED_PROVINCIAL_APP'), ('GUIDED_CASHLESS')) i (indicator)
			""";

	/** What the live rows say: a stock summed up to the month, a flow (visits) in the month alone. */
	private static final String COMPARE = """
			with recount as (%s),
			live as (
			    select c.unit_id, c.indicator, c.month,
			           (select coalesce(sum(f.value), 0) from figure f
			            where f.unit_id = c.unit_id and f.indicator = c.indicator
			              and (f.month = c.month or c.indicator <> 'VISITS' and f.month < c.month)) as value
			    from recount c)
			select c.unit_id, u.name, c.indicator, c.month, l.value as live, c.value as recount
			from recount c join live l using (unit_id, indicator, month) join admin_unit u on u.id = c.unit_id
			where l.value <> c.value
			order by u.level, u.name, c.indicator, c.month
			""";

	private final JdbcClient jdbc;

	public IndependentRecount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The commune with this official code, its hamlets, and the district and province above it: where
	 * the live figures and the recount disagree, month by month from {@code from} to {@code to}.
	 */
	public List<String> differencesAround(String communeCode, LocalDate from, LocalDate to) {
		List<Long> units = jdbc.sql("""
				select u.id from admin_unit c join admin_unit u on c.path <@ u.path or u.path <@ c.path
				where c.code = ? and c.valid_to is null and u.valid_to is null
				""").param(communeCode).query(Long.class).list();
		List<String> differences = new ArrayList<>();
		jdbc.sql(COMPARE.formatted(RECOUNT)).param("units", units).param("from", Date.valueOf(from.withDayOfMonth(1)))
			.param("to", Date.valueOf(to.withDayOfMonth(1)))
			.query((rs, n) -> differences.add("%s (%d) %s %s: live %d, recount %d".formatted(rs.getString("name"),
					rs.getLong("unit_id"), rs.getString("indicator"), rs.getDate("month").toLocalDate(), rs.getLong("live"),
					rs.getLong("recount"))))
			.list();
		return differences;
	}
}
