package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.accounts.ScopeTargets.MemberRef;
import vn.ngoso.accounts.ScopeTargets.TeamRef;
import vn.ngoso.accounts.ScopeTargets.Unit;
import vn.ngoso.platform.Role;

/**
 * Finds, in the demo data, what each scoped demo account owns and what lies just outside it, and
 * takes before/after snapshots of the database for the "changes nothing" checks.
 */
final class ScopeFixture {

	/** The four scoped roles the issue names: COMMUNE, DISTRICT, TEAM_LEADER, MEMBER. */
	static final List<String> SCOPED_USERS = List.of("xa", "huyen", "totruong", "thanhvien");

	private static final String UNIT = "select id, code, name, path::text as path from admin_unit ";

	private static final String TEAM = """
			select t.id, t.name, t.unit_id, u.code as unit_code, t.decision_no, t.decision_date::text as decision_date
			from team t join admin_unit u on u.id = t.unit_id
			""";

	private static final String MEMBER = "select id, team_id, full_name, phone from member ";

	private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

	private final JdbcClient jdbc;

	private final Map<String, ScopeTargets> targets = new ConcurrentHashMap<>();

	ScopeFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ScopeTargets targets(String user) {
		return targets.computeIfAbsent(user, this::load);
	}

	private ScopeTargets load(String user) {
		var account = jdbc.sql("select role, unit_id, team_id, member_id from app_user where username = ?").param(user)
			.query((rs, n) -> new Object[] { Role.valueOf(rs.getString(1)), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getObject(4, Long.class) })
			.single();
		Role role = (Role) account[0];
		Unit own = unit("where id = ?", account[1]);
		Unit ancestor = unit("where id = (select parent_id from admin_unit where id = ?)", own.id());
		TeamRef ownTeam = role.isOfficer()
				? team("where t.unit_path <@ cast(? as ltree) order by (t.name = 'Tổ CNSCĐ Ấp Cả Bản') desc, t.id limit 1",
						own.path())
				: team("where t.id = ?", account[2]);
		MemberRef ownMember = role == Role.MEMBER ? member("where id = ?", account[3])
				: member("where team_id = ? and left_on is null and role <> 'LEADER' order by id limit 1", ownTeam.id());
		Unit outsideUnit = role.isOfficer() ? unit("""
				where level = 3 and valid_to is null and path <@ cast(? as ltree) and not path <@ cast(? as ltree)
				  and exists (select 1 from team t where t.unit_path <@ admin_unit.path)
				  and not exists (select 1 from team t where t.unit_id = admin_unit.id)
				order by code limit 1
				""", ancestor.path(), own.path()) : ancestor;
		TeamRef outsideTeam = team("""
				where t.unit_path <@ cast(? as ltree) and t.id <> ?
				  and (select count(*) from member m where m.team_id = t.id and m.left_on is null) between 2 and 11
				order by t.id limit 1
				""", outsideUnit.path(), ownTeam.id());
		MemberRef otherTeamMember = member("where team_id = ? and left_on is null order by id desc limit 1",
				outsideTeam.id());
		MemberRef outsideMember = role == Role.MEMBER
				? member("where team_id = ? and left_on is null and id <> ? order by (role = 'LEADER') desc, id limit 1",
						ownTeam.id(), ownMember.id())
				: member("where team_id = ? and left_on is null order by id limit 1", outsideTeam.id());
		var t = new ScopeTargets(user, role, own.path(), own, ownTeam, ownMember, ancestor, outsideUnit, outsideTeam,
				outsideMember, otherTeamMember);
		sanityCheck(t);
		return t;
	}

	/** The targets really are inside and outside the scope, as the tests claim. */
	private void sanityCheck(ScopeTargets t) {
		assertThat(teamPath(t.ownTeam().id())).as("own team inside scope").matches(p -> inside(p, t.scopePath()));
		assertThat(teamPath(t.outsideTeam().id())).as("outside team").matches(p -> !inside(p, t.scopePath()));
		assertThat(t.outsideUnit().path()).as("outside unit").matches(p -> !inside(p, t.scopePath()));
		assertThat(t.ancestor().path()).as("ancestor").matches(p -> !inside(p, t.scopePath()));
		assertThat(teamPath(t.outsideTeam().id())).as("outside team lies in the outside unit")
			.matches(p -> inside(p, t.outsideUnit().path()));
		assertThat(t.outsideMember().id()).isNotEqualTo(t.ownMember().id());
		if (!t.officer()) {
			assertThat(t.outsideTeam().id()).isNotEqualTo(t.ownTeam().id());
		}
	}

	private static boolean inside(String path, String scope) {
		return path.equals(scope) || path.startsWith(scope + ".");
	}

	String teamPath(long teamId) {
		return jdbc.sql("select unit_path::text from team where id = ?").param(teamId).query(String.class).single();
	}

	/** Teams the account may list: its subtree for officers, its own team otherwise. */
	Set<Long> visibleTeamIds(ScopeTargets t) {
		if (!t.officer()) {
			return Set.of(t.ownTeam().id());
		}
		return Set.copyOf(jdbc.sql("select id from team where unit_path <@ cast(? as ltree)").param(t.scopePath())
			.query(Long.class).list());
	}

	/** Active members the account may list: its subtree, its team, or itself. */
	Set<Long> visibleActiveMemberIds(ScopeTargets t) {
		if (t.role() == Role.MEMBER) {
			return Set.of(t.ownMember().id());
		}
		String teams = visibleTeamIds(t).stream().map(String::valueOf).collect(Collectors.joining(","));
		return Set.copyOf(jdbc.sql("select id from member where left_on is null and team_id in (" + teams + ")")
			.query(Long.class).list());
	}

	/** Mobile numbers of the active members the account may list. */
	Set<String> visibleActivePhones(ScopeTargets t) {
		String ids = visibleActiveMemberIds(t).stream().map(String::valueOf).collect(Collectors.joining(","));
		return Set.copyOf(jdbc.sql("select phone from member where id in (" + ids + ")").query(String.class).list());
	}

	/** The commune a team lies in (its unit, or the unit's parent for a hamlet). */
	long communeOfTeam(long teamId) {
		return jdbc.sql("""
				select case when u.level = 3 then u.id else u.parent_id end
				from team t join admin_unit u on u.id = t.unit_id where t.id = ?
				""").param(teamId).query(Long.class).single();
	}

	/**
	 * Founds a team on a commune itself (a commune that runs one team), for the cases the demo
	 * accounts cannot show: a team leader whose scope unit holds other teams. Call it inside a
	 * test transaction, which rolls it back.
	 */
	long insertCommuneTeam(long communeId, String name) {
		return jdbc.sql("""
				insert into team (unit_id, unit_path, province_code, name, name_folded, decision_no, decision_date)
				select id, path, province_code, ?, lower(?), '1/QĐ-UBND', date '2023-01-01'
				from admin_unit where id = ? and level = 3 returning id
				""").params(name, name, communeId).query(Long.class).single();
	}

	/** The province the scope lies in: the root of its path. */
	long provinceOf(ScopeTargets t) {
		return jdbc.sql("select id from admin_unit where path = subpath(cast(? as ltree), 0, 1)").param(t.scopePath())
			.query(Long.class).single();
	}

	/** A partner enterprise that supports this very unit (the demo has one for the province, one for Vĩnh Hưng). */
	UUID partnerCovering(long unitId) {
		return jdbc.sql("select partner_id from partner_unit where unit_id = ? order by partner_id limit 1").param(unitId)
			.query(UUID.class).single();
	}

	boolean unitInside(long unitId, String scopePath) {
		return jdbc.sql("select path <@ cast(? as ltree) from admin_unit where id = ?").params(scopePath, unitId)
			.query(Boolean.class).single();
	}

	/** A mobile number no member has ever had (Viettel 086 prefix, unlike the demo numbers). */
	String freshPhone() {
		while (true) {
			String phone = "0868" + String.format("%06d", PHONES.getAndIncrement() % 1_000_000);
			if (count("select count(*) from member where phone = ?", phone) == 0) {
				return phone;
			}
		}
	}

	private static final AtomicInteger NAMES = new AtomicInteger();

	/**
	 * A name used nowhere else, letters only (person names may not hold digits): the prefix and a
	 * word made from the clock and a counter.
	 */
	static String uniqueName(String prefix) {
		long n = System.currentTimeMillis() * 1000 + NAMES.getAndIncrement() % 1000;
		StringBuilder word = new StringBuilder();
		for (; n > 0; n /= 26) {
			word.append((char) ('a' + n % 26));
		}
		return prefix + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/**
	 * Row counts of every table a write could touch, and the full rows of the targets. Compared
	 * before and after inside one test; the test classes of this JVM run one after another.
	 */
	Map<String, Object> snapshot(ScopeTargets t) {
		Map<String, Object> s = new LinkedHashMap<>();
		for (String table : List.of("admin_unit", "team", "member", "app_user", "audit_log")) {
			s.put("count(" + table + ")", count("select count(*) from " + table));
		}
		s.put("team " + t.ownTeam().id(), row("team", t.ownTeam().id()));
		s.put("team " + t.outsideTeam().id(), row("team", t.outsideTeam().id()));
		s.put("member " + t.ownMember().id(), row("member", t.ownMember().id()));
		for (MemberRef m : t.outsideMembers()) {
			s.put("member " + m.id(), row("member", m.id()));
		}
		s.put("unit " + t.outsideUnit().id(), row("admin_unit", t.outsideUnit().id()));
		s.put("children of unit " + t.outsideUnit().id(),
				count("select count(*) from admin_unit where parent_id = ?", t.outsideUnit().id()));
		s.put("teams under unit " + t.outsideUnit().id(),
				count("select count(*) from team where unit_path <@ cast(? as ltree)", t.outsideUnit().path()));
		return s;
	}

	String row(String table, long id) {
		return jdbc.sql("select row_to_json(x)::text from " + table + " x where id = ?").param(id).query(String.class)
			.single();
	}

	private Unit unit(String where, Object... params) {
		return jdbc.sql(UNIT + where).params(params)
			.query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path")))
			.single();
	}

	private TeamRef team(String where, Object... params) {
		return jdbc.sql(TEAM + where).params(params)
			.query((rs, n) -> new TeamRef(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
					rs.getString("unit_code"), rs.getString("decision_no"), rs.getString("decision_date")))
			.single();
	}

	private MemberRef member(String where, Object... params) {
		return jdbc.sql(MEMBER + where).params(params)
			.query((rs, n) -> new MemberRef(rs.getLong("id"), rs.getLong("team_id"), rs.getString("full_name"),
					rs.getString("phone")))
			.single();
	}
}
