package vn.ngoso.households.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.DerivedColumns;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.ScopeSql;

/**
 * Keeps {@code household.covered_from} equal to {@link CountingRules#COVERED_FROM}, the month the
 * COVERED_HOUSEHOLDS figure counts the household from. Refreshed after every write the figures
 * wrap (a visit's outcomes, a resident added or corrected, consent erased, an import batch, a
 * move) and on a recompute; lists compare it with the current month.
 */
@Component
public class CoveredMonths implements DerivedColumns {

	private static final String REFRESH = """
			update household t set covered_from = c.covered_from
			from (select h.id, f.covered_from from household h
			      left join (%s) f on f.household_id = h.id where %s) c
			where t.id = c.id and t.covered_from is distinct from c.covered_from
			""";

	private final JdbcClient jdbc;

	CoveredMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void refresh(FigureScope scope) {
		HouseholdFigures.condition(scope).ifPresent(where -> {
			jdbc.sql(REFRESH.formatted(CountingRules.coveredFrom(where), where)).params(ScopeSql.parameters(scope))
				.update();
		});
	}

	/** For a writer outside {@code Figures.change} (none today): the same refresh for these households. */
	public void refresh(Collection<UUID> householdIds) {
		if (!householdIds.isEmpty()) {
			refresh(FigureScope.households(List.copyOf(householdIds)));
		}
	}
}
