package vn.ngoso.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies and counts for outreach sessions and service-desk days, as the API takes them. */
public final class OperationFixtures {

	/** Tables a refused session or desk day must leave untouched, with the figures. */
	private static final List<String> TABLES = List.of("outreach_session", "outreach_session_team",
			"outreach_session_attendee", "service_desk_day", "service_desk_member", "audit_log");

	private final JdbcClient jdbc;

	public OperationFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current unit with this official (or demo hamlet) code. */
	public long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null order by level limit 1").param(code)
			.query(Long.class).single();
	}

	public String unitPath(String code) {
		return jdbc.sql("select path::text from admin_unit where code = ? and valid_to is null order by level limit 1")
			.param(code).query(String.class).single();
	}

	/** The Long An 2024 province unit (its code 80 is reused by Tây Ninh in 2025). */
	public long longAn() {
		return jdbc.sql("select id from admin_unit where source = 'GSO-LONG-AN-2024-11-01' and level = 1")
			.query(Long.class).single();
	}

	public long teamOf(String hamletCode) {
		return jdbc.sql("select t.id from team t join admin_unit u on u.id = t.unit_id where u.code = ? limit 1")
			.param(hamletCode).query(Long.class).single();
	}

	public List<Long> activeMembersOf(String hamletCode) {
		return jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id
				where u.code = ? and m.left_on is null order by m.id
				""").param(hamletCode).query(Long.class).list();
	}

	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>(RowCounts.of(jdbc));
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("figure sum", jdbc.sql("select coalesce(sum(value), 0) + count(*) from figure").query(Long.class).single());
		return counts;
	}

	public static Map<String, Object> session(UUID id, long unitId, LocalDate date, int attendees, int leaflets) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("unitId", unitId);
		body.put("date", date.toString());
		body.put("place", "Nhà văn hoá ấp");
		body.put("teamIds", List.of());
		body.put("topics", List.of("ONLINE_PUBLIC_SERVICES", "VNEID"));
		body.put("attendees", attendees);
		body.put("residentIds", List.of());
		body.put("leaflets", leaflets);
		body.put("partners", "Viettel Long An");
		body.put("notes", "Ảnh 1: người dân cài VNeID");
		return body;
	}

	public static Map<String, Object> deskDay(UUID id, long unitId, LocalDate date, Integer accounts, Integer dossiers,
			Integer payments) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("unitId", unitId);
		body.put("date", date.toString());
		body.put("memberIds", List.of());
		body.put("accountsHelped", accounts);
		body.put("dossiersOnline", dossiers);
		body.put("paymentsOnline", payments);
		return body;
	}
}
