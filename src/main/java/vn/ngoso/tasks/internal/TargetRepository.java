package vn.ngoso.tasks.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.tasks.Target;

/** SQL over {@code target}; {@code percent} comes from the catalogue through the given test. */
@Repository
public class TargetRepository {

	private static final String SELECT = """
			select t.id, t.indicator, t.unit_id, u.code as unit_code, u.name as unit_name, t.unit_path::text as path, t.from_month, t.to_month,
			       t.value, t.parent_id, t.split
			from target t join admin_unit u on u.id = t.unit_id
			""";

	private final JdbcClient jdbc;

	TargetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String indicator, long unitId, String unitPath, YearMonth from, YearMonth to, BigDecimal value,
			@Nullable Long parentId, String by) {
		return jdbc.sql("""
				insert into target (indicator, unit_id, unit_path, from_month, to_month, value, parent_id, created_by)
				values (?, ?, ?::ltree, ?, ?, ?, ?, ?) returning id
				""").params(indicator, unitId, unitPath, from.atDay(1), to.atDay(1), value, parentId, by)
			.query(Long.class).single();
	}

	public boolean exists(String indicator, long unitId, YearMonth from, YearMonth to) {
		return jdbc.sql("""
				select exists(select 1 from target where indicator = ? and unit_id = ? and from_month = ? and to_month = ?)
				""").params(indicator, unitId, from.atDay(1), to.atDay(1)).query(Boolean.class).single();
	}

	public void setSplit(long id, Target.Split split) {
		jdbc.sql("update target set split = ? where id = ?").params(split.name(), id).update();
	}

	public Optional<Target> find(long id, Predicate<String> percent) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id).query((rs, n) -> target(rs, percent)).optional();
	}

	/** Targets under a path (null: all), the widest units first. */
	public List<Target> under(@Nullable String path, Predicate<String> percent) {
		return jdbc.sql(SELECT + """
				 where (cast(:path as text) is null or t.unit_path <@ cast(:path as ltree))
				 order by t.to_month, nlevel(t.unit_path), u.name, t.indicator limit 5000
				""").param("path", path).query((rs, n) -> target(rs, percent)).list();
	}

	public List<Target> children(long parentId, Predicate<String> percent) {
		return jdbc.sql(SELECT + " where t.parent_id = ? order by u.name").param(parentId)
			.query((rs, n) -> target(rs, percent)).list();
	}

	private static Target target(ResultSet rs, Predicate<String> percent) throws SQLException {
		String indicator = rs.getString("indicator");
		String split = rs.getString("split");
		return new Target(rs.getLong("id"), indicator, rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"),
				rs.getString("path"), month(rs.getDate("from_month")), month(rs.getDate("to_month")),
				rs.getBigDecimal("value"), rs.getObject("parent_id", Long.class),
				split == null ? null : Target.Split.valueOf(split), percent.test(indicator));
	}

	private static YearMonth month(Date date) {
		return YearMonth.from(date.toLocalDate());
	}
}
