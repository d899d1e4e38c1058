package vn.ngoso.tasks.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.tasks.Person;

/**
 * Who may answer for a task, read from the accounts' table (a read model: accounts are written
 * only by their own module). An account answers for work under its scope unit.
 */
@Repository
public class People {

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enabled accounts (not members) whose scope covers {@code assigneePath} and lies inside the
	 * caller's subtree ({@code callerPath} null: anywhere), the nearest first.
	 */
	public List<Person> accountableFor(String assigneePath, @Nullable String callerPath) {
		return jdbc.sql("""
				select u.username, u.display_name from app_user u left join admin_unit au on au.id = u.unit_id
				where u.enabled and u.role <> 'MEMBER'
				  and (u.role = 'ADMIN' or au.path @> cast(:assignee as ltree))
				  and (cast(:caller as text) is null or au.path <@ cast(:caller as ltree))
				order by coalesce(nlevel(au.path), 0) desc, u.username
				""").param("assignee", assigneePath).param("caller", callerPath)
			.query((rs, n) -> new Person(rs.getString(1), rs.getString(2))).list();
	}

	/** Accounts (not members) inside the caller's subtree, for the form's choice; the nearest first. */
	public List<Person> inSubtree(@Nullable String callerPath, int limit) {
		return jdbc.sql("""
				select u.username, u.display_name from app_user u left join admin_unit au on au.id = u.unit_id
				where u.enabled and u.role <> 'MEMBER'
				  and (cast(:caller as text) is null or au.path <@ cast(:caller as ltree))
				order by coalesce(nlevel(au.path), 0), u.username limit :limit
				""").param("caller", callerPath).param("limit", limit)
			.query((rs, n) -> new Person(rs.getString(1), rs.getString(2))).list();
	}

	/** Who answers for a citizen's request to a team: its leader's account, else the nearest officer above. */
	public Optional<String> answerableForTeam(long teamId, String hamletPath) {
		return jdbc.sql("""
				select u.username from app_user u join admin_unit au on au.id = u.unit_id
				where u.enabled and u.role <> 'MEMBER' and au.path @> cast(:path as ltree)
				  and (u.role <> 'TEAM_LEADER' or u.team_id = :team)
				order by (u.role = 'TEAM_LEADER') desc, nlevel(au.path) desc, u.username limit 1
				""").param("path", hamletPath).param("team", teamId).query(String.class).optional();
	}

	/** The team founded for a hamlet (or commune), if any: one per unit. */
	public Optional<Long> teamOfUnit(long unitId) {
		return jdbc.sql("select id from team where unit_id = ?").param(unitId).query(Long.class).optional();
	}

	public Optional<String> displayName(String username) {
		return jdbc.sql("select display_name from app_user where username = ?").param(username).query(String.class)
			.optional();
	}
}
