package vn.ngoso.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row counts of the tables a refused input must leave untouched; compare before and after. */
public final class RowCounts {

	private static final List<String> TABLES = List.of("admin_unit", "team", "member", "audit_log", "app_user",
			"household", "resident", "readiness", "readiness_event", "visit", "visit_member", "visit_outcome");

	private RowCounts() {
	}

	public static Map<String, Long> of(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}
}
