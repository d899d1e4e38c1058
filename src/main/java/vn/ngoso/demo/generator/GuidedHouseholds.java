package vn.ngoso.demo.generator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's three household figures, counted from raw facts: distinct households with at
 * least one visit outcome of the kind, under a unit's path (or several).
 */
public final class GuidedHouseholds {

	public static final String SQL = """
			select count(distinct v.household_id) filter (where o.item in ('ONLINE_SERVICE_ACCOUNT', 'ONLINE_SERVICE_USED')) as online,
			       count(distinct v.household_id) filter (where o.item = 'PROVINCIAL_APP') as app,
			       count(distinct v.household_id) filter (where o.item = 'CASHLESS') as cashless
			from visit v join visit_outcome o on o.visit_id = v.id
			where v.unit_path <@ cast(:paths as ltree[])
			""";

	/** Households guided to online public services, to the provincial app, to cashless payment. */
	public record Totals(long online, long app, long cashless) {

		public boolean matches(Targets targets) {
			return online == targets.online() && app == targets.app() && cashless == targets.cashless();
		}
	}

	private final JdbcClient jdbc;

	public GuidedHouseholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Totals under(String path) {
		return under(java.util.List.of(path));
	}

	/** Under any of these paths (the hamlets of a slice). */
	public Totals under(java.util.List<String> paths) {
		return jdbc.sql(SQL).param("paths", "{" + String.join(",", paths) + "}")
			.query((rs, n) -> new Totals(rs.getLong("online"), rs.getLong("app"), rs.getLong("cashless")))
			.single();
	}
}
