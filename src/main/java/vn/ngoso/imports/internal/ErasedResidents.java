package vn.ngoso.imports.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import vn.ngoso.households.ErasureMarkers;

/**
 * Rows of people who withdrew consent: each gets a notice ("đã rút đồng ý, không nhập lại") and
 * is left out of the merge, so nothing of them is written again, while the other rows of their
 * household still land. A person is known by the keyed hashes their erasure kept: their citizen
 * ID (in any household: the number is not taken back into the register elsewhere either), or
 * their household, folded name and birth year. A resident stored now with that citizen ID, or
 * with that name and year in the row's household, is someone who was registered again with
 * consent (on the household page): the row is theirs, as usual.
 */
@Component
class ErasedResidents {

	private final JdbcClient jdbc;

	private final ErasureMarkers markers;

	ErasedResidents(JdbcClient jdbc, ErasureMarkers markers) {
		this.jdbc = jdbc;
		this.markers = markers;
	}

	/** Rows whose citizen ID an erased resident had. Set-wise: the few erased IDs are hashed, the file read once. */
	void citizenIds(UUID id) {
		jdbc.sql("""
				with noticed as (
				    update import_row r set noticed = true
				    from (select distinct erased_cccd_hash from resident where erased_cccd_hash is not null) s
				    where r.import_id = :id and r.cccd_hash = s.erased_cccd_hash and %s
				      and not exists (select 1 from resident l where l.cccd_hash = r.cccd_hash)
				      and not exists (select 1 from household h join resident l on l.household_id = h.id
				                      where h.commune_id = r.commune_id and h.code = r.code and l.erased_at is null
				                        and l.name_folded = r.name_folded and l.birth_year = r.birth_year)
				    returning r.import_id, r.row_no, r.cccd)
				insert into import_error (import_id, row_no, column_name, value, message_key, severity)
				select import_id, row_no, 'CCCD', cccd, 'import.resident.erased', 'NOTICE' from noticed
				""".formatted(Validation.CLEAN)).param("id", id).update();
	}

	/**
	 * Rows of existing households that are an erased resident of that household by name and birth
	 * year. The marker is made with a key the database does not have, so it is made here, for the
	 * rows of the few households that have such a resident only.
	 */
	void people(UUID id) {
		record Candidate(int rowNo, UUID household, String nameFolded, int birthYear) {
		}
		List<Candidate> rows = jdbc.sql("""
				select r.row_no, ih.household_id, r.name_folded, r.birth_year
				from import_household ih
				join import_row r on r.import_id = ih.import_id and r.row_no between ih.first_row and ih.last_row
				                 and r.commune_id = ih.commune_id and r.code = ih.code
				where ih.import_id = ? and ih.existed and not r.noticed
				  and exists (select 1 from resident s where s.household_id = ih.household_id
				              and s.erased_person_hash is not null)
				  and not exists (select 1 from resident l where l.household_id = ih.household_id
				                  and l.name_folded = r.name_folded and l.birth_year = r.birth_year and l.erased_at is null)
				""").param(id)
			.query((rs, n) -> new Candidate(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)))
			.list();
		if (rows.isEmpty()) {
			return;
		}
		Map<UUID, Set<ByteBuffer>> erased = new HashMap<>();
		jdbc.sql("select household_id, erased_person_hash from resident where household_id = any(?) and erased_person_hash is not null")
			.param(new SqlArrayValue("uuid", rows.stream().map(Candidate::household).distinct().toArray()))
			.query(rs -> {
				erased.computeIfAbsent(rs.getObject(1, UUID.class), h -> new HashSet<>()).add(ByteBuffer.wrap(rs.getBytes(2)));
			});
		List<Integer> noticed = new ArrayList<>();
		for (Candidate row : rows) {
			byte[] marker = markers.person(row.household(), row.nameFolded(), row.birthYear());
			if (erased.getOrDefault(row.household(), Set.of()).contains(ByteBuffer.wrap(marker))) {
				noticed.add(row.rowNo());
			}
		}
		if (noticed.isEmpty()) {
			return;
		}
		jdbc.sql("""
				with noticed as (
				    update import_row r set noticed = true where r.import_id = :id and r.row_no = any(:rows)
				    returning r.import_id, r.row_no, r.full_name, r.commune_id, r.code),
				notices as (
				    insert into import_error (import_id, row_no, column_name, value, message_key, severity)
				    select import_id, row_no, 'NAME', full_name, 'import.resident.erased', 'NOTICE' from noticed)
				update import_household ih set rows = ih.rows - n.rows
				from (select commune_id, code, count(*)::integer as rows from noticed group by commune_id, code) n
				where ih.import_id = :id and ih.commune_id = n.commune_id and ih.code = n.code
				""").param("id", id).param("rows", new SqlArrayValue("integer", noticed.toArray())).update();
	}
}
