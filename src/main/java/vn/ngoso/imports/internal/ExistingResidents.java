package vn.ngoso.imports.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merge of a batch's rows into the residents of households that already existed. */
@Component
class ExistingResidents {

	/** A stored resident {@code s} that the staged row {@code r} would change. */
	private static final String RESIDENT_DIFFERS = """
			(s.full_name <> r.full_name or s.birth_year <> r.birth_year
			 or (r.birth_date is not null and s.birth_date is distinct from r.birth_date)
			 or s.sex <> r.sex_value or s.relation <> r.relation_value
			 or (r.phone_value is not null and s.phone is distinct from r.phone_value)
			 or (s.cccd_hash is null and r.cccd_hash is not null))
			""";

	private final JdbcClient jdbc;

	ExistingResidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of households that existed: each is a resident, the one with its citizen ID in that
	 * household, else the one with the same folded name and birth year (not erased; one without an
	 * ID when the row has one), else a new one. A resident is claimed by one row at most, an ID
	 * match first. A claimed resident is updated where the row changes it: a blank phone in the
	 * file keeps the stored one, and a birth year alone keeps a stored birth date of that year
	 * (the file is not more precise than what is stored). Rows that change nothing write nothing,
	 * so a file imported twice changes nothing the second time; a household where something was
	 * written is marked updated.
	 * <p>
	 * The batch's stored residents are read once, household by household, and matched to the
	 * rows in memory: looking each row up in the resident indexes would read a page per row.
	 */
	void merge(UUID id, int batch, BatchRows rows) {
		jdbc.sql("""
				with stored as materialized (
				    select s.id, s.household_id, s.full_name, s.name_folded, s.birth_date, s.birth_year, s.sex,
				           s.relation, s.phone, s.cccd_hash, s.erased_at, s.created_at
				    from import_household ih join resident s on s.household_id = ih.household_id
				    where ih.import_id = :id and ih.batch = :batch and ih.existed),
				candidates as (
				    select distinct on (r.row_no) r.row_no, r.resident_id, r.full_name, r.name_folded, r.birth_date,
				           r.birth_year, r.sex_value, r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash,
				           ih.household_id,
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
				    select resident_id, household_id, full_name, name_folded, birth_date, birth_year, sex_value,
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
}
