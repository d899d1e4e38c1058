package vn.ngoso.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.feedback.Agency;
import vn.ngoso.feedback.Category;

/** Categories, agencies, their officers and the routing table. */
@Repository
public class AgencyRepository {

	private static final String AGENCY = "select id, code, name, unit_id, unit_path::text as unit_path from agency";

	private final JdbcClient jdbc;

	AgencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> categories() {
		return jdbc.sql("select code, name, name_en, deadline_days from feedback_category order by sort_order")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
	}

	public Optional<Category> category(String code) {
		return categories().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public List<Agency> agencies(@Nullable String path) {
		return jdbc.sql(AGENCY + " where cast(:path as ltree) is null or unit_path <@ cast(:path as ltree) or unit_path @> cast(:path as ltree) order by unit_path, name")
			.param("path", path).query(AgencyRepository::agency).list();
	}

	public Optional<Agency> byCode(String code) {
		return jdbc.sql(AGENCY + " where code = ?").param(code).query(AgencyRepository::agency).optional();
	}

	public Optional<Agency> byId(long id) {
		return jdbc.sql(AGENCY + " where id = ?").param(id).query(AgencyRepository::agency).optional();
	}

	public List<Long> agencyIdsOf(String username) {
		return jdbc.sql("select agency_id from agency_officer where username = ? order by agency_id").param(username)
			.query(Long.class).list();
	}

	/** The route of the unit at this path or, failing that, of the nearest unit above it. */
	public Optional<Agency> routeAtOrAbove(String category, String unitPath) {
		return jdbc.sql("""
				select a.id, a.code, a.name, a.unit_id, a.unit_path::text as unit_path
				from feedback_route r join admin_unit u on u.id = r.unit_id join agency a on a.id = r.agency_id
				where r.category = :category and u.path @> cast(:path as ltree)
				order by nlevel(u.path) desc limit 1
				""").param("category", category).param("path", unitPath).query(AgencyRepository::agency).optional();
	}

	/** The route of the nearest unit strictly above the agency's own unit: where an overdue item escalates. */
	public Optional<Agency> routeAbove(String category, Agency agency) {
		return jdbc.sql("""
				select a.id, a.code, a.name, a.unit_id, a.unit_path::text as unit_path
				from feedback_route r join admin_unit u on u.id = r.unit_id join agency a on a.id = r.agency_id
				where r.category = :category and u.path @> cast(:path as ltree) and u.path <> cast(:path as ltree)
				  and a.id <> :agency
				order by nlevel(u.path) desc limit 1
				""").param("category", category).param("path", agency.unitPath()).param("agency", agency.id())
			.query(AgencyRepository::agency).optional();
	}

	/** One row of the routing table. */
	public record RouteRow(String category, long unitId, String unitCode, String unitName, String unitPath,
			long agencyId, String agencyCode, String agencyName) {
	}

	public List<RouteRow> routes(@Nullable String path) {
		return jdbc.sql("""
				select r.category, u.id, u.code, u.name, u.path::text, a.id, a.code, a.name
				from feedback_route r join admin_unit u on u.id = r.unit_id join agency a on a.id = r.agency_id
				where cast(:path as ltree) is null or u.path <@ cast(:path as ltree)
				order by u.path, r.category
				""").param("path", path).query((rs, n) -> new RouteRow(rs.getString(1), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8))).list();
	}

	public void setRoute(String category, long unitId, long agencyId, String by) {
		jdbc.sql("""
				insert into feedback_route (category, unit_id, agency_id, updated_by) values (?, ?, ?, ?)
				on conflict (category, unit_id) do update set agency_id = excluded.agency_id,
				    updated_by = excluded.updated_by, updated_at = now()
				""").params(category, unitId, agencyId, by).update();
	}

	public long createAgency(String code, String name, long unitId, String unitPath) {
		return jdbc.sql("insert into agency (code, name, unit_id, unit_path) values (?, ?, ?, cast(? as ltree)) returning id")
			.params(code, name, unitId, unitPath).query(Long.class).single();
	}

	public void addOfficer(String username, long agencyId) {
		jdbc.sql("insert into agency_officer (username, agency_id) values (?, ?) on conflict do nothing")
			.params(username, agencyId).update();
	}

	static Agency agency(ResultSet rs, int n) throws SQLException {
		return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("unit_id"),
				rs.getString("unit_path"));
	}
}
