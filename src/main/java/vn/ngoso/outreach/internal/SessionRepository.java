package vn.ngoso.outreach.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.ngoso.outreach.OutreachSession;
import vn.ngoso.outreach.Topic;

/** Outreach sessions, their organising teams and the residents picked as attendees. */
// named apart from Spring Session's "sessionRepository" (the web sessions in the database)
@Repository("outreachSessionRepository")
public class SessionRepository {

	private static final String SELECT = """
			select s.*, u.code as unit_code, u.name as unit_name,
			       coalesce((select array_agg(st.team_id order by st.team_id) from outreach_session_team st
			                 where st.session_id = s.id), '{}') as team_ids,
			       coalesce((select array_agg(t.name order by st.team_id) from outreach_session_team st
			                 join team t on t.id = st.team_id where st.session_id = s.id), '{}') as team_names,
			       coalesce((select array_agg(a.resident_id order by a.resident_id) from outreach_session_attendee a
			                 where a.session_id = s.id), '{}') as resident_ids
			from outreach_session s join admin_unit u on u.id = s.unit_id
			""";

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns of a new session (the unit's path and province come with it). */
	public record Row(UUID id, long unitId, String unitPath, String provinceCode, LocalDate date, String place,
			List<Topic> topics, int attendees, int leaflets, @Nullable String partners, @Nullable String notes,
			String recordedBy) {
	}

	/** @return false when a session with this id exists already (then nothing is written) */
	public boolean insert(Row r) {
		return jdbc.sql("""
				insert into outreach_session (id, unit_id, unit_path, province_code, held_on, place, topics, attendees,
				                              leaflets, partners, notes, recorded_by)
				values (:id, :unit, cast(:path as ltree), :province, :date, :place, :topics, :attendees, :leaflets,
				        :partners, :notes, :by)
				on conflict (id) do nothing
				""").param("id", r.id()).param("unit", r.unitId()).param("path", r.unitPath())
			.param("province", r.provinceCode()).param("date", r.date()).param("place", r.place())
			.param("topics", new SqlArrayValue("text", r.topics().stream().map(Enum::name).toArray()))
			.param("attendees", r.attendees()).param("leaflets", r.leaflets()).param("partners", r.partners())
			.param("notes", r.notes()).param("by", r.recordedBy()).update() == 1;
	}

	public void addTeam(UUID sessionId, long teamId) {
		jdbc.sql("insert into outreach_session_team (session_id, team_id) values (?, ?) on conflict do nothing")
			.params(sessionId, teamId).update();
	}

	public void addAttendee(UUID sessionId, UUID residentId) {
		jdbc.sql("""
				insert into outreach_session_attendee (session_id, province_code, resident_id)
				select ?, r.province_code, r.id from resident r where r.id = ? on conflict do nothing
				""").params(sessionId, residentId).update();
	}

	public Optional<Located<OutreachSession>> find(UUID id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SessionRepository::located).optional();
	}

	/** Sessions of units under the path, newest first. */
	public List<OutreachSession> under(String path, int offset, int limit) {
		return jdbc.sql(SELECT + " where s.unit_path <@ cast(:path as ltree) order by s.held_on desc, s.created_at desc"
				+ " offset :offset limit :limit")
			.param("path", path).param("offset", offset).param("limit", limit)
			.query((rs, n) -> session(rs)).list();
	}

	public long countUnder(String path) {
		return jdbc.sql("select count(*) from outreach_session where unit_path <@ cast(? as ltree)").param(path)
			.query(Long.class).single();
	}

	/** The household a resident belongs to, for the households module to check the scope. */
	public Optional<UUID> householdOf(UUID residentId) {
		return jdbc.sql("select household_id from resident where id = ?").param(residentId).query(UUID.class).optional();
	}

	/** A record and the path of its unit, for the scope check. */
	public record Located<T>(T value, String unitPath) {
	}

	private static Located<OutreachSession> located(ResultSet rs, int n) throws SQLException {
		return new Located<>(session(rs), rs.getString("unit_path"));
	}

	private static OutreachSession session(ResultSet rs) throws SQLException {
		List<Topic> topics = Arrays.stream(strings(rs.getArray("topics"))).map(Topic::valueOf).toList();
		return new OutreachSession(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"),
				rs.getObject("held_on", LocalDate.class), rs.getString("place"), longs(rs.getArray("team_ids")),
				List.of(strings(rs.getArray("team_names"))), topics, rs.getInt("attendees"),
				Arrays.stream((UUID[]) rs.getArray("resident_ids").getArray()).toList(), rs.getInt("leaflets"),
				rs.getString("partners"), rs.getString("notes"), rs.getString("recorded_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}
}
