package vn.ngoso.territory.internal.reorg;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.UnitHistory;

/** Reads back what reorganisations did to a unit: its lineage and the hamlets that moved. */
@Component
class ReorganisationLog {

	private final JdbcClient jdbc;

	ReorganisationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lock() {
		jdbc.sql("select count(pg_advisory_xact_lock(hashtextextended('reorganisation', 0)))").query(Long.class).single();
	}

	void saveSummary(long id, String json) {
		jdbc.sql("update reorganisation set summary = cast(? as jsonb) where id = ?").params(json, id).update();
	}

	UnitHistory history(AdminUnit unit) {
		List<AdminUnit> whole = lineage("l.new_unit_id = ? and l.kind = 'FULL'", "l.old_unit_id", unit.id());
		List<AdminUnit> parts = lineage("l.new_unit_id = ? and l.kind = 'PARTIAL'", "l.old_unit_id", unit.id());
		List<AdminUnit> into = lineage("l.old_unit_id = ?", "l.new_unit_id", unit.id());
		LocalDate formed = whole.isEmpty() && parts.isEmpty() ? null : unit.validFrom();
		List<UnitHistory.Move> moves = jdbc.sql("""
				select m.moved_on, m.unit_id, h.code, h.name, m.from_name, m.to_name, f.name as from_commune, t.name as to_commune
				from unit_move m join admin_unit h on h.id = m.unit_id
				join admin_unit f on f.id = m.from_parent_id join admin_unit t on t.id = m.to_parent_id
				where m.unit_id = :id or m.from_parent_id = :id or m.to_parent_id = :id
				order by m.moved_on, f.name, m.from_name
				""").param("id", unit.id())
			.query((rs, n) -> new UnitHistory.Move(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		return new UnitHistory(unit, formed, whole, parts, into, moves);
	}

	private List<AdminUnit> lineage(String where, String other, long id) {
		return jdbc.sql("select " + TreeReads.COLUMNS + " from admin_unit where id in (select " + other
				+ " from unit_lineage l where " + where + ") order by name_folded")
			.param(id).query(TreeReads::map).list();
	}
}
