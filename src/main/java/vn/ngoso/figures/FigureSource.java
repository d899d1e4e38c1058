package vn.ngoso.figures;

import java.util.Optional;
import java.util.Set;

/**
 * A module whose records make tracked figures. It says, as SQL, which figures the records in a
 * scope make: rows {@code (unit_id bigint, indicator text, month date, value bigint)} at the
 * records' own unit (the household's hamlet, the team's unit, the commune), one row per
 * indicator and month with the change of the stock (or the flow) in that month. The same SQL
 * serves the live updates (before and after a write) and the full recompute, so the two agree
 * by construction; a test checks it anyway.
 */
public interface FigureSource {

	/**
	 * The kinds of records this source answers for by id. A {@link FigureScope.Records} scope is
	 * asked of the one source answering for its kind, and of no other; every {@link RecordKind}
	 * has exactly one such source, or the application does not start.
	 */
	default Set<RecordKind> recordKinds() {
		return Set.of();
	}

	/**
	 * The SQL for this scope, or empty when the scope does not concern this source. It selects its
	 * records with the conditions of {@link ScopeSql}: the scope's parameters are the only ones.
	 */
	Optional<String> contributions(FigureScope scope);
}
