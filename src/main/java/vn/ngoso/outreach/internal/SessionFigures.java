package vn.ngoso.outreach.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.Indicators;

/**
 * The figures outreach sessions make, at the organising unit, in the month of the session:
 * sessions, leaflets handed out and attendees (the head count, which includes the residents
 * picked from the registry).
 */
@Component
class SessionFigures implements FigureSource {

	static final String KIND = "OUTREACH_SESSION";

	private static final String SQL = """
			select s.unit_id, x.indicator, date_trunc('month', s.held_on)::date as month, sum(x.value)::bigint as value
			from outreach_session s
			cross join lateral (values ('%s', 1), ('%s', s.leaflets), ('%s', s.attendees)) x(indicator, value)
			where %s
			group by 1, 2, 3
			""";

	@Override
	public Optional<Query> contributions(FigureScope scope) {
		return OperationScopes.where(scope, KIND, "s").map(where -> new Query(SQL.formatted(Indicators.OUTREACH_SESSIONS,
				Indicators.LEAFLETS, Indicators.OUTREACH_ATTENDEES, where), Map.of()));
	}
}
