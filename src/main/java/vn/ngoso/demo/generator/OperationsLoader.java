package vn.ngoso.demo.generator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import vn.ngoso.demo.generator.OperationsMaker.DeskDayMade;
import vn.ngoso.demo.generator.OperationsMaker.Made;
import vn.ngoso.demo.generator.OperationsMaker.SessionMade;

/**
 * Writes generated sessions and desk days in batches, in one transaction (a few thousand rows:
 * COPY would gain nothing). Recorded by {@value CopySpool#BY}; the live figures are rebuilt after.
 */
public final class OperationsLoader {

	private final DataSource dataSource;

	public OperationsLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Deletes every generated session and desk day: what a load with replace starts from. */
	public void deleteGenerated() {
		run(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("""
						update partner_support set session_id = null where session_id in (select id from outreach_session where recorded_by = 'generator');
						update partner_support set desk_day_id = null where desk_day_id in (select id from service_desk_day where recorded_by = 'generator');
						delete from outreach_session_team where session_id in (select id from outreach_session where recorded_by = 'generator');
						delete from outreach_session_attendee where session_id in (select id from outreach_session where recorded_by = 'generator');
						delete from outreach_session where recorded_by = 'generator';
						delete from service_desk_member where day_id in (select id from service_desk_day where recorded_by = 'generator');
						delete from service_desk_day where recorded_by = 'generator';
						""");
			}
		});
	}

	public void load(Made made) {
		run(c -> {
			try (PreparedStatement session = c.prepareStatement("""
					insert into outreach_session (id, unit_id, unit_path, province_code, held_on, place, topics, attendees,
					                              leaflets, partners, recorded_by)
					values (?, ?, ?::ltree, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, 'generator')
					""");
					PreparedStatement team = c.prepareStatement("""
							insert into outreach_session_team (session_id, team_id) select ?, id from team where unit_id = ?
							""")) {
				for (SessionMade s : made.sessions()) {
					session.setObject(1, s.id());
					session.setLong(2, s.place().unitId());
					session.setString(3, s.place().path());
					session.setString(4, s.place().provinceCode());
					session.setDate(5, Date.valueOf(s.date()));
					session.setString(6, s.venue());
					session.setString(7, s.topics());
					session.setInt(8, s.attendees());
					session.setInt(9, s.leaflets());
					session.setString(10, s.partners());
					session.addBatch();
					if (s.teamUnit() != null) {
						team.setObject(1, s.id());
						team.setLong(2, s.teamUnit());
						team.addBatch();
					}
				}
				session.executeBatch();
				team.executeBatch();
			}
			try (PreparedStatement day = c.prepareStatement("""
					insert into service_desk_day (id, unit_id, unit_path, province_code, served_on, accounts_helped,
					                              dossiers_online, payments_online, recorded_by)
					values (?, ?, ?::ltree, ?, ?, ?, ?, ?, 'generator')
					""");
					PreparedStatement member = c.prepareStatement(
							"insert into service_desk_member (day_id, member_id) values (?, ?)")) {
				for (DeskDayMade d : made.days()) {
					day.setObject(1, d.id());
					day.setLong(2, d.desk().unitId());
					day.setString(3, d.desk().path());
					day.setString(4, d.desk().provinceCode());
					day.setDate(5, Date.valueOf(d.date()));
					day.setInt(6, d.accounts());
					day.setInt(7, d.dossiers());
					day.setInt(8, d.payments());
					day.addBatch();
					for (long m : d.members()) {
						member.setObject(1, d.id());
						member.setLong(2, m);
						member.addBatch();
					}
				}
				day.executeBatch();
				member.executeBatch();
			}
			// the duty is drawn without the visits: a member on duty at a desk makes no home visits
			// that day in the generated world, which the DESK_DAY flag would otherwise (rightly) raise
			try (var clash = c.createStatement()) {
				clash.executeUpdate("""
						delete from service_desk_member sm using service_desk_day d
						where d.id = sm.day_id and d.recorded_by = 'generator'
						  and exists (select 1 from visit_member vm join visit v on v.id = vm.visit_id
						              where vm.member_id = sm.member_id and v.visited_on = d.served_on)
						""");
			}
		});
	}

	private interface Work {
		void on(Connection c) throws SQLException;
	}

	private void run(Work work) {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				work.on(c);
				c.commit();
			}
			catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Loading sessions and desk days failed: " + e.getMessage(), e);
		}
	}
}
