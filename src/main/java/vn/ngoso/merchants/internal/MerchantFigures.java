package vn.ngoso.merchants.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.figures.ScopeSql;
import vn.ngoso.merchants.MerchantKind;

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
	public Set<RecordKind> recordKinds() {
		return Set.of(RecordKind.MERCHANT);
	}

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.records(scope, "m.id", "m.unit_path").map(SQL::formatted);
	}
}
