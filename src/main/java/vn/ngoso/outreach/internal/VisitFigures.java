package vn.ngoso.outreach.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.ScopeSql;

/**
 * The figures visits make, where each visit was made (its own hamlet, {@code visit.unit_id}: the
 * household's hamlet on the visit's day, never rewritten by a later move): visits in each month,
 * and households guided to online public services, the provincial app and cashless payment. A
 * household guided to a service counts once, at the hamlet of its first visit with such an
 * outcome, from the later of that visit's month and the household's registration month, so that
 * guided households never outnumber the households registered. A disputed visit (its resident did
 * not confirm it, verification) still counts as a visit but guides nobody until resolved.
 */
@Component
class VisitFigures implements FigureSource {

	/**
	 * {@code %1$s}: the households whose visits are read, over {@code visit v}; {@code %2$s}: the
	 * visits whose figures are answered, over the visit {@code v} (or {@code g}, its first guided
	 * visit). A household's first guided visit is found among all its visits, whatever the scope.
	 */
	private static final String SQL = """
			with v as (
			    select v.id, v.household_id, v.unit_id, v.unit_path, v.visited_on, v.created_at, v.disputed,
			           date_trunc('month', v.visited_on)::date as month
			    from visit v where %1$s),
			guided as (
			    select distinct on (v.household_id, k.indicator) v.household_id, v.unit_id, v.unit_path, v.month,
			           k.indicator
			    from v join visit_outcome o on o.visit_id = v.id
			    cross join lateral (select case when o.item in ('ONLINE_SERVICE_ACCOUNT', 'ONLINE_SERVICE_USED') then 'GUIDED_ONLINE_SERVICES'
			                                    when o.item = 'PROVINCIAL_APP' then 'GUIDED_PROVINCIAL_APP'
			                                    when o.item = 'CASHLESS' then 'GUIDED_CASHLESS' end as indicator) k
			    where k.indicator is not null and not v.disputed
			    order by v.household_id, k.indicator, v.visited_on, v.created_at, v.id)
			select unit_id, 'VISITS' as indicator, month, count(*) as value from v where %2$s group by unit_id, month
			union all
			select v.unit_id, v.indicator, greatest(v.month, date_trunc('month', h.registered_on)::date), count(*)
			from guided v join household h on h.id = v.household_id where %2$s group by 1, 2, 3
			""";

	@Override
	public Optional<String> contributions(FigureScope scope) {
		if (scope instanceof FigureScope.Households) {
			return query(ScopeSql.anyId("v.household_id"), "true");
		}
		if (scope instanceof FigureScope.Under) {
			return query("v.household_id in (select household_id from visit where " + ScopeSql.under("unit_path") + ")",
					ScopeSql.under("v.unit_path"));
		}
		if (scope instanceof FigureScope.All) {
			return query("true", "true");
		}
		return Optional.empty();
	}

	private static Optional<String> query(String households, String visits) {
		return Optional.of(SQL.formatted(households, visits));
	}
}
