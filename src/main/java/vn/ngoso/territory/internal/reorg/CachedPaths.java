package vn.ngoso.territory.internal.reorg;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.Reorganisation.HamletMove;

/**
 * Moves every copy of a moved hamlet's path. Modules copy the path of a record's unit into an
 * {@code ltree} column named {@code unit_path} (teams, households, visits, reported values, the
 * audit log, and whatever modules come later): found through the catalogue, so that a table
 * added tomorrow follows too. Where such a table also keeps {@code commune_id} (and a
 * {@code code} unique in the commune, as households do) the commune follows, and a code that
 * would be taken twice in the new commune gets its old commune's code in front. Unlogged
 * staging tables are left alone: they hold no finished records.
 */
@Component
class CachedPaths {

	private static final String TABLES = """
			select c.table_name from information_schema.columns c
			join pg_class k on k.relname = c.table_name and k.relkind = 'r' and k.relpersistence = 'p'
			join pg_namespace n on n.oid = k.relnamespace and n.nspname = c.table_schema
			where c.table_schema = current_schema() and c.column_name = 'unit_path' and c.udt_name = 'ltree'
			  and c.table_name <> 'admin_unit'
			order by 1
			""";

	private final JdbcClient jdbc;

	CachedPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return rows whose code took the old commune's code in front */
	int follow(List<HamletMove> moves) {
		// the keys into households, residents and visits include the province code, which a table
		// may move before the table it refers to does (tables go in name order): checked at commit
		jdbc.sql("set constraints all deferred").update();
		jdbc.sql("""
				create temp table reorg_move (from_path ltree, to_path ltree, from_commune bigint, to_commune bigint)
				on commit drop
				""").update();
		jdbc.sql("""
				insert into reorg_move select f::ltree, t::ltree, fc, tc
				from unnest(:froms, :tos, :fromCommunes, :toCommunes) m(f, t, fc, tc)
				""")
			.param("froms", new SqlArrayValue("text", moves.stream().map(HamletMove::fromPath).toArray()))
			.param("tos", new SqlArrayValue("text", moves.stream().map(HamletMove::toPath).toArray()))
			.param("fromCommunes", new SqlArrayValue("bigint", moves.stream().map(HamletMove::fromCommuneId).toArray()))
			.param("toCommunes", new SqlArrayValue("bigint", moves.stream().map(HamletMove::toCommuneId).toArray()))
			.update();
		jdbc.sql("analyze reorg_move").update();
		int prefixed = 0;
		for (String table : jdbc.sql(TABLES).query(String.class).list()) {
			List<String> columns = jdbc.sql("select column_name from information_schema.columns"
					+ " where table_schema = current_schema() and table_name = ?").param(table).query(String.class).list();
			if (columns.contains("commune_id")) {
				if (columns.contains("code")) {
					prefixed += prefixClashingCodes(table);
				}
				jdbc.sql("update " + table + " t set commune_id = m.to_commune from reorg_move m"
						+ " where t.unit_path <@ m.from_path and t.commune_id = m.from_commune").update();
			}
			jdbc.sql("""
					update %s t set unit_path = case when nlevel(t.unit_path) = nlevel(m.from_path) then m.to_path
					       else m.to_path || subpath(t.unit_path, nlevel(m.from_path)) end
					from reorg_move m where t.unit_path <@ m.from_path
					""".formatted(table)).update();
			if (columns.contains("province_code")) {
				jdbc.sql("""
						update %s t set province_code = c.province_code from reorg_move m join admin_unit c on c.id = m.to_commune
						where t.unit_path <@ m.to_path and t.province_code <> c.province_code
						""".formatted(table)).update();
			}
		}
		return prefixed;
	}

	private int prefixClashingCodes(String table) {
		return jdbc.sql("""
				with arriving as (
				    select t.ctid as row_id, t.code, m.to_commune as commune, m.from_commune as old_commune
				    from %1$s t join reorg_move m on t.unit_path <@ m.from_path and t.commune_id = m.from_commune
				    union all
				    select t.ctid, t.code, t.commune_id, t.commune_id from %1$s t
				    where t.commune_id in (select to_commune from reorg_move)),
				clash as (
				    select a.row_id, a.old_commune from arriving a
				    where a.old_commune <> a.commune
				      and exists (select 1 from arriving b where b.commune = a.commune and b.code = a.code and b.row_id <> a.row_id))
				update %1$s t set code = o.code || '-' || t.code
				from clash c join admin_unit o on o.id = c.old_commune where t.ctid = c.row_id
				""".formatted(table)).update();
	}
}
