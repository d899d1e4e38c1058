package vn.ngoso.territory.reorg;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signing in for service calls, and a fingerprint of everything a reorganisation may change. */
final class ReorgFixtures {

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	ReorgFixtures(UserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	<T> T as(String username, Supplier<T> work) {
		return new vn.ngoso.support.DemoUsers(users).callAs(username, work);
	}

	/** One hash over the tree, every cached path, the figures, the users' units and the history tables. */
	String fingerprint() {
		return jdbc.sql("""
				select md5(string_agg(x, '|' order by x)) from (
				  select 'u' || id || code || name || coalesce(parent_id, 0) || path::text || valid_from || coalesce(valid_to::text, '') as x from admin_unit
				  union all select 't' || id || unit_id || unit_path::text from team
				  union all select 'h' || id || unit_id || commune_id || unit_path::text || code from household
				  union all select 'f' || unit_id || indicator || month || value from figure
				  union all select 'a' || id || coalesce(unit_id, 0) from app_user
				  union all select 'r' || count(*) from reorganisation
				  union all select 'm' || count(*) from unit_move
				  union all select 'l' || count(*) from audit_log) s
				""").query(String.class).single();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
