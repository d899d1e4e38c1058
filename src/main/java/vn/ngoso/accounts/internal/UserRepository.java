package vn.ngoso.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
