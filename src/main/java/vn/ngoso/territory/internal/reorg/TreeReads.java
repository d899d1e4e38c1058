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

	/** The version of a code that begins on the day, if it was loaded already. */
	Optional<AdminUnit> versionFrom(String code, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where code = ? and valid_from = ?").params(code, day)
			.query(TreeReads::map).optional();
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
