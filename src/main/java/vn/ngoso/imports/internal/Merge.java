package vn.ngoso.imports.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.imports.ImportFaults;
import vn.ngoso.indicators.FigureScope;
import vn.ngoso.indicators.Figures;
import vn.ngoso.platform.audit.Audited;

/**
 * Writes one batch of whole households in one transaction: new households, changed addresses
 * or hamlets, changed residents, new residents, the job's counts and the audit entries. A crash
 * anywhere in it leaves the batch as it was before; a batch never splits a household. Rows that
 * change nothing are not written, so a file imported twice changes nothing the second time.
 */
@Component
class Merge {

	/** How a batch's households came out. */
	record BatchCounts(int created, int updated, int unchanged) {
	}

	private final JdbcClient jdbc;

	private final ImportFaults faults;

	private final ApplicationEventPublisher events;

	private final Figures figures;

	Merge(JdbcClient jdbc, ImportFaults faults, ApplicationEventPublisher events, Figures figures) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.events = events;
		this.figures = figures;
	}

	@Transactional
	public BatchCounts batch(UUID id, int batch, String fileName) {
		List<UUID> households = jdbc.sql("select household_id from import_household where import_id = ? and batch = ?")
			.params(id, batch).query(UUID.class).list();
		figures.change(FigureScope.households(households), () -> {
			insertHouseholds(id, batch);
			updateHouseholds(id, batch);
			faults.householdsWritten(id, batch);
			updateResidents(id, batch);
			insertResidents(id, batch);
		});
		BatchCounts counts = counts(id, batch);
		jdbc.sql("""
				update import_job set households_created = households_created + ?,
				       households_updated = households_updated + ?, households_unchanged = households_unchanged + ?
				where id = ?
				""").params(counts.created(), counts.updated(), counts.unchanged(), id).update();
		audit(id, batch, fileName);
		return counts;
	}

	private void insertHouseholds(UUID id, int batch) {
		jdbc.sql("""
				insert into household (id, unit_id, commune_id, unit_path, province_code, code, address)
				select household_id, unit_id, commune_id, unit_path, province_code, code, address
				from import_household where import_id = ? and batch = ? and not existed
				""").params(id, batch).update();
	}

	private void updateHouseholds(UUID id, int batch) {
		jdbc.sql("""
				with changed as (
				    update household h set unit_id = ih.unit_id, unit_path = ih.unit_path, address = ih.address,
				                           updated_at = now()
				    from import_household ih
				    where ih.import_id = :id and ih.batch = :batch and ih.existed and h.id = ih.household_id
				      and (h.address <> ih.address or h.unit_id <> ih.unit_id)
				    returning h.id)
				update import_household ih set outcome = 'UPDATED' from changed
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = changed.id
				""").param("id", id).param("batch", batch).update();
	}

	/**
	 * A blank phone in the file keeps the stored one, and a birth year alone keeps a stored birth
	 * date of that year: the file is not more precise than what is stored.
	 */
	private void updateResidents(UUID id, int batch) {
		jdbc.sql("""
				with changed as (
				    update resident s set full_name = m.full_name, name_folded = m.name_folded,
				           birth_date = case when m.birth_date is not null then m.birth_date
				                             when m.birth_year = s.birth_year then s.birth_date end,
				           birth_year = m.birth_year, sex = m.sex, relation = m.relation,
				           phone = coalesce(m.phone, s.phone),
				           cccd_cipher = case when s.cccd_hash is null then m.cccd_cipher else s.cccd_cipher end,
				           cccd_hash = coalesce(s.cccd_hash, m.cccd_hash), updated_at = now()
				    from import_match m
				    where m.import_id = :id and m.batch = :batch and not m.is_new and s.id = m.resident_id
				      and (s.full_name <> m.full_name or s.birth_year <> m.birth_year
				           or (m.birth_date is not null and s.birth_date is distinct from m.birth_date)
				           or s.sex <> m.sex or s.relation <> m.relation
				           or (m.phone is not null and s.phone is distinct from m.phone)
				           or (s.cccd_hash is null and m.cccd_hash is not null))
				    returning s.household_id)
				update import_household ih set outcome = 'UPDATED'
				from (select distinct household_id from changed) c
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = c.household_id
				  and ih.outcome = 'UNCHANGED'
				""").param("id", id).param("batch", batch).update();
	}

	private void insertResidents(UUID id, int batch) {
		jdbc.sql("""
				with added as (
				    insert into resident (id, household_id, full_name, name_folded, birth_date, birth_year, sex,
				                          relation, phone, cccd_cipher, cccd_hash)
				    select resident_id, household_id, full_name, name_folded, birth_date, birth_year, sex, relation,
				           phone, cccd_cipher, cccd_hash
				    from import_match where import_id = :id and batch = :batch and is_new
				    returning household_id)
				update import_household ih set outcome = 'UPDATED'
				from (select distinct household_id from added) a
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = a.household_id
				  and ih.outcome = 'UNCHANGED'
				""").param("id", id).param("batch", batch).update();
	}

	private BatchCounts counts(UUID id, int batch) {
		return jdbc.sql("""
				select count(*) filter (where outcome = 'CREATED') as created,
				       count(*) filter (where outcome = 'UPDATED') as updated,
				       count(*) filter (where outcome = 'UNCHANGED') as unchanged
				from import_household where import_id = ? and batch = ?
				""").params(id, batch)
			.query((rs, n) -> new BatchCounts(rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged")))
			.single();
	}

	/**
	 * One entry per commune and batch that changed something, naming the households created and
	 * updated: the log stays readable by scope, and a bulk load does not write one entry per row.
	 */
	private void audit(UUID id, int batch, String fileName) {
		jdbc.sql("""
				select subpath(unit_path, 0, nlevel(unit_path) - 1)::text as commune_path,
				       array_agg(code order by code) filter (where outcome = 'CREATED') as created,
				       array_agg(code order by code) filter (where outcome = 'UPDATED') as updated
				from import_household where import_id = ? and batch = ? and outcome <> 'UNCHANGED'
				group by commune_id, subpath(unit_path, 0, nlevel(unit_path) - 1)
				""").params(id, batch).query((rs, n) -> {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("file", fileName);
			after.put("householdsCreated", codes(rs.getArray("created")));
			after.put("householdsUpdated", codes(rs.getArray("updated")));
			return new Audited("IMPORT", id.toString(), "IMPORT", rs.getString("commune_path"), null, after);
		}).list().forEach(events::publishEvent);
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
