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
 * The figures support days at the service desks make, at the desk's unit (the province for its
 * service centre, the commune for its one-stop desk), in the month of the day: accounts helped,
 * dossiers submitted online and online payments. A planned day makes nothing until its results
 * are in.
 */
@Component
class DeskDayFigures implements FigureSource {

	private static final String SQL = """
			select d.unit_id, x.indicator, date_trunc('month', d.served_on)::date as month, sum(x.value)::bigint as value
			from service_desk_day d
			cross join lateral (values ('%s', d.accounts_helped), ('%s', d.dossiers_online),
			                           ('%s', d.payments_online)) x(indicator, value)
			where d.accounts_helped is not null and %s
			group by 1, 2, 3
			""";

	@Override
	public Set<RecordKind> recordKinds() {
		return Set.of(RecordKind.SERVICE_DESK_DAY);
	}

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.records(scope, "d.id", "d.unit_path").map(where -> SQL.formatted(Indicators.DESK_ACCOUNTS_HELPED,
				Indicators.DESK_DOSSIERS_ONLINE, Indicators.DESK_PAYMENTS_ONLINE, where));
	}
}
