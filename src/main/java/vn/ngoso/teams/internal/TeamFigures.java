package vn.ngoso.teams.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.ScopeSql;

/**
 * The figures teams make: communes with teams (at the commune, from its first team's decision),
 * teams (from their decision), members (from joining to leaving), youth members (while 16–30
 * and in a team) and teams outside 4–12 members, each month's end as it was then.
 */
@Component
public class TeamFigures implements FigureSource {

	private static final String SQL = """
			with t as (
			    select t.id, t.unit_id, case when u.level >= 4 then u.parent_id else u.id end as commune_id,
			           date_trunc('month', t.decision_date)::date as m0
			    from team t join admin_unit u on u.id = t.unit_id where %s),
			m as (
			    select m.team_id, t.unit_id, t.m0, m.joined_on, m.left_on, m.birth_date
			    from t join member m on m.team_id = t.id),
			size_changes as (
			    select id as team_id, m0 as month, 0 as change from t
			    union all
			    select team_id, greatest(date_trunc('month', joined_on)::date, m0), 1 from m
			    union all
			    select team_id, greatest(date_trunc('month', left_on)::date, m0), -1 from m where left_on is not null),
			sizes as (
			    select team_id, month, sum(sum(change)) over (partition by team_id order by month) as size
			    from size_changes group by team_id, month),
			outside as (
			    select team_id, month, flag - coalesce(lag(flag) over (partition by team_id order by month), 0) as change
			    from (select team_id, month, case when size < 4 or size > 12 then 1 else 0 end as flag from sizes) f),
			youth as (
			    select unit_id,
			           date_trunc('month', greatest(joined_on, (birth_date + interval '16 years')::date))::date as s,
			           date_trunc('month', least(coalesce(left_on, 'infinity'::date),
			                                     (birth_date + interval '31 years')::date))::date as e
			    from m)
			select commune_id as unit_id, 'COMMUNES_WITH_TEAMS' as indicator, min(m0) as month, 1 as value
			from t group by commune_id
			union all
			select unit_id, 'TEAMS', m0, count(*) from t group by unit_id, m0
			union all
			select unit_id, 'MEMBERS', date_trunc('month', joined_on)::date, count(*) from m group by 1, 3
			union all
			select unit_id, 'MEMBERS', date_trunc('month', left_on)::date, -count(*) from m
			where left_on is not null group by 1, 3
			union all
			select unit_id, 'YOUTH_MEMBERS', s, count(*) from youth where s < e group by unit_id, s
			union all
			select unit_id, 'YOUTH_MEMBERS', e, -count(*) from youth where s < e group by unit_id, e
			union all
			select t.unit_id, 'TEAMS_OUTSIDE_SIZE', o.month, sum(o.change) from outside o join t on t.id = o.team_id
			where o.change <> 0 group by t.unit_id, o.month
			""";

	private final JdbcClient jdbc;

	TeamFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.communes(scope, "(case when u.level >= 4 then u.parent_id else u.id end)", "t.unit_path")
			.map(SQL::formatted);
	}

	/** The communes whose team figures a change to teams at these units touches. */
	public FigureScope scopeOfUnits(Collection<Long> unitIds) {
		List<Long> communes = jdbc.sql("""
				select distinct case when level >= 4 then parent_id else id end from admin_unit where id in (:ids)
				""").param("ids", unitIds).query(Long.class).list();
		return FigureScope.communes(communes);
	}
}
