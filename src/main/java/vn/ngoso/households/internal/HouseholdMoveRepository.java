package vn.ngoso.households.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.households.HouseholdMove;

/** The moves of households between hamlets, and where a household was on a day. */
@Repository
public class HouseholdMoveRepository {

	/** A hamlet by id and its path today. */
	public record HamletRow(long id, String path) {
	}

	private final JdbcClient jdbc;

	HouseholdMoveRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the household and writes the move down; the caller wraps it in the figures' change. */
	public void move(UUID householdId, long fromUnitId, long toUnitId, String toPath, LocalDate movedOn, String by) {
		jdbc.sql("update household set unit_id = ?, unit_path = ?::ltree, updated_at = now() where id = ?")
			.params(toUnitId, toPath, householdId).update();
		jdbc.sql("""
				insert into household_move (province_code, household_id, from_unit_id, to_unit_id, moved_on, moved_by)
				select h.province_code, h.id, ?, ?, ?, ? from household h where h.id = ?
				""").params(fromUnitId, toUnitId, movedOn, by, householdId).update();
	}

	public Optional<LocalDate> lastMoveOn(UUID householdId) {
		return jdbc.sql("select moved_on from household_move where household_id = ? order by moved_on desc limit 1").param(householdId)
			.query(LocalDate.class).optional();
	}

	/**
	 * The hamlet the household left by its first move after {@code day}: where it was on that day.
	 * Empty when it has not moved since (it is where it is now).
	 */
	public Optional<HamletRow> hamletLeftAfter(UUID householdId, LocalDate day) {
		return jdbc.sql("""
				select u.id, u.path::text from household_move m join admin_unit u on u.id = m.from_unit_id
				where m.household_id = ? and m.moved_on > ? order by m.moved_on, m.id limit 1
				""").params(householdId, day).query((rs, n) -> new HamletRow(rs.getLong(1), rs.getString(2))).optional();
	}

	public List<HouseholdMove> history(UUID householdId) {
		return jdbc.sql("""
				select f.name as from_name, t.name as to_name, m.moved_on, m.moved_by, m.moved_at
				from household_move m join admin_unit f on f.id = m.from_unit_id join admin_unit t on t.id = m.to_unit_id
				where m.household_id = ? order by m.moved_on desc, m.id desc
				""").param(householdId)
			.query((rs, n) -> new HouseholdMove(rs.getString("from_name"), rs.getString("to_name"),
					rs.getObject("moved_on", LocalDate.class), rs.getString("moved_by"),
					rs.getTimestamp("moved_at").toInstant()))
			.list();
	}
}
