package vn.ngoso.figures;

import java.util.Map;
import java.util.Optional;

/**
 * A module whose records make tracked figures. It says, as SQL, which figures the records in a
 * scope make: rows {@code (unit_id bigint, indicator text, month date, value bigint)} at the
 * records' own unit (the household's hamlet, the team's unit, the commune), one row per
 * indicator and month with the change of the stock (or the flow) in that month. The same SQL
 * serves the live updates (before and after a write) and the full recompute, so the two agree
 * by construction; a test checks it anyway.
 */
public interface FigureSource {

	/** The SQL for this scope, or empty when the scope does not concern this source. */
	Optional<Query> contributions(FigureScope scope);

	/** SQL with named parameters. */
	record Query(String sql, Map<String, Object> params) {
	}
}
