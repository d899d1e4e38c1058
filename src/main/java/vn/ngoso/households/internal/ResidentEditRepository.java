package vn.ngoso.households.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.households.ResidentEdit;
import vn.ngoso.households.ResidentEdit.Field;
import vn.ngoso.platform.SearchText;

/** The history of name and phone edits, and the event time of each field's current value. */
@Repository
public class ResidentEditRepository {

	private final JdbcClient jdbc;

	ResidentEditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(UUID editId) {
		return jdbc.sql("select exists(select 1 from resident_edit where id = ?)").param(editId).query(Boolean.class)
			.single();
	}

	/** The field's current value and the event time of the edit that set it (null: never edited). */
	public record Current(@Nullable String value, @Nullable Instant editedAt) {
	}

	/** Edits of one resident wait for each other here. */
	public void lock(UUID residentId) {
		jdbc.sql("select 1 from resident where id = ? for update").param(residentId).query(Integer.class).list();
	}

	public Current field(UUID residentId, Field field) {
		String column = field == Field.FULL_NAME ? "full_name" : "phone";
		return jdbc.sql("select " + column + " as value, " + column + "_edited_at as at from resident where id = ?")
			.param(residentId)
			.query((rs, n) -> {
				Timestamp at = rs.getTimestamp("at");
				return new Current(rs.getString("value"), at == null ? null : at.toInstant());
			}).single();
	}

	public void apply(UUID residentId, Field field, String value, Instant editedAt) {
		if (field == Field.FULL_NAME) {
			jdbc.sql("update resident set full_name = ?, name_folded = ?, full_name_edited_at = ?, updated_at = now() where id = ?")
				.params(value, SearchText.fold(value), Timestamp.from(editedAt), residentId).update();
		}
		else {
			jdbc.sql("update resident set phone = ?, phone_edited_at = ?, updated_at = now() where id = ?")
				.params(value, Timestamp.from(editedAt), residentId).update();
		}
		jdbc.sql("update resident_edit set outcome = 'SUPERSEDED' where resident_id = ? and field = ? and outcome = 'APPLIED'")
			.params(residentId, field.name()).update();
	}

	public void record(UUID id, UUID residentId, UUID householdId, Field field, String value, @Nullable String previous,
			Instant editedAt, String by, boolean applied) {
		jdbc.sql("""
				insert into resident_edit (id, province_code, resident_id, household_id, field, value, previous, edited_at,
				                           recorded_by, outcome)
				select ?, h.province_code, ?, h.id, ?, ?, ?, ?, ?, ? from household h where h.id = ?
				""").params(id, residentId, field.name(), value, previous, Timestamp.from(editedAt), by,
				applied ? "APPLIED" : "SUPERSEDED", householdId).update();
	}

	public List<ResidentEdit.Entry> ofHousehold(UUID householdId) {
		return jdbc.sql("""
				select e.*, r.full_name from resident_edit e join resident r on r.id = e.resident_id
				where e.household_id = ? order by e.edited_at desc, e.id
				""").param(householdId)
			.query((rs, n) -> new ResidentEdit.Entry(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
					rs.getString("full_name"), Field.valueOf(rs.getString("field")), rs.getString("value"),
					rs.getString("previous"), rs.getTimestamp("edited_at").toInstant(), rs.getString("recorded_by"),
					rs.getTimestamp("received_at").toInstant(), "SUPERSEDED".equals(rs.getString("outcome")), null))
			.list();
	}
}
