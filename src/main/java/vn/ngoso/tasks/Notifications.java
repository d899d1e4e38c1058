package vn.ngoso.tasks;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;

/** The caller's in-app notifications: the list page and the count in the header. */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private final JdbcClient jdbc;

	private final CurrentScope currentScope;

	Notifications(JdbcClient jdbc, CurrentScope currentScope) {
		this.jdbc = jdbc;
		this.currentScope = currentScope;
	}

	public int unread() {
		return jdbc.sql("select count(*) from notification where username = ? and read_at is null")
			.param(currentScope.get().username()).query(Integer.class).single();
	}

	/** The newest 200. */
	public List<Notification> mine() {
		return jdbc.sql("""
				select n.id, n.at, n.kind, n.task_id, t.title, u.name, n.read_at is not null as read
				from notification n left join task t on t.id = n.task_id left join admin_unit u on u.id = t.assignee_unit_id
				where n.username = ? order by n.at desc, n.id desc limit 200
				""").param(currentScope.get().username())
			.query((rs, i) -> new Notification(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	@Transactional
	public void markAllRead() {
		jdbc.sql("update notification set read_at = now() where username = ? and read_at is null")
			.param(currentScope.get().username()).update();
	}
}
