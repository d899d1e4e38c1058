package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.indicators.TargetChange;
import vn.ngoso.territory.AdminUnit;

/** The units' own targets and their changes (the national defaults are {@link NationalTargets}). */
@Repository
public class IndicatorTargetRepository {

	private final JdbcClient jdbc;

	public IndicatorTargetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every target of the unit and its ancestors, all indicators and years, in one query: the
	 * path holds the ids from the root down, so the primary key finds them.
	 */
	public List<TargetRules.Row> ofTree(AdminUnit unit) {
		Long[] ids = Arrays.stream(unit.path().split("\\.")).map(Long::valueOf).toArray(Long[]::new);
		return jdbc.sql("""
				select t.indicator, t.year, t.value, t.note, u.id, u.code, u.name, u.level, nlevel(u.path) as depth
				from indicator_target t join admin_unit u on u.id = t.unit_id
				where t.unit_id = any(:ids)
				""")
			.param("ids", new SqlArrayValue("bigint", (Object[]) ids))
			.query((rs, n) -> new TargetRules.Row(new IndicatorTarget(rs.getString("indicator"), rs.getInt("year"),
					rs.getBigDecimal("value"), rs.getString("note"), rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getInt("level"), rs.getLong("id") == unit.id()), rs.getInt("depth")))
			.list();
	}

	/** The unit's own value for an indicator and year, locked for the change. */
	public Optional<BigDecimal> ownForUpdate(long unitId, String indicator, int year) {
		return jdbc.sql("select value from indicator_target where unit_id = ? and indicator = ? and year = ? for update")
			.params(unitId, indicator, year).query(BigDecimal.class).optional();
	}

	public void put(long unitId, String indicator, int year, BigDecimal value, @Nullable String note, String by) {
		jdbc.sql("""
				insert into indicator_target (unit_id, indicator, year, value, note, set_by) values (?, ?, ?, ?, ?, ?)
				on conflict (unit_id, indicator, year)
				do update set value = excluded.value, note = excluded.note, set_by = excluded.set_by, set_at = now()
				""").params(unitId, indicator, year, value, note, by).update();
	}

	public void delete(long unitId, String indicator, int year) {
		jdbc.sql("delete from indicator_target where unit_id = ? and indicator = ? and year = ?")
			.params(unitId, indicator, year).update();
	}

	public void change(long unitId, String indicator, int year, @Nullable BigDecimal oldValue,
			@Nullable BigDecimal newValue, @Nullable String note, String by) {
		jdbc.sql("""
				insert into indicator_target_change (unit_id, indicator, year, old_value, new_value, note, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(unitId, indicator, year, oldValue, newValue, note, by).update();
	}

	/** The unit's changes, newest first. */
	public List<TargetChange> history(long unitId, int limit) {
		return jdbc.sql("""
				select indicator, year, old_value, new_value, note, changed_by, changed_at
				from indicator_target_change where unit_id = ? order by changed_at desc, id desc limit ?
				""").params(unitId, limit)
			.query((rs, n) -> new TargetChange(rs.getString("indicator"), rs.getInt("year"),
					rs.getBigDecimal("old_value"), rs.getBigDecimal("new_value"), rs.getString("note"),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}
}
