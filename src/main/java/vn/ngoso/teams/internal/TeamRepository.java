package vn.ngoso.teams.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.TeamOverview;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.UnitChoice;
import vn.ngoso.teams.Youth;

/**
 * SQL over {@code team} and {@code member}. Every list takes the caller's subtree path and
 * narrows on the team's copied unit path, so a province-wide list is one indexed scan.
 */
@Repository
public class TeamRepository {

	private static final String TEAM_SELECT = """
			select t.id, t.unit_id, u.code as unit_code, u.name as unit_name, coalesce(p.name, '') as parent_name,
			       t.unit_path::text as unit_path, t.name,
			       t.decision_no, t.decision_date,
			       count(m.id) filter (where m.left_on is null) as active_members,
			       count(m.id) filter (where m.left_on is null and m.birth_date > :youthAfter and m.birth_date <= :youthBy) as youth_members
			from team t join admin_unit u on u.id = t.unit_id left join admin_unit p on p.id = u.parent_id
			left join member m on m.team_id = t.id
			""";

	/** Leader, then deputies, then members (the role names do not sort that way). */
	private static final String ROLE_ORDER = "array_position(array['LEADER','DEPUTY','MEMBER']::varchar[], m.role)";

	private static final String MEMBER_SELECT = """
			select m.id, m.team_id, t.name as team_name, m.full_name, m.birth_date, m.sex, m.phone, m.role,
			       m.affiliations, m.joined_on, m.left_on
			from member m join team t on t.id = m.team_id
			""";

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A filter in SQL plus its parameters, built once for a list and its count. */
	private record Where(String sql, List<Object[]> params) {

		static Where of() {
			return new Where("where true", new ArrayList<>());
		}

		Where and(String clause) {
			return new Where(sql + " and " + clause, params);
		}

		Where and(String clause, String name, @Nullable Object value) {
			return and(clause).param(name, value);
		}

		Where param(String name, @Nullable Object value) {
			var p = new ArrayList<>(params);
			p.add(new Object[] { name, value });
			return new Where(sql, p);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			for (Object[] p : params) {
				spec = spec.param((String) p[0], p[1]);
			}
			return spec;
		}
	}

	public Optional<Team> findTeam(long id, LocalDate today) {
		var spec = jdbc.sql(TEAM_SELECT + " where t.id = :id group by t.id, u.id, p.id");
		return youth(spec, today).param("id", id).query(this::mapTeam).optional();
	}

	public List<Team> findTeams(@Nullable String scopePath, @Nullable Long onlyTeam, TeamFilter filter,
			@Nullable String unitPath, LocalDate today, int offset, int limit) {
		Where where = teamWhere(scopePath, onlyTeam, filter, unitPath);
		String having = filter.sizeWarningOnly()
				? " having count(m.id) filter (where m.left_on is null) not between 4 and 12" : "";
		var spec = jdbc.sql(TEAM_SELECT + where.sql() + " group by t.id, u.id, p.id" + having
				+ " order by t.unit_path, t.name_folded offset :offset limit :limit");
		return youth(where.bind(spec), today).param("offset", offset).param("limit", limit)
			.query(this::mapTeam).list();
	}

	public long countTeams(@Nullable String scopePath, @Nullable Long onlyTeam, TeamFilter filter,
			@Nullable String unitPath) {
		Where where = teamWhere(scopePath, onlyTeam, filter, unitPath);
		String sql = filter.sizeWarningOnly()
				? "select count(*) from (select t.id from team t left join member m on m.team_id = t.id " + where.sql()
						+ " group by t.id having count(m.id) filter (where m.left_on is null) not between 4 and 12) x"
				: "select count(*) from team t " + where.sql();
		return where.bind(jdbc.sql(sql)).query(Long.class).single();
	}

	private Where teamWhere(@Nullable String scopePath, @Nullable Long onlyTeam, TeamFilter filter,
			@Nullable String unitPath) {
		Where where = Where.of();
		if (scopePath != null) {
			where = where.and("t.unit_path <@ cast(:scope as ltree)", "scope", scopePath);
		}
		if (onlyTeam != null) {
			where = where.and("t.id = :onlyTeam", "onlyTeam", onlyTeam);
		}
		if (unitPath != null) {
			where = where.and("t.unit_path <@ cast(:unit as ltree)", "unit", unitPath);
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where = where.and("t.name_folded like :q", "q", SearchText.containing(filter.q()));
		}
		return where;
	}

	public List<Member> findMembers(@Nullable String scopePath, @Nullable Long onlyTeam, @Nullable Long onlyMember,
			MemberFilter filter, @Nullable String unitPath, LocalDate today, int offset, int limit) {
		Where where = memberWhere(scopePath, onlyTeam, onlyMember, filter, unitPath, today);
		var spec = jdbc.sql(MEMBER_SELECT + where.sql()
				+ " order by t.unit_path, t.name_folded, m.left_on nulls first, " + ROLE_ORDER
				+ ", m.name_folded offset :offset limit :limit");
		return where.bind(spec).param("offset", offset).param("limit", limit).query(this::mapMember).list();
	}

	public long countMembers(@Nullable String scopePath, @Nullable Long onlyTeam, @Nullable Long onlyMember,
			MemberFilter filter, @Nullable String unitPath, LocalDate today) {
		Where where = memberWhere(scopePath, onlyTeam, onlyMember, filter, unitPath, today);
		return where.bind(jdbc.sql("select count(*) from member m join team t on t.id = m.team_id " + where.sql()))
			.query(Long.class).single();
	}

	private Where memberWhere(@Nullable String scopePath, @Nullable Long onlyTeam, @Nullable Long onlyMember,
			MemberFilter filter, @Nullable String unitPath, LocalDate today) {
		Where where = Where.of();
		if (scopePath != null) {
			where = where.and("t.unit_path <@ cast(:scope as ltree)", "scope", scopePath);
		}
		if (onlyTeam != null) {
			where = where.and("t.id = :onlyTeam", "onlyTeam", onlyTeam);
		}
		if (onlyMember != null) {
			where = where.and("m.id = :onlyMember", "onlyMember", onlyMember);
		}
		if (unitPath != null) {
			where = where.and("t.unit_path <@ cast(:unit as ltree)", "unit", unitPath);
		}
		if (filter.teamId() != null) {
			where = where.and("t.id = :team", "team", filter.teamId());
		}
		if (!filter.includeLeft()) {
			where = where.and("m.left_on is null");
		}
		if (filter.youth() != null) {
			String youthClause = "(m.birth_date > :youthAfter and m.birth_date <= :youthBy)";
			where = where.and(filter.youth() ? youthClause : "not " + youthClause)
				.param("youthAfter", Youth.bornAfter(today))
				.param("youthBy", Youth.bornOnOrBefore(today));
		}
		if (filter.affiliation() != null) {
			where = where.and(":affiliation = any(m.affiliations)", "affiliation", filter.affiliation().name());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where = where.and("m.name_folded like :q", "q", SearchText.containing(filter.q()));
		}
		return where;
	}

	/** Hamlets (and communes) in force inside a subtree that have no team yet, or the given one. */
	public List<UnitChoice> unitsWithoutTeam(@Nullable String scopePath, @Nullable Long include, int limit) {
		return jdbc.sql("""
				select u.id, case when u.level = 4 then u.name || ' – ' || p.name else u.name end as label
				from admin_unit u left join admin_unit p on p.id = u.parent_id
				where u.level in (3, 4) and u.valid_to is null
				  and (cast(:scope as ltree) is null or u.path <@ cast(:scope as ltree))
				  and (u.id = cast(:include as bigint) or not exists (select 1 from team t where t.unit_id = u.id))
				order by u.level desc, p.name_folded, u.name_folded limit :limit
				""").param("scope", scopePath).param("include", include).param("limit", limit)
			.query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("label"))).list();
	}

	public Optional<Member> findMember(long id) {
		return jdbc.sql(MEMBER_SELECT + " where m.id = :id").param("id", id).query(this::mapMember).optional();
	}

	/**
	 * The team the person of membership {@code memberId} (known by mobile number) served in on
	 * {@code day}: the membership's own team if it covered the day (read alone: the usual case),
	 * else their membership that did, else the membership's own team.
	 */
	public Optional<Long> teamOn(long memberId, LocalDate day) {
		return jdbc.sql("""
				select case when m.joined_on <= :day and (m.left_on is null or m.left_on >= :day) then m.team_id
				            else coalesce((select o.team_id from member o
				                           where o.phone = m.phone and o.joined_on <= :day
				                             and (o.left_on is null or o.left_on >= :day)
				                           order by o.joined_on desc limit 1), m.team_id) end
				from member m where m.id = :id
				""").param("id", memberId).param("day", day).query(Long.class).optional();
	}

	public Optional<Long> activeMembershipByPhone(String phone) {
		return jdbc.sql("select id from member where phone = ? and left_on is null").param(phone).query(Long.class)
			.optional();
	}

	public int activeCount(long teamId) {
		return jdbc.sql("select count(*) from member where team_id = ? and left_on is null")
			.param(teamId).query(Integer.class).single();
	}

	/** Locks the team row so that two concurrent additions cannot both pass the size check. */
	public void lockTeam(long teamId) {
		jdbc.sql("select id from team where id = ? for update").param(teamId).query(Long.class).single();
	}

	public boolean hasActiveLeader(long teamId, @Nullable Long exceptMember) {
		return jdbc.sql("select exists(select 1 from member where team_id = ? and left_on is null and role = 'LEADER'"
				+ " and id <> coalesce(?, -1))").params(teamId, exceptMember).query(Boolean.class).single();
	}

	public long countUnder(String unitPath) {
		return jdbc.sql("select count(*) from team where unit_path <@ ?::ltree").param(unitPath).query(Long.class).single();
	}

	public boolean unitHasTeam(long unitId, @Nullable Long exceptTeam) {
		return jdbc.sql("select exists(select 1 from team where unit_id = ? and id <> coalesce(?, -1))")
			.params(unitId, exceptTeam).query(Boolean.class).single();
	}

	public long insertTeam(long unitId, String unitPath, String provinceCode, String name, String decisionNo,
			LocalDate decisionDate) {
		return jdbc.sql("""
				insert into team (unit_id, unit_path, province_code, name, name_folded, decision_no, decision_date)
				values (?, ?::ltree, ?, ?, ?, ?, ?) returning id
				""").params(unitId, unitPath, provinceCode, name, SearchText.fold(name), decisionNo, decisionDate)
			.query(Long.class).single();
	}

	public void updateTeam(long id, long unitId, String unitPath, String name, String decisionNo, LocalDate decisionDate) {
		jdbc.sql("""
				update team set unit_id = ?, unit_path = ?::ltree, name = ?, name_folded = ?, decision_no = ?,
				       decision_date = ?, updated_at = now() where id = ?
				""").params(unitId, unitPath, name, SearchText.fold(name), decisionNo, decisionDate, id).update();
	}

	public long insertMember(long teamId, String fullName, LocalDate birthDate, Sex sex, String phone, TeamRole role,
			Set<Affiliation> affiliations, LocalDate joinedOn) {
		return jdbc.sql("""
				insert into member (team_id, full_name, name_folded, birth_date, sex, phone, role, affiliations, joined_on)
				values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?) returning id
				""")
			.params(teamId, fullName, SearchText.fold(fullName), birthDate, sex.name(), phone, role.name(),
					arrayLiteral(affiliations), joinedOn)
			.query(Long.class).single();
	}

	public void updateMember(long id, String fullName, LocalDate birthDate, Sex sex, String phone, TeamRole role,
			Set<Affiliation> affiliations, LocalDate joinedOn) {
		jdbc.sql("""
				update member set full_name = ?, name_folded = ?, birth_date = ?, sex = ?, phone = ?, role = ?,
				       affiliations = ?::text[], joined_on = ?, updated_at = now() where id = ?
				""")
			.params(fullName, SearchText.fold(fullName), birthDate, sex.name(), phone, role.name(),
					arrayLiteral(affiliations), joinedOn, id)
			.update();
	}

	public void leave(long id, LocalDate leftOn) {
		jdbc.sql("update member set left_on = ?, updated_at = now() where id = ?").params(leftOn, id).update();
	}

	public TeamOverview overview(@Nullable String scopePath, @Nullable Long onlyTeam, LocalDate today) {
		return jdbc.sql("""
				with scoped_team as (
				    select t.id, t.unit_path from team t
				    where (cast(:scope as ltree) is null or t.unit_path <@ cast(:scope as ltree))
				      and (cast(:onlyTeam as bigint) is null or t.id = cast(:onlyTeam as bigint))
				), sizes as (
				    select st.id, count(m.id) as active,
				           count(m.id) filter (where m.birth_date > :youthAfter and m.birth_date <= :youthBy) as youth
				    from scoped_team st left join member m on m.team_id = st.id and m.left_on is null
				    group by st.id
				), communes as (
				    select c.id, c.path from admin_unit c
				    join admin_unit root on root.id = ltree2text(subpath(c.path, 0, 1))::bigint
				    where c.level = 3 and c.valid_to is null
				      and (cast(:scope as ltree) is null or c.path <@ cast(:scope as ltree))
				      -- a tree staged beside the one in force (Tây Ninh 2025 until the reorganisation
				      -- closes Long An 2024) does not count yet
				      and not exists (select 1 from admin_unit older where older.parent_id is null
				          and older.code = root.code and older.valid_from < root.valid_from and older.valid_to is null)
				)
				select (select count(*) from communes c where exists (select 1 from scoped_team st where st.unit_path <@ c.path)) as with_teams,
				       (select count(*) from communes) as communes,
				       (select count(*) from sizes) as teams,
				       (select coalesce(sum(active), 0) from sizes) as members,
				       (select coalesce(sum(youth), 0) from sizes) as youth,
				       (select count(*) from sizes where active not between 4 and 12) as outside
				""")
			.param("scope", scopePath).param("onlyTeam", onlyTeam)
			.param("youthAfter", Youth.bornAfter(today)).param("youthBy", Youth.bornOnOrBefore(today))
			.query((rs, n) -> new TeamOverview(rs.getInt("with_teams"), rs.getInt("communes"), rs.getInt("teams"),
					rs.getInt("members"), rs.getInt("youth"), rs.getInt("outside")))
			.single();
	}

	private static JdbcClient.StatementSpec youth(JdbcClient.StatementSpec spec, LocalDate today) {
		return spec.param("youthAfter", Youth.bornAfter(today)).param("youthBy", Youth.bornOnOrBefore(today));
	}

	static String arrayLiteral(Set<Affiliation> affiliations) {
		return "{" + String.join(",", affiliations.stream().map(Enum::name).sorted().toList()) + "}";
	}

	private Team mapTeam(ResultSet rs, int row) throws SQLException {
		return new Team(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("parent_name"),
				rs.getString("unit_path"), rs.getString("name"), rs.getString("decision_no"),
				rs.getObject("decision_date", LocalDate.class), rs.getInt("active_members"), rs.getInt("youth_members"));
	}

	private Member mapMember(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("affiliations");
		Set<Affiliation> affiliations = EnumSet.noneOf(Affiliation.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(Affiliation::valueOf).forEach(affiliations::add);
		}
		return new Member(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"), rs.getString("full_name"),
				rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")), rs.getString("phone"),
				TeamRole.valueOf(rs.getString("role")), affiliations, rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class));
	}
}
