package vn.ngoso.tasks.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.tasks.AssigneeKind;
import vn.ngoso.tasks.Task;
import vn.ngoso.tasks.TaskEvent;
import vn.ngoso.tasks.TaskStatus;

/** SQL over {@code task} and {@code task_event}. Lists take a visibility condition made by {@link TaskVisibility}. */
@Repository
public class TaskRepository {

	private static final String SELECT = """
			select t.id, t.reference, t.kind, t.title, t.done_means, t.assignee_kind, t.assignee_unit_id,
			       t.assignee_team_id, t.assignee_member_id, t.unit_path::text as path, u.code as unit_code,
			       u.name as unit_name,
			       case t.assignee_kind when 'TEAM' then tm.name when 'MEMBER' then m.full_name else u.name end as assignee_name,
			       t.starts_on, t.due_on, t.progress, t.status, t.accountable,
			       coalesce(a.display_name, t.accountable) as accountable_name, t.created_by, t.contact_name,
			       t.contact_phone, t.overdue_since
			from task t join admin_unit u on u.id = t.assignee_unit_id
			left join team tm on tm.id = t.assignee_team_id
			left join member m on m.id = t.assignee_member_id
			left join app_user a on a.username = t.accountable
			""";

	private final JdbcClient jdbc;

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(String reference, String kind, String title, String doneMeans, AssigneeKind assigneeKind,
			long unitId, @Nullable Long teamId, @Nullable Long memberId, String unitPath, LocalDate startsOn,
			LocalDate dueOn, TaskStatus status, String accountable, String createdBy, @Nullable String contactName,
			@Nullable String contactPhone) {
	}

	public long insert(Row r) {
		return jdbc.sql("""
				insert into task (reference, kind, title, done_means, assignee_kind, assignee_unit_id, assignee_team_id,
				    assignee_member_id, unit_path, starts_on, due_on, status, accountable, created_by, contact_name, contact_phone)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::ltree, ?, ?, ?, ?, ?, ?, ?) returning id
				""").params(r.reference(), r.kind(), r.title(), r.doneMeans(), r.assigneeKind().name(), r.unitId(),
				r.teamId(), r.memberId(), r.unitPath(), r.startsOn(), r.dueOn(), r.status().name(), r.accountable(),
				r.createdBy(), r.contactName(), r.contactPhone())
			.query(Long.class).single();
	}

	public boolean referenceTaken(String reference) {
		return jdbc.sql("select exists(select 1 from task where reference = ?)").param(reference).query(Boolean.class)
			.single();
	}

	public Optional<Task> find(long id) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TaskRepository::task).optional();
	}

	public Optional<Task> findByReference(String reference) {
		return jdbc.sql(SELECT + " where t.reference = ?").param(reference).query(TaskRepository::task).optional();
	}

	/** Tasks meeting {@code condition} (SQL over alias t), the most urgent first. */
	public List<Task> list(String condition, Map<String, ?> params, int limit) {
		return jdbc.sql(SELECT + " where " + condition + """
				 order by case t.status when 'OVERDUE' then 0 when 'DONE' then 2 when 'SIGNED_OFF' then 3 else 1 end,
				          t.due_on, t.id limit :limit
				""").params(params).param("limit", limit).query(TaskRepository::task).list();
	}

	public void setProgress(long id, int progress, TaskStatus status) {
		jdbc.sql("""
				update task set progress = ?, status = ?, updated_at = now(),
				    overdue_since = case when ? = 'OVERDUE' then overdue_since end where id = ?
				""").params(progress, status.name(), status.name(), id).update();
	}

	public void signOff(long id) {
		jdbc.sql("update task set status = 'SIGNED_OFF', signed_off_at = now(), updated_at = now() where id = ?")
			.param(id).update();
	}

	public void addEvent(long taskId, String actor, String kind, @Nullable Integer progress, @Nullable TaskStatus status,
			@Nullable String text) {
		jdbc.sql("insert into task_event (task_id, actor, kind, progress, status, text) values (?, ?, ?, ?, ?, ?)")
			.params(taskId, actor, kind, progress, status == null ? null : status.name(), text).update();
	}

	public List<TaskEvent> history(long taskId) {
		return jdbc.sql("select at, actor, kind, progress, status, text from task_event where task_id = ? order by id")
			.param(taskId)
			.query((rs, n) -> new TaskEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("kind"),
					(Integer) rs.getObject("progress", Integer.class),
					rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status")), rs.getString("text")))
			.list();
	}

	private static Task task(ResultSet rs, int n) throws SQLException {
		Date overdue = rs.getDate("overdue_since");
		return new Task(rs.getLong("id"), rs.getString("reference"), rs.getString("kind"), rs.getString("title"),
				rs.getString("done_means"), AssigneeKind.valueOf(rs.getString("assignee_kind")),
				rs.getLong("assignee_unit_id"), rs.getObject("assignee_team_id", Long.class),
				rs.getObject("assignee_member_id", Long.class), rs.getString("assignee_name"), rs.getString("unit_code"),
				rs.getString("unit_name"),
				rs.getString("path"), rs.getDate("starts_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
				rs.getInt("progress"), TaskStatus.valueOf(rs.getString("status")), rs.getString("accountable"),
				rs.getString("accountable_name"), rs.getString("created_by"), rs.getString("contact_name"),
				rs.getString("contact_phone"), overdue == null ? null : overdue.toLocalDate());
	}
}
