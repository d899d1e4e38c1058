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
import vn.ngoso.platform.audit.Audited;

/**
 * Writes one batch of whole households in one transaction: new households, changed addresses
 * or hamlets, changed residents, new residents, the job's counts and the audit entries. A crash
 * anywhere in it leaves the batch as it was before; a batch never splits a household. Rows that
 * change nothing are not written, so a file imported twice changes nothing the second time.
 */
@Component
class Merge {

	/** A stored resident {@code s} that the staged row {@code r} would change. */
	private static final String RESIDENT_DIFFERS = """
			(s.full_name <> r.full_name or s.birth_year <> r.birth_year
			 or (r.birth_date is not null and s.birth_date is distinct from r.birth_date)
			 or s.sex <> r.sex_value or s.relation <> r.relation_value
			 or (r.phone_value is not null and s.phone is distinct from r.phone_value)
			 or (s.cccd_hash is null and r.cccd_hash is not null))
			""";

	/** What a batch's households need: new ones are written whole, existing ones are matched. */
	private record Households(boolean anyNew, boolean anyExisting, boolean anyDiffering) {
	}

	/** How a batch's households came out. */
	record BatchCounts(int created, int updated, int unchanged) {
	}

	private final JdbcClient jdbc;

	private final ImportFaults faults;

	private final ApplicationEventPublisher events;

	private final BatchCopy copy;

	Merge(JdbcClient jdbc, ImportFaults faults, ApplicationEventPublisher events, BatchCopy copy) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.events = events;
		this.copy = copy;
	}

	@Transactional
	public BatchCounts batch(UUID id, int batch, String fileName, BatchRows rows) {
		Households households = jdbc.sql("""
				select bool_or(not existed), bool_or(existed), bool_or(differs) from import_household
				where import_id = ? and batch = ?
				""").params(id, batch)
			.query((rs, n) -> new Households(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).single();
		if (households.anyNew()) {
			insertHouseholds(id, batch);
		}
		if (households.anyDiffering()) {
			updateHouseholds(id, batch);
		}
		faults.householdsWritten(id, batch);
		if (households.anyExisting()) {
			mergeResidents(id, batch, rows);
		}
		if (households.anyNew()) {
			insertResidents(id, batch, rows);
		}
		BatchCounts counts = count(id, batch);
		audit(id, batch, fileName);
		return counts;
	}

	private void insertHouseholds(UUID id, int batch) {
		copy.load(id, batch, """
				select household_id, unit_id, commune_id, unit_path, province_code, code, address
				from import_household where import_id = :id and batch = :batch and not existed
				""", "household (id, unit_id, commune_id, unit_path, province_code, code, address)");
	}

	private void updateHouseholds(UUID id, int batch) {
		jdbc.sql("""
				with changed as (
				    update household h set unit_id = ih.unit_id, unit_path = ih.unit_path, address = ih.address,
				                           updated_at = now()
				    from import_household ih
				    where ih.import_id = :id and ih.batch = :batch and ih.differs and h.id = ih.household_id
				      and (h.address <> ih.address or h.unit_id <> ih.unit_id)
				    returning h.id)
				update import_household ih set outcome = 'UPDATED' from changed
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = changed.id
				""").param("id", id).param("batch", batch).update();
	}

	/**
	 * The rows of households that existed: each is a resident, the one with its citizen ID in that
	 * household, else the one with the same folded name and birth year (not erased; one without an
	 * ID when the row has one), else a new one. A resident is claimed by one row at most, an ID
	 * match first. A claimed resident is updated where the row changes it: a blank phone in the
	 * file keeps the stored one, and a birth year alone keeps a stored birth date of that year
	 * (the file is not more precise than what is stored). Rows that change nothing write nothing,
	 * so a file imported twice changes nothing the second time.
	 * <p>
	 * The batch's stored residents are read once, household by household, and matched to the
	 * rows in memory: looking each row up in the resident indexes would read a page per row.
	 */
	private void mergeResidents(UUID id, int batch, BatchRows rows) {
		jdbc.sql("""
				with stored as materialized (
				    select s.id, s.household_id, s.full_name, s.name_folded, s.birth_date, s.birth_year, s.sex,
				           s.relation, s.phone, s.cccd_hash, s.erased_at, s.created_at
				    from import_household ih join resident s on s.household_id = ih.household_id
				    where ih.import_id = :id and ih.batch = :batch and ih.existed),
				candidates as (
				    select distinct on (r.row_no) r.row_no, r.full_name, r.name_folded, r.birth_date, r.birth_year,
				           r.sex_value, r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash, ih.household_id,
				           coalesce(by_id.id, by_name.id) as candidate, by_id.id is not null as by_hash
				    from import_household ih
				    join import_row r on r.import_id = ih.import_id and r.commune_id = ih.commune_id and r.code = ih.code
				    left join stored by_id on by_id.cccd_hash = r.cccd_hash and by_id.household_id = ih.household_id
				    left join stored by_name on by_id.id is null and by_name.household_id = ih.household_id
				                            and by_name.name_folded = r.name_folded and by_name.birth_year = r.birth_year
				                            and by_name.erased_at is null
				                            and (r.cccd_hash is null or by_name.cccd_hash is null)
				    where ih.import_id = :id and ih.batch = :batch and ih.existed and %s
				    order by r.row_no, by_name.cccd_hash is null desc, by_name.created_at, by_name.id),
				matched as materialized (
				    select c.*, case when c.candidate is not null and row_number() over (partition by c.candidate
				                     order by c.by_hash desc, c.row_no) = 1 then c.candidate end as claimed
				    from candidates c),
				changed as (
				    select r.* from matched r join stored s on s.id = r.claimed where %s),
				updated as (
				    update resident s set full_name = r.full_name, name_folded = r.name_folded,
				           birth_date = case when r.birth_date is not null then r.birth_date
				                             when r.birth_year = s.birth_year then s.birth_date end,
				           birth_year = r.birth_year, sex = r.sex_value, relation = r.relation_value,
				           phone = coalesce(r.phone_value, s.phone),
				           cccd_cipher = case when s.cccd_hash is null then r.cccd_cipher else s.cccd_cipher end,
				           cccd_hash = coalesce(s.cccd_hash, r.cccd_hash), updated_at = now()
				    from changed r
				    where s.id = r.claimed and %s
				    returning s.household_id),
				added as (
				    insert into resident (id, household_id, full_name, name_folded, birth_date, birth_year, sex,
				                          relation, phone, cccd_cipher, cccd_hash)
				    select gen_random_uuid(), household_id, full_name, name_folded, birth_date, birth_year, sex_value,
				           relation_value, phone_value, cccd_cipher, cccd_hash
				    from matched where claimed is null
				    returning household_id)
				update import_household ih set outcome = 'UPDATED'
				from (select household_id from updated union select household_id from added) c
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = c.household_id
				  and ih.outcome = 'UNCHANGED'
				""".formatted(rows.rowFilter, RESIDENT_DIFFERS, RESIDENT_DIFFERS)).param("id", id).param("batch", batch)
			.update();
	}

	/** The residents of households that are new: every row is a new resident, nothing to match. */
	private void insertResidents(UUID id, int batch, BatchRows rows) {
		copy.load(id, batch, """
				select gen_random_uuid(), ih.household_id, r.full_name, r.name_folded, r.birth_date, r.birth_year,
				       r.sex_value, r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash
				from import_household ih
				join import_row r on r.import_id = ih.import_id and r.commune_id = ih.commune_id and r.code = ih.code
				where ih.import_id = :id and ih.batch = :batch and not ih.existed and %s
				""".formatted(rows.rowFilter),
				"resident (id, household_id, full_name, name_folded, birth_date, birth_year, sex, relation, phone, cccd_cipher, cccd_hash)");
	}

	/** The batch's outcome, added to the job's counts. */
	private BatchCounts count(UUID id, int batch) {
		return jdbc.sql("""
				update import_job j set households_created = households_created + c.created,
				       households_updated = households_updated + c.updated,
				       households_unchanged = households_unchanged + c.unchanged
				from (select count(*) filter (where outcome = 'CREATED') as created,
				             count(*) filter (where outcome = 'UPDATED') as updated,
				             count(*) filter (where outcome = 'UNCHANGED') as unchanged
				      from import_household where import_id = :id and batch = :batch) c
				where j.id = :id
				returning c.created, c.updated, c.unchanged
				""").param("id", id).param("batch", batch)
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
