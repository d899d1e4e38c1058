package vn.ngoso.outreach.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.Indicators;

/**
 * The figures support days at the service desks make, at the desk's unit (the province for its
 * service centre, the commune for its one-stop desk), in the month of the day: accounts helped,
 * dossiers submitted online and online payments. A planned day makes nothing until its results
 * are in.
 */
@Component
class DeskDayFigures implements FigureSource {

	static final String KIND = "SERVICE_DESK_DAY";

	private static final String SQL = """
			select d.unit_id, x.indicator, date_trunc('month', d.served_on)::date as month, sum(x.value)::bigint as value
			from service_desk_day d
			cross join lateral (values ('%s', d.accounts_helped), ('%s', d.dossiers_online),
			                           ('%s', d.payments_online)) x(indicator, value)
			where d.accounts_helped is not null and %s
			group by 1, 2, 3
			""";

	@Override
	public Optional<Query> contributions(FigureScope scope) {
		return OperationScopes.where(scope, KIND, "d").map(where -> new Query(SQL.formatted(
				Indicators.DESK_ACCOUNTS_HELPED, Indicators.DESK_DOSSIERS_ONLINE, Indicators.DESK_PAYMENTS_ONLINE, where),
				Map.of()));
	}
}
