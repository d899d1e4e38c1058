package vn.ngoso.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;
import vn.ngoso.accounts.AccountListItem;
import vn.ngoso.accounts.UserAccount;
import vn.ngoso.platform.Role;

@Repository
public class UserRepository {

	public record StoredUser(UserAccount account, String passwordHash) {
	}

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredUser> findByUsername(String username) {
		return jdbc.sql("select * from app_user where username = ?").param(username)
			.query((rs, n) -> new StoredUser(map(rs), rs.getString("password_hash"))).optional();
	}

	public Optional<UserAccount> findById(long id) {
		return jdbc.sql("select * from app_user where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/**
	 * The standing of one account, found by id, username or the hash of a live token. Reads the
	 * territory's and the teams' tables by primary key: this runs on every request, so it must stay
	 * one indexed query rather than a call into each module.
	 */
	Optional<AccountStanding> standingById(long id, LocalDate today) {
		return standing("a.id = :key", id, today, null);
	}

	Optional<AccountStanding> standingByUsername(String username, LocalDate today) {
		return standing("a.username = :key", username, today, null);
	}

	Optional<AccountStanding> standingByToken(String tokenHash, LocalDate today, Instant now) {
		return standing("a.id = (select k.user_id from api_token k where k.token_hash = :key and k.expires_at > :now)",
				tokenHash, today, Timestamp.from(now));
	}

	private Optional<AccountStanding> standing(String where, Object key, LocalDate today, @Nullable Timestamp now) {
		return jdbc.sql("""
				select a.*, u.path::text as unit_path, u.name as unit_name, u.valid_to is null as unit_open,
				       t.name as team_name, coalesce(m.left_on <= :today, false) as left_team
				from app_user a
				left join admin_unit u on u.id = a.unit_id
				left join team t on t.id = a.team_id
				left join member m on m.id = a.member_id
				""" + " where " + where)
			.param("key", key).param("today", today).param("now", now)
			.query((rs, n) -> new AccountStanding(map(rs), rs.getString("password_hash"), rs.getString("unit_path"),
					rs.getString("unit_name"), rs.getBoolean("unit_open"), rs.getString("team_name"),
					rs.getBoolean("left_team")))
			.optional();
	}

	public boolean exists(String username) {
		return jdbc.sql("select exists(select 1 from app_user where username = ?)").param(username)
			.query(Boolean.class).single();
	}

	public long insert(String username, String hash, String displayName, Role role, Long unitId, Long teamId,
			Long memberId) {
		return jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, unit_id, team_id, member_id)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""").params(username, hash, displayName, role.name(), unitId, teamId, memberId)
			.query(Long.class).single();
	}

	/** Accounts whose scope unit lies in a subtree (all of them for null), with the unit's name. */
	public List<AccountListItem> findInSubtree(@Nullable String path) {
		return jdbc.sql("""
				select a.*, coalesce(t.name, u.name, '') as scope_name from app_user a
				left join admin_unit u on u.id = a.unit_id left join team t on t.id = a.team_id
				where cast(:path as ltree) is null or u.path <@ cast(:path as ltree)
				order by array_position(array['ADMIN','PROVINCE','DISTRICT','COMMUNE','TEAM_LEADER','MEMBER'], a.role::text),
				         u.path, a.username
				""").param("path", path).query((rs, n) -> new AccountListItem(map(rs), rs.getString("scope_name"))).list();
	}

	/**
	 * Whether the member already has an enabled account other than {@code exceptId}. Takes a lock
	 * on the member for the rest of the transaction first, so two requests at once cannot both
	 * find none and each give the member an account.
	 */
	public boolean memberHasEnabledAccount(long memberId, @Nullable Long exceptId) {
		jdbc.sql("select count(pg_advisory_xact_lock(hashtextextended('app_user.member:' || ?, 0)))").param(memberId)
			.query(Long.class).single();
		return jdbc.sql("""
				select exists(select 1 from app_user
				              where member_id = ? and enabled and id is distinct from cast(? as bigint))
				""").params(memberId, exceptId).query(Boolean.class).single();
	}

	public void setEnabled(long id, boolean enabled) {
		jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	public java.util.Optional<String> unitPathOf(long id) {
		return jdbc.sql("select u.path::text from app_user a join admin_unit u on u.id = a.unit_id where a.id = ?")
			.param(id).query(String.class).optional();
	}

	private static UserAccount map(ResultSet rs) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class), rs.getObject("team_id", Long.class),
				rs.getObject("member_id", Long.class), rs.getBoolean("enabled"));
	}
}
