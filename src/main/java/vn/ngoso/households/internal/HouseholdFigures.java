package vn.ngoso.households.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.ScopeSql;

/**
 * The figures households make, at their current hamlet (stocks follow where people live now, for
 * every month): households, people 15+, each readiness item and covered households. A household
 * counts from the month of its registration date (a fact about it, not when its row was
 * written); a resident from {@link CountingRules#RESIDENT_MONTH}; an item from the month it
 * became true, but not before its holder counts; a household is covered from
 * {@link CountingRules#COVERED_FROM}, the month its stored {@code covered_from} holds too.
 * Adults (18+, {@link CountingRules#ADULT_MONTH}) and the adults meeting Bình dân học vụ số's
 * standard are counted the same way, for that programme's "share of adults". An item a disputed
 * visit set (verification: the resident did not confirm it) counts nowhere until resolved.
 */
@Component
class HouseholdFigures implements FigureSource {

	private static final String SQL = """
			with h as (
			    select h.id, h.unit_id, h.registered_on, date_trunc('month', h.registered_on)::date as m0
			    from household h where %1$s),
			r as (
			    select r.id, h.id as household_id, h.unit_id, %2$s as month, %4$s as adult_month
			    from h join resident r on r.household_id = h.id),
			ready as (
			    select r.unit_id, r.household_id, g.item, greatest(r.month, date_trunc('month', g.since)::date) as month
			    from r join readiness g on g.resident_id = r.id and not g.disputed)
			select unit_id, 'HOUSEHOLDS' as indicator, m0 as month, count(*) as value from h group by unit_id, m0
			union all
			select unit_id, 'RESIDENTS_15', month, count(*) from r group by unit_id, month
			union all
			select unit_id, 'READY_' || item, month, count(*) from ready group by unit_id, item, month
			union all
			select unit_id, 'RESIDENTS_18', adult_month, count(*) from r group by unit_id, adult_month
			union all
			select r.unit_id, 'DIGITAL_LITERACY_ADULTS', greatest(r.adult_month, date_trunc('month', g.since)::date) as m,
			       count(*)
			from r join readiness g on g.resident_id = r.id and g.item = 'DIGITAL_LITERACY' and not g.disputed group by r.unit_id, m
			union all
			select h.unit_id, 'COVERED_HOUSEHOLDS', c.covered_from, count(*)
			from (%3$s) c join h on h.id = c.household_id group by h.unit_id, c.covered_from
			""";

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return condition(scope).map(where -> SQL.formatted(where, CountingRules.RESIDENT_MONTH,
				CountingRules.coveredFrom(where), CountingRules.ADULT_MONTH));
	}

	/** The households of a scope, as a condition over {@code household h}; empty when it has none. */
	static Optional<String> condition(FigureScope scope) {
		return ScopeSql.households(scope, "h.id", "h.unit_path");
	}
}
