package vn.ngoso.outreach.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.indicators.FigureScope;
import vn.ngoso.indicators.FigureSource;

/**
 * The figures visits make, at the household's hamlet: visits in each month, and households
 * guided to online public services, the provincial app and cashless payment, each counted once,
 * from the month of its first visit with such an outcome.
 */
@Component
class VisitFigures implements FigureSource {

	private static final String SQL = """
			with v as (
			    select v.id, v.household_id, h.unit_id, date_trunc('month', v.visited_on)::date as month
			    from household h join visit v on v.household_id = h.id where %s),
			guided as (
			    select v.unit_id, v.household_id, v.month,
			           case when o.item in ('ONLINE_SERVICE_ACCOUNT', 'ONLINE_SERVICE_USED') then 'GUIDED_ONLINE_SERVICES'
			                when o.item = 'PROVINCIAL_APP' then 'GUIDED_PROVINCIAL_APP'
			                when o.item = 'CASHLESS' then 'GUIDED_CASHLESS' end as indicator
			    from v join visit_outcome o on o.visit_id = v.id)
			select unit_id, 'VISITS' as indicator, month, count(*) as value from v group by unit_id, month
			union all
			select unit_id, indicator, min(month), 1 from guided where indicator is not null
			group by unit_id, household_id, indicator
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
