package vn.ngoso.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Predecessor;
import vn.ngoso.territory.UnitSummary;
import vn.ngoso.territory.UnitType;

/** SQL over {@code admin_unit}; subtree filters are one indexed {@code path <@ ?} each. */
@Repository
public class UnitRepository {

	private static final String COLUMNS = "id, code, name, type, parent_id, path::text as path, province_code, valid_from, valid_to";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AdminUnit> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where id = ?").param(id).query(this::map).optional();
	}

	/**
	 * The version of a code in force on a day. While a newer list is staged beside an older one
	 * (both open), the older stays in force until a reorganisation closes it.
	 */
	/** Whether a reorganisation moved any hamlet from under one path to under another. */
	public boolean movedFromInto(String fromUnder, String intoUnder) {
		return jdbc.sql("""
				select exists(select 1 from unit_move where from_path <@ cast(:from as ltree) and to_path <@ cast(:into as ltree))
				""").param("from", fromUnder).param("into", intoUnder).query(Boolean.class).single();
	}

	/**
	 * Units a reorganisation closed, at the unit's level, some of whose hamlets moved into it, with
	 * the first day they were no longer in force; by name.
	 */
	public List<Predecessor> predecessorsOf(AdminUnit unit) {
		return jdbc.sql("select " + COLUMNS + ", moved_on from admin_unit u join lateral ("
				+ " select min(m.moved_on) as moved_on from unit_move m"
				+ " where m.from_path <@ u.path and m.to_path <@ cast(:into as ltree)) m on m.moved_on is not null"
				+ " where u.valid_to is not null and u.level = :level and u.id <> :id"
				+ " order by u.name, u.id")
			.param("into", unit.path()).param("id", unit.id()).param("level", unit.level())
			.query((rs, n) -> new Predecessor(map(rs, n), rs.getObject("moved_on", LocalDate.class))).list();
	}

	public Optional<AdminUnit> findByCode(String code, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where code = ? and valid_from <= ?"
				+ " and (valid_to is null or valid_to >= ?) order by valid_from limit 1")
			.params(code, day, day).query(this::map).optional();
	}

	public List<AdminUnit> ancestorsOf(String path) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where path @> ?::ltree order by nlevel(path)")
			.param(path).query(this::map).list();
	}

	/** Open units above the hamlets under a path (everywhere when null), widest first, by name; at most {@code limit}. */
	public List<AdminUnit> officesUnder(@Nullable String topPath, int limit) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where valid_to is null and type not in ('AP', 'KHU_PHO')"
				+ " and (cast(:top as ltree) is null or path <@ cast(:top as ltree)) order by nlevel(path), name_folded"
				+ " limit :limit")
			.param("top", topPath).param("limit", limit).query(this::map).list();
	}

	/** Open provinces (level 1) by code; when a code is reused, the newer version first. */
	public List<AdminUnit> openProvinces() {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where level = 1 and valid_to is null"
				+ " order by code, valid_from desc").query(this::map).list();
	}

	/** The open unit with a code under a path: a code is only meaningful inside its tree. */
	public Optional<AdminUnit> findOpenByCodeUnder(String code, String underPath) {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where code = ? and valid_to is null"
				+ " and path <@ ?::ltree order by valid_from desc limit 1")
			.params(code, underPath).query(this::map).optional();
	}

	public List<AdminUnit> roots() {
		return jdbc.sql("select " + COLUMNS + " from admin_unit where parent_id is null order by valid_from, code")
			.query(this::map).list();
	}

	public List<UnitSummary> childrenWithCounts(long parentId) {
		return jdbc.sql("""
				select c.id, c.code, c.name, c.type, c.parent_id, c.path::text as path, c.province_code,
				       c.valid_from, c.valid_to,
				       (select count(*) from admin_unit k where k.parent_id = c.id) as children,
				       (select count(*) from admin_unit d where d.path <@ c.path and d.level = 3 and d.id <> c.id) as communes,
				       (select count(*) from admin_unit d where d.path <@ c.path and d.level = 4 and d.id <> c.id) as hamlets
				from admin_unit c where c.parent_id = ? order by c.level, c.name_folded
				""")
			.param(parentId)
			.query((rs, n) -> new UnitSummary(map(rs, n), rs.getInt("children"), rs.getInt("communes"), rs.getInt("hamlets")))
			.list();
	}

	public UnitSummary summaryOf(AdminUnit unit) {
		return jdbc.sql("""
				select (select count(*) from admin_unit k where k.parent_id = :id) as children,
				       count(*) filter (where level = 3 and id <> :id) as communes,
				       count(*) filter (where level = 4 and id <> :id) as hamlets
				from admin_unit where path <@ :path::ltree
				""")
			.param("id", unit.id()).param("path", unit.path())
			.query((rs, n) -> new UnitSummary(unit, rs.getInt("children"), rs.getInt("communes"), rs.getInt("hamlets")))
			.single();
	}

	/** Units whose name contains every word of the query, diacritics and case ignored. */
	public List<AdminUnit> search(String query, @Nullable String withinPath, int limit) {
		String folded = SearchText.fold(query);
		return jdbc.sql("select " + COLUMNS + " from admin_unit where name_folded like :like"
				+ " and (cast(:within as ltree) is null or path <@ cast(:within as ltree))"
				+ " order by (name_folded = :exact or name_folded like :exactWord) desc, level, name_folded limit :limit")
			.param("like", SearchText.containing(query)).param("within", withinPath).param("exact", folded)
			.param("exactWord", "% " + SearchText.likeLiteral(folded)).param("limit", limit)
			.query(this::map).list();
	}

	/**
	 * Units in force down to two levels below the top of a subtree (or the provinces, districts
	 * and communes of every tree), in tree order with siblings by name: the choices of a filter.
	 */
	public List<UnitChoiceRow> subtreeOutline(@Nullable String topPath) {
		List<UnitChoiceRow> rows = jdbc.sql("""
				select id, name, parent_id, nlevel(path) as depth from admin_unit
				where valid_to is null and (cast(:top as ltree) is null and nlevel(path) <= 3
				      or path <@ cast(:top as ltree) and nlevel(path) <= nlevel(cast(:top as ltree)) + 2)
				order by name_folded
				""").param("top", topPath)
			.query((rs, n) -> new UnitChoiceRow(rs.getLong("id"), rs.getString("name"),
					rs.getObject("parent_id", Long.class), rs.getInt("depth")))
			.list();
		var byParent = new java.util.LinkedHashMap<Long, List<UnitChoiceRow>>();
		var ids = new java.util.HashSet<Long>();
		rows.forEach(r -> ids.add(r.id()));
		List<UnitChoiceRow> tops = new java.util.ArrayList<>();
		for (UnitChoiceRow r : rows) {
			if (r.parentId() == null || !ids.contains(r.parentId())) {
				tops.add(r);
			}
			else {
				byParent.computeIfAbsent(r.parentId(), k -> new java.util.ArrayList<>()).add(r);
			}
		}
		List<UnitChoiceRow> ordered = new java.util.ArrayList<>();
		java.util.Deque<UnitChoiceRow> stack = new java.util.ArrayDeque<>();
		for (int i = tops.size() - 1; i >= 0; i--) {
			stack.push(tops.get(i));
		}
		while (!stack.isEmpty()) {
			UnitChoiceRow r = stack.pop();
			ordered.add(r);
			List<UnitChoiceRow> children = byParent.getOrDefault(r.id(), List.of());
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(children.get(i));
			}
		}
		return ordered;
	}

	/** Hamlets in force inside a subtree, labelled with their commune, for a select box. */
	public List<UnitChoiceRow> hamletsWithCommune(@Nullable String topPath, int limit) {
		return jdbc.sql("""
				select h.id, h.name || ' – ' || c.name as label, h.parent_id, 0 as depth
				from admin_unit h join admin_unit c on c.id = h.parent_id
				where h.level = 4 and h.valid_to is null
				  and (cast(:top as ltree) is null or h.path <@ cast(:top as ltree))
				order by c.name_folded, h.name_folded limit :limit
				""").param("top", topPath).param("limit", limit)
			.query((rs, n) -> new UnitChoiceRow(rs.getLong("id"), rs.getString("label"),
					rs.getObject("parent_id", Long.class), 0))
			.list();
	}

	/** One line of {@link #subtreeOutline}. */
	public record UnitChoiceRow(long id, String name, @Nullable Long parentId, int depth) {
	}

	public boolean siblingNameTaken(long parentId, String name) {
		return jdbc.sql("select exists(select 1 from admin_unit where parent_id = ? and lower(name) = lower(?) and valid_to is null)")
			.params(parentId, SearchText.clean(name)).query(Boolean.class).single();
	}

	/**
	 * The next free number for a hamlet code {@code <commune code>-NNN}. Commune codes are reused
	 * by later versions of a commune, so the number is counted over every hamlet whose code starts
	 * with that commune code, not only over this commune's hamlets: a hamlet code stays unique.
	 */
	public int nextHamletNumber(String communeCode) {
		return jdbc.sql("""
				select coalesce(max(substring(code from '-(\\d+)$')::int), 0) + 1 from admin_unit
				where level = 4 and code like ? || '-%'
				""").param(communeCode).query(Integer.class).single();
	}

	/** Inserts a unit under its parent (or as a root) and returns it with its path. */
	public AdminUnit insert(String code, String name, UnitType type, @Nullable AdminUnit parent, String provinceCode,
			LocalDate validFrom, String source) {
		long id = jdbc.sql("select nextval('admin_unit_id_seq')").query(Long.class).single();
		String path = parent == null ? Long.toString(id) : parent.path() + "." + id;
		String clean = SearchText.clean(name);
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code, valid_from, source)
				values (?, ?, ?, ?, ?, ?, ?, ?::ltree, ?, ?, ?)
				""")
			.params(id, code, clean, SearchText.fold(clean), type.name(), type.level(),
					parent == null ? null : parent.id(), path, provinceCode, validFrom, source)
			.update();
		return new AdminUnit(id, code, clean, type, parent == null ? null : parent.id(), path, provinceCode, validFrom, null);
	}

	private AdminUnit map(ResultSet rs, int row) throws SQLException {
		Long parent = rs.getObject("parent_id", Long.class);
		return new AdminUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), parent, rs.getString("path"),
				rs.getString("province_code"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}
}
