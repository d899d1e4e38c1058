package vn.ngoso.verification.internal;

import java.util.Map;
import vn.ngoso.verification.FlagKind;

/**
 * One statement per kind of flag, each a single pass over the period {@code :from}..{@code :to}
 * (dates of the visits or of the readiness items). Every statement reads its threshold from
 * {@code flag_rule} (no row when the kind is switched off), writes the flags it finds with
 * {@code computed_at = :run}, and on a flag found again keeps the review. Reasons are written
 * here, in Vietnamese, with the numbers that raised them.
 *
 * <p>
 * The outreach, households and teams tables are read directly: the flags are a read model over
 * them, and one SQL pass per kind is what keeps a province's night bounded.
 */
final class FlagSql {

	private static final String UPSERT = """
			on conflict (day, kind, subject) do update set unit_id = excluded.unit_id, unit_path = excluded.unit_path,
			    reason = excluded.reason, member_id = excluded.member_id, team_id = excluded.team_id,
			    household_id = excluded.household_id, visit_ids = excluded.visit_ids, computed_at = excluded.computed_at
			""";

	private static final String INSERT = """
			insert into data_flag (day, kind, subject, unit_id, unit_path, reason, member_id, team_id, household_id,
			                       visit_ids, computed_at)
			""";

	/** Visits counted in the hour their record reached the server, when that is the visit's own day. */
	private static final String VISITS_HOUR = """
			with rule as (select threshold from flag_rule where kind = 'VISITS_HOUR' and enabled),
			hours as (
			    select vm.member_id, v.visited_on as day,
			           date_trunc('hour', v.created_at at time zone 'Asia/Ho_Chi_Minh') as hour,
			           count(*) as n, array_agg(v.id order by v.created_at) as visits
			    from visit v join visit_member vm on vm.visit_id = v.id
			    where v.visited_on between :from and :to
			      and (v.created_at at time zone 'Asia/Ho_Chi_Minh')::date = v.visited_on
			    group by vm.member_id, v.visited_on, 3
			    having count(*) >= (select threshold from rule)),
			worst as (select distinct on (member_id, day) * from hours order by member_id, day, n desc, hour)
			""" + INSERT + """
			select w.day, 'VISITS_HOUR', 'member:' || m.id, t.unit_id, t.unit_path,
			       format('Thành viên %s ghi %s lượt thăm trong 1 giờ (%s–%s) ngày %s (ngưỡng %s)', m.full_name, w.n,
			              to_char(w.hour, 'HH24:MI'), to_char(w.hour + interval '1 hour', 'HH24:MI'),
			              to_char(w.day, 'DD/MM/YYYY'), r.threshold),
			       m.id, t.id, null, w.visits, :run
			from worst w join member m on m.id = w.member_id join team t on t.id = m.team_id cross join rule r
			""" + UPSERT;

	private static final String VISITS_DAY = """
			with rule as (select threshold from flag_rule where kind = 'VISITS_DAY' and enabled),
			days as (
			    select vm.member_id, v.visited_on as day, count(*) as n, array_agg(v.id order by v.created_at) as visits
			    from visit v join visit_member vm on vm.visit_id = v.id
			    where v.visited_on between :from and :to
			    group by vm.member_id, v.visited_on
			    having count(*) >= (select threshold from rule))
			""" + INSERT + """
			select d.day, 'VISITS_DAY', 'member:' || m.id, t.unit_id, t.unit_path,
			       format('Thành viên %s ghi %s lượt thăm trong ngày %s (ngưỡng %s)', m.full_name, d.n,
			              to_char(d.day, 'DD/MM/YYYY'), r.threshold),
			       m.id, t.id, null, d.visits, :run
			from days d join member m on m.id = d.member_id join team t on t.id = m.team_id cross join rule r
			""" + UPSERT;

	/**
	 * "Elsewhere": the provincial centre (a desk whose unit has no parent), or a commune's desk that
	 * is not the visited hamlet's own commune.
	 */
	private static final String DESK_DAY = """
			with rule as (select threshold from flag_rule where kind = 'DESK_DAY' and enabled),
			clashes as (
			    select vm.member_id, v.visited_on as day, count(distinct v.id) as n,
			           array_agg(distinct v.id) as visits, string_agg(distinct du.name, ', ') as desks
			    from visit v join visit_member vm on vm.visit_id = v.id
			    join service_desk_member sm on sm.member_id = vm.member_id
			    join service_desk_day d on d.id = sm.day_id and d.served_on = v.visited_on
			    join admin_unit du on du.id = d.unit_id
			    where v.visited_on between :from and :to
			      and (du.parent_id is null or not v.unit_path <@ d.unit_path)
			    group by vm.member_id, v.visited_on
			    having count(distinct v.id) >= (select threshold from rule))
			""" + INSERT + """
			select c.day, 'DESK_DAY', 'member:' || m.id, t.unit_id, t.unit_path,
			       format('Thành viên %s ghi %s lượt thăm ngày %s, ngày đó trực hỗ trợ tại bộ phận một cửa của %s (ngưỡng %s)',
			              m.full_name, c.n, to_char(c.day, 'DD/MM/YYYY'), c.desks, r.threshold),
			       m.id, t.id, null, c.visits, :run
			from clashes c join member m on m.id = c.member_id join team t on t.id = m.team_id cross join rule r
			""" + UPSERT;

	/** The visit's members by name, for the reasons of flags about one visit. */
	private static final String VISIT_MEMBERS = """
			coalesce((select string_agg(m.full_name, ', ' order by m.full_name)
			          from visit_member vm join member m on m.id = vm.member_id where vm.visit_id = v.id), '?')""";

	private static final String MANY_FLUENT = """
			with rule as (select threshold from flag_rule where kind = 'MANY_FLUENT' and enabled),
			fluent as (
			    select o.visit_id, count(distinct o.resident_id) as n
			    from visit v join visit_outcome o on o.visit_id = v.id
			    where v.visited_on between :from and :to and o.item = 'FLUENT'
			    group by o.visit_id
			    having count(distinct o.resident_id) >= (select threshold from rule))
			""" + INSERT + """
			select v.visited_on, 'MANY_FLUENT', 'visit:' || v.id, v.unit_id, v.unit_path,
			       format('Lượt thăm hộ %s ngày %s (%s) ghi %s người dân thành thạo trong một lần (ngưỡng %s)',
			              h.code, to_char(v.visited_on, 'DD/MM/YYYY'), """ + VISIT_MEMBERS + """
			, f.n, r.threshold),
			       null, v.team_id, v.household_id, array[v.id], :run
			from fluent f join visit v on v.id = f.visit_id join household h on h.id = v.household_id cross join rule r
			""" + UPSERT;

	/** An outcome for an item the resident held since an earlier day, reached by another record. */
	private static final String ALREADY_HAD = """
			with rule as (select threshold from flag_rule where kind = 'ALREADY_HAD' and enabled),
			repeats as (
			    select v.id as visit_id, count(*) as n, min(g.since) as since
			    from visit v join visit_outcome o on o.visit_id = v.id
			    join readiness g on g.resident_id = o.resident_id and g.item = o.item
			    where v.visited_on between :from and :to
			      and g.since < v.visited_on and g.visit_id is distinct from v.id
			    group by v.id
			    having count(*) >= (select threshold from rule))
			""" + INSERT + """
			select v.visited_on, 'ALREADY_HAD', 'visit:' || v.id, v.unit_id, v.unit_path,
			       format('Lượt thăm hộ %s ngày %s (%s) ghi %s kết quả mà người dân đã có từ trước (sớm nhất từ %s; ngưỡng %s)',
			              h.code, to_char(v.visited_on, 'DD/MM/YYYY'), """ + VISIT_MEMBERS + """
			, p.n, to_char(p.since, 'DD/MM/YYYY'), r.threshold),
			       null, v.team_id, v.household_id, array[v.id], :run
			from repeats p join visit v on v.id = p.visit_id join household h on h.id = v.household_id cross join rule r
			""" + UPSERT;

	/** Raised on each day a household is visited once more with nothing changed in the window. */
	private static final String REPEAT_NO_CHANGE = """
			with rule as (select threshold, window_days from flag_rule where kind = 'REPEAT_NO_CHANGE' and enabled),
			visited as (select distinct v.household_id, v.visited_on as day from visit v where v.visited_on between :from and :to),
			runs as (
			    select d.household_id, d.day, count(*) as n, array_agg(w.id order by w.visited_on) as visits,
			           max(w.unit_id) as unit_id, max(w.team_id) as team_id
			    from visited d cross join rule r
			    join visit w on w.household_id = d.household_id
			                and w.visited_on between d.day - (r.window_days - 1) and d.day
			    group by d.household_id, d.day
			    having count(*) >= (select threshold from rule)
			       and not bool_or(exists (select 1 from visit_outcome o where o.visit_id = w.id)))
			""" + INSERT + """
			select s.day, 'REPEAT_NO_CHANGE', 'household:' || h.id, u.id, u.path,
			       format('Hộ %s được thăm %s lần trong %s ngày đến %s mà không ghi kết quả nào (ngưỡng %s)',
			              h.code, s.n, r.window_days, to_char(s.day, 'DD/MM/YYYY'), r.threshold),
			       null, s.team_id, h.id, s.visits, :run
			from runs s join household h on h.id = s.household_id join admin_unit u on u.id = s.unit_id cross join rule r
			""" + UPSERT;

	/**
	 * A household counts as covered from the first day one of its residents was FLUENT (the age
	 * rule of the figures is left out: a jump is about how fast records arrive). Raised on the first
	 * day the rise over the window reaches the threshold, not on each day it stays there, and only
	 * for hamlets of at least {@code min_households} households (one household is 100 points).
	 */
	private static final String COVERED_JUMP = """
			with rule as (select threshold, window_days, coalesce(min_households, 1) as min_households
			              from flag_rule where kind = 'COVERED_JUMP' and enabled),
			firsts as (
			    select r.household_id, min(g.since) as since
			    from readiness g join resident r on r.id = g.resident_id
			    where g.item = 'FLUENT' group by r.household_id),
			risen as (
			    select h.unit_id, d.day,
			           count(*) filter (where f.since > d.day - r.window_days) as rose,
			           count(*) filter (where f.since < d.day) as rose_before
			    from firsts f join household h on h.id = f.household_id cross join rule r
			    join (select generate_series(cast(:from as date), cast(:to as date), interval '1 day')::date as day) d
			      on f.since > d.day - r.window_days - 1 and f.since <= d.day
			    group by h.unit_id, d.day),
			sizes as (select unit_id, count(*) as n from household where unit_id in (select unit_id from risen) group by unit_id),
			jumps as (
			    select s.unit_id, s.day, s.rose, z.n, 100.0 * s.rose / z.n as points, 100.0 * s.rose_before / z.n as points_before
			    from risen s join sizes z on z.unit_id = s.unit_id),
			teams as (select distinct on (unit_id) id, unit_id, unit_path, name from team order by unit_id, id)
			""" + INSERT + """
			select j.day, 'COVERED_JUMP', 'team:' || t.id, t.unit_id, t.unit_path,
			       format('Tổ %s: tỷ lệ hộ được phủ tăng %s điểm trong %s ngày đến %s (%s/%s hộ; từ %s%% lên %s%%; ngưỡng %s điểm)',
			              t.name, round(j.points), r.window_days, to_char(j.day, 'DD/MM/YYYY'), j.rose, j.n,
			              round(100.0 * b.covered / j.n), round(100.0 * (b.covered + j.rose) / j.n), r.threshold),
			       null, t.id, null, '{}'::uuid[], :run
			from jumps j join teams t on t.unit_id = j.unit_id cross join rule r
			cross join lateral (select count(*) as covered from firsts f join household h on h.id = f.household_id
			                    where h.unit_id = j.unit_id and f.since <= j.day - r.window_days) b
			where j.points >= r.threshold and j.points_before < r.threshold and j.n >= r.min_households
			""" + UPSERT;

	/**
	 * A phone (the id the offline app keeps across sign-ins) that sent visits of several accounts
	 * within the window. Raised on a day one of its accounts had not used it in the window before,
	 * so a phone two members share raises one flag, not one a day, and a third account raises another.
	 */
	private static final String SHARED_DEVICE = """
			with rule as (select threshold, window_days from flag_rule where kind = 'SHARED_DEVICE' and enabled),
			days as (
			    select v.device_id, v.visited_on as day, array_agg(distinct v.recorded_by) as accounts
			    from visit v where v.device_id is not null and v.visited_on between :from and :to
			    group by v.device_id, v.visited_on),
			shared as (
			    select d.device_id, d.day, count(distinct w.recorded_by) as n, array_agg(distinct w.recorded_by) as accounts,
			           array_agg(w.id order by w.visited_on, w.id) as visits,
			           mode() within group (order by w.team_id) as team_id, mode() within group (order by w.unit_id) as unit_id
			    from days d cross join rule r
			    join visit w on w.device_id = d.device_id and w.visited_on between d.day - (r.window_days - 1) and d.day
			    where exists (select 1 from unnest(d.accounts) a
			                  where not exists (select 1 from visit e where e.device_id = d.device_id and e.recorded_by = a
			                                      and e.visited_on between d.day - (r.window_days - 1) and d.day - 1))
			    group by d.device_id, d.day
			    having count(distinct w.recorded_by) >= (select threshold from rule))
			""" + INSERT + """
			select s.day, 'SHARED_DEVICE', 'device:' || s.device_id, coalesce(t.unit_id, u.id), coalesce(t.unit_path, u.path),
			       format('Một điện thoại (mã %s…) gửi lượt thăm của %s tài khoản trong %s ngày đến %s: %s (ngưỡng %s)',
			              left(s.device_id::text, 8), s.n, r.window_days, to_char(s.day, 'DD/MM/YYYY'),
			              (select string_agg(coalesce(a.display_name, x), ', ' order by coalesce(a.display_name, x))
			               from unnest(s.accounts) x left join app_user a on a.username = x), r.threshold),
			       null, s.team_id, null, s.visits, :run
			from shared s join admin_unit u on u.id = s.unit_id left join team t on t.id = s.team_id cross join rule r
			""" + UPSERT;

	static final Map<FlagKind, String> BY_KIND = Map.of(FlagKind.VISITS_HOUR, VISITS_HOUR, FlagKind.VISITS_DAY,
			VISITS_DAY, FlagKind.DESK_DAY, DESK_DAY, FlagKind.MANY_FLUENT, MANY_FLUENT, FlagKind.ALREADY_HAD,
			ALREADY_HAD, FlagKind.REPEAT_NO_CHANGE, REPEAT_NO_CHANGE, FlagKind.COVERED_JUMP, COVERED_JUMP,
			FlagKind.SHARED_DEVICE, SHARED_DEVICE);

	/** Flags of the period that this run did not find again. */
	static final String STALE = "delete from data_flag where day between :from and :to and computed_at <> :run";

	private FlagSql() {
	}
}
