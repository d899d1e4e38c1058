package vn.ngoso.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.training.Completion;
import vn.ngoso.training.Course;
import vn.ngoso.training.CourseKind;
import vn.ngoso.training.TrainingHistory;
import vn.ngoso.training.TrainingSession;

/** Courses, sessions, attendance and completions. Counts and lists are limited to a subtree of members. */
@Repository
public class TrainingRepository {

	private static final String COURSE = """
			select c.id, c.kind, c.title, c.unit_id, u.code as unit_code, u.name as unit_name, c.unit_path::text as unit_path,
			       (select count(*) from training_session s where s.course_id = c.id) as sessions,
			       (select count(*) from training_completion k join member m on m.id = k.member_id
			        join team t on t.id = m.team_id
			        where k.course_id = c.id and (cast(:scope as text) is null or t.unit_path <@ cast(:scope as ltree))) as completions
			from course c left join admin_unit u on u.id = c.unit_id
			""";

	/**
	 * The courses a scope may read: the national one, those of the units above it (the province's,
	 * its district's) and those organised inside it; not another district's.
	 */
	private static final String VISIBLE = """
			(cast(:scope as text) is null or c.unit_path is null or c.unit_path @> cast(:scope as ltree)
			 or c.unit_path <@ cast(:scope as ltree))
			""";

	private final JdbcClient jdbc;

	TrainingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A course and its organiser's path (null for the national course). */
	public record Located(Course course, @Nullable String unitPath) {
	}

	public long insertCourse(CourseKind kind, String title, @Nullable Long unitId, @Nullable String unitPath, String by) {
		return jdbc.sql("""
				insert into course (kind, title, unit_id, unit_path, created_by) values (?, ?, ?, cast(? as ltree), ?)
				returning id
				""").params(kind.name(), title, unitId, unitPath, by).query(Long.class).single();
	}

	public Optional<Located> course(long id, @Nullable String scope) {
		return jdbc.sql(COURSE + " where c.id = :id and " + VISIBLE).param("id", id).param("scope", scope)
			.query((rs, n) -> new Located(course(rs), rs.getString("unit_path"))).optional();
	}

	/** The courses the scope may read, the online course first; completions counted within the scope. */
	public List<Course> courses(@Nullable String scope) {
		return jdbc.sql(COURSE + " where " + VISIBLE + " order by c.kind = 'ONLINE' desc, c.id desc").param("scope", scope)
			.query((rs, n) -> course(rs)).list();
	}

	public boolean insertSession(UUID id, long courseId, LocalDate date, String trainer, @Nullable String place,
			String by) {
		return jdbc.sql("""
				insert into training_session (id, course_id, held_on, trainer, place, created_by)
				values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing
				""").params(id, courseId, date, trainer, place, by).update() == 1;
	}

	public void addAttendance(UUID sessionId, long memberId) {
		jdbc.sql("insert into training_attendance (session_id, member_id) values (?, ?) on conflict do nothing")
			.params(sessionId, memberId).update();
	}

	public Optional<TrainingSession> session(UUID id, @Nullable String scope) {
		return sessions("s.id = :id", scope).param("id", id).query((rs, n) -> session(rs)).optional();
	}

	public List<TrainingSession> sessionsOf(long courseId, @Nullable String scope) {
		return sessions("s.course_id = :course", scope).param("course", courseId).query((rs, n) -> session(rs)).list();
	}

	private JdbcClient.StatementSpec sessions(String where, @Nullable String scope) {
		return jdbc.sql("""
				select s.*, coalesce((select array_agg(a.member_id order by a.member_id) from training_attendance a
				                      join member m on m.id = a.member_id join team t on t.id = m.team_id
				                      where a.session_id = s.id
				                        and (cast(:scope as text) is null or t.unit_path <@ cast(:scope as ltree))), '{}') as members
				from training_session s join course c on c.id = s.course_id
				where %s and %s order by s.held_on desc
				""".formatted(where, VISIBLE)).param("scope", scope);
	}

	/** Whether a session has this id, whatever its course. */
	public boolean sessionExists(UUID id) {
		return jdbc.sql("select exists(select 1 from training_session where id = ?)").param(id).query(Boolean.class)
			.single();
	}

	public void upsertCompletion(long courseId, long memberId, LocalDate on, @Nullable String certificate, String by) {
		jdbc.sql("""
				insert into training_completion (course_id, member_id, completed_on, certificate_no, recorded_by)
				values (?, ?, ?, ?, ?)
				on conflict (course_id, member_id) do update
				set completed_on = excluded.completed_on, certificate_no = excluded.certificate_no,
				    recorded_by = excluded.recorded_by
				""").params(courseId, memberId, on, certificate, by).update();
	}

	/** Completions of a course by members of teams under the scope (null: all). */
	public List<Completion> completionsOf(long courseId, @Nullable String scope) {
		return completions("k.course_id = :id and (cast(:scope as text) is null or t.unit_path <@ cast(:scope as ltree))")
			.param("id", courseId).param("scope", scope).query((rs, n) -> completion(rs)).list();
	}

	public TrainingHistory historyOf(long memberId) {
		List<Completion> completions = completions("k.member_id = :id").param("id", memberId)
			.query((rs, n) -> completion(rs)).list();
		List<TrainingHistory.Attended> attended = jdbc.sql("""
				select s.held_on, c.title, s.trainer from training_attendance a
				join training_session s on s.id = a.session_id join course c on c.id = s.course_id
				where a.member_id = ? order by s.held_on desc
				""").param(memberId).query((rs, n) -> new TrainingHistory.Attended(
					rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
		return new TrainingHistory(memberId, completions, attended);
	}

	private JdbcClient.StatementSpec completions(String where) {
		return jdbc.sql("""
				select k.course_id, c.title, c.kind, k.member_id, m.full_name, k.completed_on, k.certificate_no
				from training_completion k join course c on c.id = k.course_id
				join member m on m.id = k.member_id join team t on t.id = m.team_id
				where %s order by k.completed_on desc, m.full_name
				""".formatted(where));
	}

	private static Course course(ResultSet rs) throws SQLException {
		return new Course(rs.getLong("id"), CourseKind.valueOf(rs.getString("kind")), rs.getString("title"),
				(Long) rs.getObject("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("sessions"), rs.getInt("completions"));
	}

	private static TrainingSession session(ResultSet rs) throws SQLException {
		return new TrainingSession(rs.getObject("id", UUID.class), rs.getLong("course_id"),
				rs.getObject("held_on", LocalDate.class), rs.getString("trainer"), rs.getString("place"),
				Arrays.stream((Long[]) rs.getArray("members").getArray()).toList());
	}

	private static Completion completion(ResultSet rs) throws SQLException {
		return new Completion(rs.getLong(1), rs.getString(2), CourseKind.valueOf(rs.getString(3)), rs.getLong(4),
				rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7));
	}
}
