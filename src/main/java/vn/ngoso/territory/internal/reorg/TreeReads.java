package vn.ngoso.territory.internal.reorg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.UnitType;

/** The reads a plan is checked with: units by code and date, open hamlets, open children. */
@Component
class TreeReads {

	static final String COLUMNS = "id, code, name, type, parent_id, path::text as path, province_code, valid_from, valid_to";

	private final JdbcClient jdbc;

	TreeReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open commune with this code that began before the day (codes are reused by new units). */
	Optional<AdminUnit> openCommuneBefore(String code, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where code = ? and level = 3 and valid_from < ?"
				+ " and valid_to is null order by valid_from desc limit 1").params(code, day).query(TreeReads::map).optional();
	}

	/** The versions of these codes that begin on the day, loaded already (a shipped list), by code. */
	Map<String, AdminUnit> versionsFrom(Collection<String> codes, LocalDate day) {
		Map<String, AdminUnit> found = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select " + COLUMNS + " from admin_unit where code in (:codes) and valid_from = :day and level < 4")
				.param("codes", codes).param("day", day).query(TreeReads::map).list().forEach(u -> found.put(u.code(), u));
		}
		return found;
	}

	/** A unit in force before the day and still open, with its parent's code ("" for a province). */
	record OpenUnit(AdminUnit unit, String parentCode) {
	}

	/** For each code, its open version that began last before the day (units above the hamlets only). */
	Map<String, OpenUnit> openBefore(Collection<String> codes, LocalDate day) {
		Map<String, OpenUnit> found = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("""
					select distinct on (u.code) u.id, u.code, u.name, u.type, u.parent_id, u.path::text as path,
					       u.province_code, u.valid_from, u.valid_to, coalesce(p.code, '') as parent_code
					from admin_unit u left join admin_unit p on p.id = u.parent_id
					where u.code in (:codes) and u.level < 4 and u.valid_from < :day and u.valid_to is null
					order by u.code, u.valid_from desc
					""").param("codes", codes).param("day", day)
				.query((rs, n) -> new OpenUnit(map(rs, n), rs.getString("parent_code"))).list()
				.forEach(o -> found.put(o.unit().code(), o));
		}
		return found;
	}

	List<AdminUnit> openHamletsOf(Collection<Long> communeIds) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from admin_unit where parent_id in (:ids) and level = 4"
				+ " and valid_to is null order by code").param("ids", communeIds).query(TreeReads::map).list();
	}

	Map<String, AdminUnit> openHamletsByCode(Collection<String> codes) {
		Map<String, AdminUnit> found = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select " + COLUMNS + " from admin_unit where code in (:codes) and level = 4 and valid_to is null")
				.param("codes", codes).query(TreeReads::map).list().forEach(u -> found.put(u.code(), u));
		}
		return found;
	}

	/** The open children of each unit. */
	Map<Long, List<Long>> openChildren(Collection<Long> parentIds) {
		Map<Long, List<Long>> children = new HashMap<>();
		if (!parentIds.isEmpty()) {
			jdbc.sql("select parent_id, id from admin_unit where parent_id in (:ids) and valid_to is null")
				.param("ids", parentIds).query((rs, n) -> children
					.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)))
				.list();
		}
		return children;
	}

	List<AdminUnit> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from admin_unit where id in (:ids) order by level, code").param("ids", ids)
			.query(TreeReads::map).list();
	}

	static AdminUnit map(ResultSet rs, int row) throws SQLException {
		return new AdminUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class), rs.getString("path"),
				rs.getString("province_code"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}
}
