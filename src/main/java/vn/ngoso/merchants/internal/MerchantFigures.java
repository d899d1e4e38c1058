package vn.ngoso.merchants.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.Merchants;

/**
 * The figures acceptance points make, at their own unit (commune or hamlet): each point counts
 * in its kind's stock from the month it started taking cashless payment.
 */
@Component
class MerchantFigures implements FigureSource {

	/** Each kind's indicator, as a CASE made from {@link MerchantKind} so the two cannot drift apart. */
	private static final String SQL = """
			select unit_id, case kind %s end as indicator,
			       date_trunc('month', started_on)::date as month, count(*) as value
			from merchant m where %%s group by 1, 2, 3
			""".formatted(Arrays.stream(MerchantKind.values())
		.map(k -> "when '" + k.name() + "' then '" + k.indicator() + "'").collect(Collectors.joining(" ")));

	@Override
	public Optional<Query> contributions(FigureScope scope) {
		String where;
		if (scope instanceof FigureScope.Records r && r.kind().equals(Merchants.FIGURE_KIND)) {
			where = "m.id in (:ids)";
		}
		else if (scope instanceof FigureScope.Under) {
			where = "m.unit_path <@ cast(:path as ltree)";
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
