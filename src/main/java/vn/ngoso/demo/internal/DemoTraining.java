package vn.ngoso.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The department's course of the year with one session the Cả Bản team attended, and the online
 * course "Phổ cập kỹ năng số cộng đồng" completed by most of that team, so the training pages and
 * the members trained figure have something to show.
 */
final class DemoTraining {

	private final JdbcTemplate template;

	private final LocalDate today;

	DemoTraining(JdbcTemplate template, LocalDate today) {
		this.template = template;
		this.today = today;
	}

	void insert(long provinceId, String provincePath, String place, List<Long> caBanMembers) {
		Long course = template.queryForObject("""
				insert into course (kind, title, unit_id, unit_path, created_by)
				values ('DEPARTMENT', 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng', ?, ?::ltree, 'tinh') returning id
				""", Long.class, provinceId, provincePath);
		UUID session = new UUID(0x7a1_5e55L, 1);
		LocalDate held = today.minusDays(40);
		template.update("""
				insert into training_session (id, course_id, held_on, trainer, place, created_by)
				values (?, ?, ?, 'ThS. Trần Minh Tâm (Sở KH&CN)', ?, 'tinh')
				""", session, course, held, place);
		Long online = template.queryForObject("select id from course where kind = 'ONLINE'", Long.class);
		for (int i = 0; i < caBanMembers.size(); i++) {
			long member = caBanMembers.get(i);
			template.update("insert into training_attendance (session_id, member_id) values (?, ?)", session, member);
			if (i < caBanMembers.size() - 2) {
				template.update("""
						insert into training_completion (course_id, member_id, completed_on, certificate_no, recorded_by)
						values (?, ?, ?, ?, 'xa')
						""", online, member, held.plusDays(3 + i), "KNS-" + held.getYear() + "-" + String.format("%04d", 101 + i));
			}
		}
	}
}
