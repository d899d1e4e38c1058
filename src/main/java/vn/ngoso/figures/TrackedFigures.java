package vn.ngoso.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.internal.FigureRows;

/**
 * Reads the tracked figures from the aggregate rows (and, for a district or province, the deltas not
 * yet folded into them): a few rows per unit, never the raw records.
 * The caller has checked the unit is in scope.
 */
@Service
@Transactional(readOnly = true)
public class TrackedFigures {

	private final JdbcClient jdbc;

	private final Indicators indicators;

	TrackedFigures(JdbcClient jdbc, Indicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/**
	 * The figure rows of the units: their own live rows (with a district's or province's deltas not
	 * yet folded, {@link FigureRows}) and, for a unit a reorganisation closed, the rows of the
	 * hamlets that moved out of it for the months before they moved (the hamlet rows are exact, so
	 * the old tree reads back as it was), with a commune counted as having teams from the month of
	 * its first team. Live figures follow a hamlet into the new tree, so an open unit needs only
	 * its own rows. Several rows per unit, indicator and month: the reader sums them.
	 */
	static final String UNIT_ROWS = """
			moved as (
			    select q.id as unit_id, m.unit_id as hamlet, m.from_parent_id, m.moved_on
			    from admin_unit q join unit_move m on m.from_path <@ q.path
			    where q.id in (:units) and q.valid_to is not null),
			unit_rows as (
			    %s
			    union all
			    select d.unit_id, f.indicator, f.month, f.value, f.changed_at
			    from moved d join figure_row f on f.unit_id = d.hamlet and f.month < d.moved_on
			    union all
			    select d.unit_id, 'COMMUNES_WITH_TEAMS', min(f.month), 1, max(f.changed_at)
			    from moved d join figure_row f on f.unit_id = d.hamlet and f.month < d.moved_on
			    where f.indicator = 'TEAMS' and f.value > 0
			    group by d.unit_id, d.from_parent_id)
			""".formatted(FigureRows.ofUnits());

	/**
	 * Of these units, those with a figure other than zero in some month (rows and deltas summed):
	 * closed units that kept records of their own.
	 */
	public Set<Long> withFigures(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct unit_id from (
				    select unit_id from (%s) r group by unit_id, indicator, month having sum(value) <> 0) u
				""".formatted(FigureRows.ofUnits())).param("units", unitIds).query(Long.class).list());
	}

	/** Every tracked indicator of one unit, in catalogue order. */
	public Map<String, FigureValue> of(long unitId, Period period) {
		return of(List.of(unitId), period).getOrDefault(unitId, empty());
	}

	/** Every tracked indicator of each unit, in catalogue order (units without rows get zeros). */
	public Map<Long, Map<String, FigureValue>> of(List<Long> unitIds, Period period) {
		Map<Long, Map<String, Sums>> sums = new HashMap<>();
		if (!unitIds.isEmpty()) {
			jdbc.sql("""
					with %s
					select unit_id, indicator,
					       coalesce(sum(value) filter (where month <= :to), 0) as stock,
					       coalesce(sum(value) filter (where month >= :from and month <= :to), 0) as flow,
					       max(changed_at) filter (where month <= :to) as changed
					from unit_rows where month <= :to
					group by unit_id, indicator
					""".formatted(UNIT_ROWS)).param("units", unitIds).param("from", Date.valueOf(period.firstDay()))
				.param("to", Date.valueOf(period.to().atDay(1))).query((rs, n) -> {
					Timestamp changed = rs.getTimestamp("changed");
					sums.computeIfAbsent(rs.getLong("unit_id"), u -> new HashMap<>()).put(rs.getString("indicator"),
							new Sums(rs.getLong("stock"), rs.getLong("flow"), changed == null ? null : changed.toInstant()));
					return null;
				}).list();
		}
		Map<Long, Map<String, FigureValue>> result = new LinkedHashMap<>();
		for (Long unitId : unitIds) {
			result.put(unitId, values(sums.getOrDefault(unitId, Map.of())));
		}
		return result;
	}

	/**
	 * What progress towards targets needs, in one scan of the rows of the given indicators only: each
	 * unit's figure at the period's end and, for stocks and rates, just before the period began (the
	 * month before {@code period.from()}). Rates read their numerator and denominator.
	 */
	public Map<Long, Map<String, Span>> spans(List<Long> unitIds, Period period, Collection<String> codes) {
		List<Indicator> wanted = codes.stream().distinct().map(indicators::find).flatMap(Optional::stream)
			.filter(Indicator::tracked).toList();
		Set<String> read = new HashSet<>();
		for (Indicator i : wanted) {
			if (i.measure() == Measure.RATE) {
				read.add(i.numerator());
				read.add(i.denominator());
			}
			else {
				read.add(i.code());
			}
		}
		Map<Long, Map<String, Sums>> now = new HashMap<>();
		Map<Long, Map<String, Sums>> before = new HashMap<>();
		if (!unitIds.isEmpty() && !read.isEmpty()) {
			jdbc.sql("""
					with %s
					select unit_id, indicator,
					       coalesce(sum(value), 0) as stock,
					       coalesce(sum(value) filter (where month >= :from), 0) as flow,
					       coalesce(sum(value) filter (where month < :from), 0) as before,
					       max(changed_at) as changed
					from unit_rows where month <= :to and indicator in (:codes)
					group by unit_id, indicator
					""".formatted(UNIT_ROWS)).param("units", unitIds).param("codes", read)
				.param("from", Date.valueOf(period.firstDay())).param("to", Date.valueOf(period.to().atDay(1)))
				.query((rs, n) -> {
					Timestamp changed = rs.getTimestamp("changed");
					long unit = rs.getLong("unit_id");
					String code = rs.getString("indicator");
					now.computeIfAbsent(unit, u -> new HashMap<>()).put(code,
							new Sums(rs.getLong("stock"), rs.getLong("flow"), changed == null ? null : changed.toInstant()));
					before.computeIfAbsent(unit, u -> new HashMap<>()).put(code, new Sums(rs.getLong("before"), 0, null));
					return null;
				}).list();
		}
		Map<Long, Map<String, Span>> result = new LinkedHashMap<>();
		for (Long unitId : unitIds) {
			Map<String, Span> spans = new LinkedHashMap<>();
			Map<String, Sums> unitNow = now.getOrDefault(unitId, Map.of());
			Map<String, Sums> unitBefore = before.getOrDefault(unitId, Map.of());
			for (Indicator i : wanted) {
				spans.put(i.code(), new Span(value(i, unitNow).value(), value(i, unitBefore).value()));
			}
			result.put(unitId, spans);
		}
		return result;
	}

	/**
	 * An indicator's value at a period's end and just before it began (zero for a flow: a flow
	 * starts each period from nothing).
	 */
	public record Span(@Nullable BigDecimal atEnd, @Nullable BigDecimal before) {
	}

	/** One indicator month by month over the period (a stock at each month's end). */
	public List<MonthValue> trend(long unitId, String code, Period period) {
		return trends(unitId, List.of(code), period).get(code);
	}

	/** The monthly series of several indicators of one unit, read in one query (the dashboard's chart). */
	public Map<String, List<MonthValue>> trends(long unitId, List<String> codes, Period period) {
		List<Indicator> wanted = codes.stream().map(code -> indicators.find(code).filter(Indicator::tracked)
			.orElseThrow(() -> new IllegalArgumentException(code))).toList();
		Set<String> read = new HashSet<>();
		wanted.forEach(i -> read.addAll(i.measure() == Measure.RATE ? List.of(i.numerator(), i.denominator()) : List.of(i.code())));
		Map<YearMonth, Map<String, Long>> byMonth = new HashMap<>();
		jdbc.sql("""
				with %s
				select indicator, month, sum(value) as value from unit_rows
				where indicator in (:codes) and month <= :to group by indicator, month order by month
				""".formatted(UNIT_ROWS)).param("units", List.of(unitId)).param("codes", read).param("to", Date.valueOf(period.to().atDay(1)))
			.query((rs, n) -> {
				YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
				byMonth.computeIfAbsent(month, m -> new HashMap<>()).merge(rs.getString("indicator"), rs.getLong("value"),
						Long::sum);
				return null;
			}).list();
		Map<String, List<MonthValue>> series = new LinkedHashMap<>();
		wanted.forEach(i -> series.put(i.code(), series(i, byMonth, period)));
		return series;
	}

	private static List<MonthValue> series(Indicator indicator, Map<YearMonth, Map<String, Long>> byMonth, Period period) {
		String code = indicator.code();
		Map<String, Long> running = new HashMap<>();
		List<MonthValue> series = new ArrayList<>();
		List<YearMonth> earlier = byMonth.keySet().stream().filter(m -> m.isBefore(period.from())).sorted().toList();
		for (YearMonth m : earlier) {
			byMonth.get(m).forEach((c, v) -> running.merge(c, v, Long::sum));
		}
		for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
			Map<String, Long> month = byMonth.getOrDefault(m, Map.of());
			if (indicator.measure() == Measure.FLOW) {
				series.add(new MonthValue(m, BigDecimal.valueOf(month.getOrDefault(code, 0L))));
				continue;
			}
			month.forEach((c, v) -> running.merge(c, v, Long::sum));
			series.add(new MonthValue(m, indicator.measure() == Measure.RATE
					? rate(running.getOrDefault(indicator.numerator(), 0L), running.getOrDefault(indicator.denominator(), 0L))
					: BigDecimal.valueOf(running.getOrDefault(code, 0L))));
		}
		return series;
	}

	public record MonthValue(YearMonth month, @Nullable BigDecimal value) {
	}

	private Map<String, FigureValue> empty() {
		return values(Map.of());
	}

	private Map<String, FigureValue> values(Map<String, Sums> sums) {
		Map<String, FigureValue> values = new LinkedHashMap<>();
		for (Indicator indicator : indicators.tracked()) {
			values.put(indicator.code(), value(indicator, sums));
		}
		return values;
	}

	private static FigureValue value(Indicator indicator, Map<String, Sums> sums) {
		String code = indicator.code();
		Sums own = sums.get(code);
		return switch (indicator.measure()) {
			case STOCK -> new FigureValue(code, BigDecimal.valueOf(own == null ? 0 : own.stock()), changed(own));
			case FLOW -> new FigureValue(code, BigDecimal.valueOf(own == null ? 0 : own.flow()), changed(own));
			case RATE -> {
				Sums numerator = sums.get(indicator.numerator());
				Sums denominator = sums.get(indicator.denominator());
				yield new FigureValue(code, rate(numerator == null ? 0 : numerator.stock(),
						denominator == null ? 0 : denominator.stock()), latest(changed(numerator), changed(denominator)));
			}
		};
	}

	/** A percentage with one decimal, or null over nothing. */
	static @Nullable BigDecimal rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	private static @Nullable Instant changed(@Nullable Sums sums) {
		return sums == null ? null : sums.changed();
	}

	private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private record Sums(long stock, long flow, @Nullable Instant changed) {
	}
}
