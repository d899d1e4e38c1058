package vn.ngoso.figures.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.ScopeSql;

/**
 * The aggregate rows and the SQL around them. Each source's contributions are rows at the
 * records' own unit; they are rolled up to every unit on that unit's path when written: into the
 * rows of the units of commune level or below, and as delta rows for the units above, folded into
 * their rows by {@link #fold()} ({@link FigureRows}: writers of one province share no row unless
 * they write in one commune).
 */
@Component
public class FigureStore {

	/** Rows at base units added up for those units and all their ancestors, with each unit's level. */
	private static final String ROLL_UP = """
			select a.id as unit_id, a.level, a.province_code, c.indicator, c.month, sum(c.value)::bigint as value
			from (%s) c
			join admin_unit u on u.id = c.unit_id
			cross join lateral unnest(string_to_array(u.path::text, '.')::bigint[]) p(id)
			join admin_unit a on a.id = p.id
			group by 1, 2, 3, 4, 5
			""";

	/**
	 * Writes rolled-up rows: into the rows of units of level {@code :rows} or below in key order (no
	 * deadlocks), as deltas for the units above when {@code :deltas}.
	 */
	private static final String WRITE = """
			with r as (%s),
			kept as (
			    insert into figure_row (province_code, unit_id, indicator, month, value, changed_at)
			    select province_code, unit_id, indicator, month, value, now() from r
			    where level >= :rows and value <> 0 order by province_code, unit_id, indicator, month
			    on conflict (province_code, unit_id, indicator, month)
			    do update set value = figure_row.value + excluded.value, changed_at = excluded.changed_at)
			insert into figure_delta (province_code, unit_id, indicator, month, value)
			select province_code, unit_id, indicator, month, value from r where level < :rows and :deltas and value <> 0
			""";

	private final JdbcClient jdbc;

	private final ObjectProvider<FigureSource> sources;

	/** The highest level whose rows a write updates: {@link FigureRows#COMMUNE} but for the benchmark. */
	private volatile int rowsFrom = FigureRows.COMMUNE;

	FigureStore(JdbcClient jdbc, ObjectProvider<FigureSource> sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	/**
	 * For the push-contention benchmark only, which compares in one run the writes of the old
	 * design (1: the rows of every ancestor up to the province, hot rows), of this one (3: rows up
	 * to the commune, deltas above) and a raw limit (4: the hamlet's rows alone, nothing above:
	 * the figures above the hamlet go wrong until a recompute, which the benchmark runs).
	 */
	public void writeRowsFromLevelForBenchmark(int level) {
		if (level != 1 && level != FigureRows.COMMUNE && level != 4) {
			throw new IllegalArgumentException("level " + level);
		}
		this.rowsFrom = level;
	}

	private JdbcClient.StatementSpec write(String contributions, Map<String, Object> params) {
		int rows = rowsFrom;
		return jdbc.sql(WRITE.formatted(ROLL_UP.formatted(contributions))).params(params).param("rows", rows)
			.param("deltas", rows <= FigureRows.COMMUNE);
	}

	/** Transaction-scoped locks on the scope's records, taken in one order by every writer. */
	public void lock(FigureScope scope) {
		List<String> keys = List.of();
		if (scope instanceof FigureScope.Households h) {
			keys = h.ids().stream().map(id -> "household:" + id).toList();
		}
		else if (scope instanceof FigureScope.Communes c) {
			keys = c.ids().stream().map(id -> "commune:" + id).toList();
		}
		else if (scope instanceof FigureScope.Records r) {
			keys = r.ids().stream().map(id -> r.kind().name() + ":" + id).toList();
		}
		if (!keys.isEmpty()) {
			jdbc.sql("select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select unnest(:keys) as k order by 1) s")
				.param("keys", new SqlArrayValue("text", keys.toArray())).query(Long.class).single();
		}
	}

	/** The figures the scope's records make, at their own units. */
	public Map<FigureKey, Long> contributions(FigureScope scope) {
		Union union = union(scope);
		Map<FigureKey, Long> rows = new HashMap<>();
		if (union.sql.isEmpty()) {
			return rows;
		}
		jdbc.sql("select unit_id, indicator, month, sum(value)::bigint as value from (" + union.sql
				+ ") c group by 1, 2, 3").params(union.params).query((rs, n) -> {
					rows.put(new FigureKey(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()), rs.getLong(4));
					return null;
				}).list();
		return rows;
	}

	/**
	 * Adds what the scope's records make, rolled up, to the rows, in one statement that never
	 * leaves the database: for records that made nothing before (a batch of new households).
	 */
	public void addContributions(FigureScope scope) {
		Union union = union(scope);
		if (union.sql.isEmpty()) {
			return;
		}
		write(union.sql, union.params).update();
	}

	/** Adds changes at base units to the figures of those units and of every unit above. */
	public void apply(Map<FigureKey, Long> delta) {
		if (delta.isEmpty()) {
			return;
		}
		TreeMap<FigureKey, Long> sorted = new TreeMap<>(delta);
		List<Long> units = new ArrayList<>(sorted.size());
		List<String> indicators = new ArrayList<>(sorted.size());
		List<Date> months = new ArrayList<>(sorted.size());
		List<Long> values = new ArrayList<>(sorted.size());
		sorted.forEach((key, value) -> {
			units.add(key.unitId());
			indicators.add(key.indicator());
			months.add(Date.valueOf(key.month()));
			values.add(value);
		});
		write("select * from unnest(:units, :indicators, :months, :values) d(unit_id, indicator, month, value)", Map.of(
				"units", new SqlArrayValue("bigint", units.toArray()), "indicators", new SqlArrayValue("text", indicators.toArray()),
				"months", new SqlArrayValue("date", months.toArray()), "values", new SqlArrayValue("bigint", values.toArray())))
			.update();
	}

	/**
	 * Moves the deltas into the rows, in one transaction with their removal, so a reader sees each
	 * once; skipped (0) while another node or thread folds. Only folds take the rows of the units
	 * above the commune, one at a time.
	 */
	public int fold() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('figure_delta_fold', 0))").query(Boolean.class)
			.single()) {
			return 0;
		}
		return jdbc.sql("""
				with gone as (delete from figure_delta returning province_code, unit_id, indicator, month, value, changed_at)
				insert into figure_row (province_code, unit_id, indicator, month, value, changed_at)
				select province_code, unit_id, indicator, month, sum(value), max(changed_at) from gone
				group by 1, 2, 3, 4 order by 1, 2, 3, 4
				on conflict (province_code, unit_id, indicator, month)
				do update set value = figure_row.value + excluded.value,
				              changed_at = greatest(figure_row.changed_at, excluded.changed_at)
				""").update();
	}

	/** Empties the aggregates and fills them again from every source, under a table lock. */
	public int recompute() {
		jdbc.sql("lock table figure_row, figure_delta in exclusive mode").update();
		jdbc.sql("delete from figure_delta").update();
		jdbc.sql("delete from figure_row").update();
		Union union = union(new FigureScope.All());
		return jdbc.sql("insert into figure_row (province_code, unit_id, indicator, month, value)"
				+ " select province_code, unit_id, indicator, month, value from (" + ROLL_UP.formatted(union.sql) + ") r where value <> 0").params(union.params).update();
	}

	/**
	 * Before the tree changes under these paths (a reorganisation): keeps, in a temporary table,
	 * the rolled-up figures of every record under them as the tree stands now.
	 */
	public void keepBeforeTreeChange(List<String> paths) {
		// writers of figures wait until the change commits: a write between the two roll-ups
		// would otherwise be counted by both the change and its own update
		jdbc.sql("lock table figure_row, figure_delta in share row exclusive mode").update();
		rollUpInto("figure_before_tree_change", paths);
	}

	/**
	 * After the tree changed: adds to the live rows what the same records now make minus what
	 * they made before, so units that lost records lose their figures and units that gained them
	 * gain them, and the rows still equal the full recompute.
	 */
	public int applyTreeChange(List<String> paths) {
		rollUpInto("figure_after_tree_change", paths);
		// a unit moved into another province (a merger) takes its rows along: their key is its code
		for (String table : List.of("figure_row", "figure_delta")) {
			jdbc.sql("update " + table + " f set province_code = u.province_code from admin_unit u"
					+ " where u.id = f.unit_id and f.province_code <> u.province_code").update();
		}
		return jdbc.sql("""
				insert into figure_row (province_code, unit_id, indicator, month, value, changed_at)
				select u.province_code, d.unit_id, d.indicator, d.month, sum(d.value), now() from (
				    select unit_id, indicator, month, value from figure_after_tree_change
				    union all
				    select unit_id, indicator, month, -value from figure_before_tree_change) d
				join admin_unit u on u.id = d.unit_id
				group by 1, 2, 3, 4 having sum(d.value) <> 0 order by 1, 2, 3, 4
				on conflict (province_code, unit_id, indicator, month)
				do update set value = figure_row.value + excluded.value, changed_at = excluded.changed_at
				""").update();
	}

	private void rollUpInto(String table, List<String> paths) {
		jdbc.sql("create temp table " + table + " (unit_id bigint, indicator text, month date, value bigint) on commit drop")
			.update();
		for (String path : paths) {
			Union union = union(new FigureScope.Under(path));
			if (!union.sql.isEmpty()) {
				jdbc.sql("insert into " + table + " select unit_id, indicator, month, value from (" + ROLL_UP.formatted(union.sql)
						+ ") r").params(union.params).update();
			}
		}
	}

	/**
	 * The naive way, for comparison: the unit's and its children's figures for a period straight
	 * from the raw records under its path, by GROUP BY, without the aggregate rows. Stocks summed to
	 * the period's end, flows over it, per unit and indicator.
	 */
	public Map<Long, Map<String, Long>> fromRecords(String path, long unitId, LocalDate from, LocalDate to) {
		Union union = union(new FigureScope.Under(path));
		Map<Long, Map<String, Long>> values = new HashMap<>();
		jdbc.sql("""
				select r.unit_id, r.indicator,
				       sum(r.value) filter (where r.month <= :to) as stock,
				       sum(r.value) filter (where r.month >= :from and r.month <= :to) as flow
				from (%s) r join admin_unit u on u.id = r.unit_id
				where u.id = :unit or u.parent_id = :unit
				group by r.unit_id, r.indicator
				""".formatted(ROLL_UP.formatted(union.sql))).params(union.params).param("path", path)
			.param("unit", unitId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query((rs, n) -> {
				values.computeIfAbsent(rs.getLong(1), u -> new HashMap<>()).put(rs.getString(2) + ":stock", rs.getLong(3));
				values.get(rs.getLong(1)).put(rs.getString(2) + ":flow", rs.getLong(4));
				return null;
			}).list();
		return values;
	}

	/** Rows of the whole tree where the live value and the recomputed one differ. */
	public List<String> differencesEverywhere() {
		return differences(new FigureScope.All(), "");
	}

	/** Rows of units under the path where the live value (rows and deltas) and the recomputed one differ. */
	public List<String> differencesUnder(String path) {
		return differences(new FigureScope.Under(path), path);
	}

	private List<String> differences(FigureScope scope, String path) {
		Union union = union(scope);
		return jdbc.sql("""
				with fresh as (%s),
				     live as (select unit_id, indicator, month, sum(value) as value from (%s) f group by 1, 2, 3)
				select coalesce(l.unit_id, r.unit_id) || ' ' || coalesce(l.indicator, r.indicator) || ' '
				       || coalesce(l.month, r.month) || ': live ' || coalesce(l.value, 0) || ', records '
				       || coalesce(r.value, 0)
				from live l
				full join (select f.* from fresh f join admin_unit u on u.id = f.unit_id
				           where u.path <@ cast(:path as ltree)) r
				  on r.unit_id = l.unit_id and r.indicator = l.indicator and r.month = l.month
				where coalesce(l.value, 0) <> coalesce(r.value, 0)
				order by 1
				""".formatted(ROLL_UP.formatted(union.sql), FigureRows.under()))
			.params(union.params).param("path", path).query(String.class).list();
	}

	private Union union(FigureScope scope) {
		List<String> parts = new ArrayList<>();
		sources.orderedStream().filter(source -> concerns(scope, source))
			.forEach(source -> source.contributions(scope).ifPresent(sql -> parts.add("(" + sql + ")")));
		return new Union(String.join(" union all ", parts), ScopeSql.parameters(scope));
	}

	/** Records by id are asked of the one source answering for their kind; every other scope of every source. */
	private static boolean concerns(FigureScope scope, FigureSource source) {
		return !(scope instanceof FigureScope.Records r) || source.recordKinds().contains(r.kind());
	}

	private record Union(String sql, Map<String, Object> params) {
	}
}
