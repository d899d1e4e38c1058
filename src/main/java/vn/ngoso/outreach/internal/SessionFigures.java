package vn.ngoso.outreach.internal;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.figures.ScopeSql;

/**
 * The figures outreach sessions make, at the organising unit, in the month of the session:
 * sessions, leaflets handed out and attendees (the head count, which includes the residents
 * picked from the registry).
 */
@Component
class SessionFigures implements FigureSource {

	private static final String SQL = """
			select s.unit_id, x.indicator, date_trunc('month', s.held_on)::date as month, sum(x.value)::bigint as value
			from outreach_session s
			cross join lateral (values ('%s', 1), ('%s', s.leaflets), ('%s', s.attendees)) x(indicator, value)
			where %s
			group by 1, 2, 3
			""";

	@Override
	public Set<RecordKind> recordKinds() {
		return Set.of(RecordKind.OUTREACH_SESSION);
	}

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.records(scope, "s.id", "s.unit_path").map(where -> SQL.formatted(Indicators.OUTREACH_SESSIONS,
				Indicators.LEAFLETS, Indicators.OUTREACH_ATTENDEES, where));
	}
}
