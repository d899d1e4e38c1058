package vn.ngoso.demo.generator;

import java.sql.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hamlets of an official list's tree (Long An 2024 by default), with the active members of each hamlet's team. */
public final class HamletSource {

	/** The official list the Long An 2024 tree comes from. */
	public static final String LONG_AN_2024 = "GSO-LONG-AN-2024-11-01";

	private final JdbcClient jdbc;

	public HamletSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param communes commune codes to keep, or empty for the whole province */
	public List<HamletRef> longAn(Collection<String> communes) {
		return hamlets(LONG_AN_2024, List.of(), communes);
	}

	/**
	 * The hamlets of some provinces of an official list (the national list has no hamlets of its
	 * own: they are those imported since), with the active members of each hamlet's team.
	 *
	 * @param provinces province codes to keep, or empty for every province of the list
	 */
	public List<HamletRef> ofProvinces(String list, Collection<String> provinces) {
		return hamlets(list, provinces, List.of());
	}

	private List<HamletRef> hamlets(String list, Collection<String> provinces, Collection<String> communes) {
		return jdbc.sql("""
				select h.id, h.code, h.name, h.type, c.id as commune_id, c.code as commune_code, h.path::text as path,
				       h.province_code, t.id as team_id,
				       coalesce(array_agg(m.id order by m.id) filter (where m.id is not null), '{}') as members
				from admin_unit h
				join admin_unit c on c.id = h.parent_id
				left join team t on t.unit_id = h.id
				left join member m on m.team_id = t.id and m.left_on is null
				where h.level = 4 and h.valid_to is null
				  and exists (select 1 from admin_unit p where p.source = :list and p.level = 1 and h.path <@ p.path
				              and (cardinality(cast(:provinces as text[])) = 0 or p.code = any(cast(:provinces as text[]))))
				  and (cardinality(cast(:communes as text[])) = 0 or c.code = any(cast(:communes as text[])))
				group by h.id, c.id, t.id
				order by h.code
				""")
			.param("list", list)
			.param("provinces", provinces.toArray(String[]::new))
			.param("communes", communes.toArray(String[]::new))
			.query((rs, n) -> {
				Array members = rs.getArray("members");
				List<Long> ids = Arrays.stream((Long[]) members.getArray()).toList();
				return new HamletRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getLong("commune_id"), rs.getString("commune_code"), rs.getString("path"),
						rs.getString("province_code"), "KHU_PHO".equals(rs.getString("type")), ids,
						rs.getObject("team_id", Long.class));
			})
			.list();
	}

	/** The Long An 2024 province unit, where its Public Administration Service Centre's days count. */
	public OperationsMaker.Place province() {
		return jdbc.sql("select id, path::text, province_code, name from admin_unit where source = ? and level = 1")
			.param(LONG_AN_2024)
			.query((rs, n) -> new OperationsMaker.Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
	}

	/** The ltree path of the Long An 2024 province unit. */
	public String provincePath() {
		return jdbc.sql("select path::text from admin_unit where source = ? and level = 1").param(LONG_AN_2024)
			.query(String.class).single();
	}
}
