package vn.ngoso.accounts.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log, newest first, limited to a subtree for provincial readers. */
@Component
public class AuditLogReader {

	/** @param actorName the person behind the account: the linked member's name, else the account's display name */
	public record Entry(long id, OffsetDateTime at, String actor, @Nullable String actorName, @Nullable String address,
			String entityType,
			String entityId, String action, @Nullable String before, @Nullable String after) {
	}

	private final JdbcClient jdbc;

	AuditLogReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> read(@Nullable String subtree, @Nullable String entityType, int offset, int limit) {
		return jdbc.sql("""
				select a.id, a.at, a.actor, coalesce(m.full_name, u.display_name) as actor_name, a.actor_address,
				       a.entity_type, a.entity_id, a.action, a.before::text as before, a.after::text as after
				from audit_log a
				left join app_user u on u.username = a.actor
				left join member m on m.id = u.member_id
				where (cast(:subtree as ltree) is null or a.unit_path <@ cast(:subtree as ltree))
				  and (cast(:type as text) is null or a.entity_type = cast(:type as text))
				order by a.id desc offset :offset limit :limit
				""")
			.param("subtree", subtree).param("type", entityType).param("offset", offset).param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("actor_name"), rs.getString("actor_address"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("action"), rs.getString("before"), rs.getString("after")))
			.list();
	}
}
