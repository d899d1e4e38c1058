package vn.ngoso.households.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.indicators.FigureScope;
import vn.ngoso.indicators.FigureSource;

/**
 * The figures households make, at their hamlet: households, people 15+, each readiness item and
 * covered households. A household counts from the month of its registration date (a fact about
 * it, not when its row was written); a resident from the month they are both registered and 15; an item
 * from the month it became true, but not before its holder counts; a household is covered from
 * the month its first resident counts as fluent.
 */
@Component
class HouseholdFigures implements FigureSource {

	private static final String SQL = """
			with h as (
			    select h.id, h.unit_id, date_trunc('month', h.registered_on)::date as m0
			    from household h where %s),
			r as (
			    select r.id, h.id as household_id, h.unit_id,
			           greatest(h.m0, date_trunc('month', r.registered_on)::date,
			                    (date_trunc('month', coalesce(r.birth_date, make_date(r.birth_year, 1, 1)))
			                     + interval '15 years')::date) as month
			    from h join resident r on r.household_id = h.id),
			ready as (
			    select r.unit_id, r.household_id, g.item, greatest(r.month, date_trunc('month', g.since)::date) as month
			    from r join readiness g on g.resident_id = r.id)
			select unit_id, 'HOUSEHOLDS' as indicator, m0 as month, count(*) as value from h group by unit_id, m0
			union all
			select unit_id, 'RESIDENTS_15', month, count(*) from r group by unit_id, month
			union all
			select unit_id, 'READY_' || item, month, count(*) from ready group by unit_id, item, month
			union all
			select unit_id, 'COVERED_HOUSEHOLDS', min(month), 1 from ready where item = 'FLUENT'
			group by unit_id, household_id
			""";

	@Override
	public Optional<Query> contributions(FigureScope scope) {
		String where;
		if (scope instanceof FigureScope.Households) {
			where = "h.id = any(:ids)";
		}
		else if (scope instanceof FigureScope.Under) {
			where = "h.unit_path <@ cast(:path as ltree)";
		}
		else if (scope instanceof FigureScope.All) {
			where = "true";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new Query(SQL.formatted(where), Map.of()));
	}
}
