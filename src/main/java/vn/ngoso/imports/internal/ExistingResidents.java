package vn.ngoso.imports.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merge of a batch's rows into the residents of households that already existed, in two
 * steps inside the batch's transaction: {@link #match} decides which stored resident each row is
 * and skips the households where that cannot be told, then {@link #write} writes what changed.
 */
@Component
class ExistingResidents {

	/** A matched row {@code m} that would change its stored resident (the {@code s_} columns). */
	private static final String RESIDENT_DIFFERS = """
			(m.s_full_name <> m.full_name or m.s_birth_year <> m.birth_year
			 or (m.birth_date is not null and m.s_birth_date is distinct from m.birth_date)
			 or m.s_sex <> m.sex_value or m.s_relation <> m.relation_value
			 or (m.phone_value is not null and m.s_phone is distinct from m.phone_value)
			 or (m.s_cccd_hash is null and m.cccd_hash is not null))
			""";

	private final JdbcClient jdbc;

	ExistingResidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Matches the rows of households that existed (rows with a notice are left out) to their
	 * stored residents, into {@code import_batch_match}, dropped at commit. Within its household a
	 * row is the resident with its citizen ID; else the one with the same folded name and birth
	 * year (not erased; one without an ID when the row has one); a resident is claimed by one row at
	 * most, an ID match first. A row still unmatched is, when the birth year was corrected, the one
	 * unclaimed resident with the same folded name and relation (and no other citizen ID); when two
	 * such residents could be meant, or two rows want the same one, the row is ambiguous. Else it
	 * is a new resident.
	 * <p>
	 * A household whose row is ambiguous, or whose file names a head while its stored head stays
	 * (is not in the file with another relation), is reported and skipped: it is left as it was.
	 * <p>
	 * The batch's stored residents are read once, household by household, and matched to the
	 * rows in memory: looking each row up in the resident indexes would read a page per row.
	 *
	 * @return whether a household of the batch was skipped
	 */
	boolean match(UUID id, int batch, BatchRows rows) {
		jdbc.sql("""
				create temporary table import_batch_match on commit drop as
				with stored as materialized (
				    select s.id, s.household_id, s.full_name, s.name_folded, s.birth_date, s.birth_year, s.sex,
				           s.relation, s.phone, s.cccd_hash, s.erased_at, s.created_at
				    from import_household ih join resident s on s.household_id = ih.household_id
				    where ih.import_id = :id and ih.batch = :batch and ih.existed),
				candidates as (
				    select distinct on (r.row_no) r.row_no, r.resident_id, r.full_name, r.name_folded, r.birth_date,
				           r.birth_year, r.sex_value, r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash,
				           ih.province_code, ih.household_id,
				           coalesce(by_id.id, by_name.id) as candidate, by_id.id is not null as by_hash
				    from import_household ih
				    join import_row r on r.import_id = ih.import_id and r.commune_id = ih.commune_id and r.code = ih.code
				    left join stored by_id on by_id.cccd_hash = r.cccd_hash and by_id.household_id = ih.household_id
				    left join stored by_name on by_id.id is null and by_name.household_id = ih.household_id
				                            and by_name.name_folded = r.name_folded and by_name.birth_year = r.birth_year
				                            and by_name.erased_at is null
				                            and (r.cccd_hash is null or by_name.cccd_hash is null)
				    where ih.import_id = :id and ih.batch = :batch and ih.existed and not r.noticed and %s
				    order by r.row_no, by_name.cccd_hash is null desc, by_name.created_at, by_name.id),
				exact as materialized (
				    select c.*, case when c.candidate is not null and row_number() over (partition by c.candidate
				                     order by c.by_hash desc, c.row_no) = 1 then c.candidate end as claimed
				    from candidates c),
				year_changed as (
				    select e.row_no, s.id, count(*) over (partition by e.row_no) as residents,
				           count(*) over (partition by s.id) as rows
				    from exact e
				    join stored s on s.household_id = e.household_id and s.name_folded = e.name_folded
				                 and s.relation = e.relation_value and s.birth_year <> e.birth_year and s.erased_at is null
				                 and (e.cccd_hash is null or s.cccd_hash is null)
				    where e.claimed is null and not exists (select 1 from exact x where x.claimed = s.id)),
				matched as materialized (
				    select e.*, coalesce(e.claimed, y.id) as resident, coalesce(y.ambiguous, false) as ambiguous
				    from exact e
				    left join (select row_no, bool_or(residents > 1 or rows > 1) as ambiguous,
				                      case when bool_and(residents = 1 and rows = 1) then (array_agg(id))[1] end as id
				               from year_changed group by row_no) y on y.row_no = e.row_no),
				staying_heads as (
				    select s.household_id, string_agg(s.full_name, ', ' order by s.full_name) as names
				    from stored s
				    where s.relation = 'HEAD' and not exists (select 1 from matched m where m.resident = s.id)
				    group by s.household_id)
				select m.row_no, m.province_code, m.household_id, m.resident_id, m.resident as claimed, m.ambiguous, m.full_name,
				       m.name_folded, m.birth_date, m.birth_year, m.sex_value, m.relation_value, m.phone_value,
				       m.cccd_cipher, m.cccd_hash,
				       case when m.relation_value = 'HEAD' then h.names end as staying_head,
				       s.full_name as s_full_name, s.birth_date as s_birth_date, s.birth_year as s_birth_year,
				       s.sex as s_sex, s.relation as s_relation, s.phone as s_phone, s.cccd_hash as s_cccd_hash
				from matched m
				left join stored s on s.id = m.resident
				left join staying_heads h on h.household_id = m.household_id
				""".formatted(rows.rowFilter)).param("id", id).param("batch", batch).update();
		int problems = jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select :id, m.row_no, c.column_name, c.value, c.message_key, c.message_arg
				from import_batch_match m
				join import_row r on r.import_id = :id and r.row_no = m.row_no
				cross join lateral (values ('NAME', r.full_name, 'import.resident.ambiguous', null::text, m.ambiguous),
				                           ('RELATION', r.relation, 'import.household.headStays', m.staying_head,
				                            m.staying_head is not null)) c (column_name, value, message_key, message_arg, wrong)
				where (m.ambiguous or m.staying_head is not null) and c.wrong
				""").param("id", id).update();
		if (problems > 0) {
			skip(id, batch);
		}
		return problems > 0;
	}

	/**
	 * The households of the batch with a row found wrong by the match: marked skipped, their other
	 * rows (those with a notice too) reported as skipped, and their matches dropped.
	 */
	private void skip(UUID id, int batch) {
		jdbc.sql("""
				with bad as (
				    select m.household_id, min(m.row_no) as first_bad from import_batch_match m
				    where m.ambiguous or m.staying_head is not null group by m.household_id),
				skipped as (
				    update import_household ih set outcome = 'SKIPPED' from bad
				    where ih.import_id = :id and ih.batch = :batch and ih.household_id = bad.household_id
				    returning ih.commune_id, ih.code, ih.first_row, ih.last_row, bad.first_bad)
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select r.import_id, r.row_no, 'CODE', r.code, 'import.household.skipped', s.first_bad::text
				from skipped s
				join import_row r on r.import_id = :id and r.row_no between s.first_row and s.last_row
				                 and r.commune_id = s.commune_id and r.code = s.code
				where %s
				""".formatted(Validation.CLEAN)).param("id", id).param("batch", batch).update();
		jdbc.sql("""
				delete from import_batch_match m using import_household ih
				where ih.import_id = ? and ih.batch = ? and ih.outcome = 'SKIPPED' and ih.household_id = m.household_id
				""").params(id, batch).update();
	}

	/**
	 * Writes the matches: a claimed resident is updated where the row changes it (a blank phone in
	 * the file keeps the stored one, and a birth year alone keeps a stored birth date of that year:
	 * the file is not more precise than what is stored), an unmatched row is a new resident. Rows
	 * that change nothing write nothing, so a file imported twice changes nothing the second time;
	 * a household where something was written is marked updated.
	 */
	void write(UUID id, int batch) {
		jdbc.sql("""
				with changed as (
				    select m.* from import_batch_match m where m.claimed is not null and %s),
				updated as (
				    update resident s set full_name = r.full_name, name_folded = r.name_folded,
				           birth_date = case when r.birth_date is not null then r.birth_date
				                             when r.birth_year = s.birth_year then s.birth_date end,
				           birth_year = r.birth_year, sex = r.sex_value, relation = r.relation_value,
				           phone = coalesce(r.phone_value, s.phone),
				           cccd_cipher = case when s.cccd_hash is null then r.cccd_cipher else s.cccd_cipher end,
				           cccd_hash = coalesce(s.cccd_hash, r.cccd_hash), updated_at = now()
				    from changed r
				    where s.id = r.claimed
				    returning s.household_id),
				added as (
				    insert into resident (id, province_code, household_id, full_name, name_folded, birth_date, birth_year,
				                          sex, relation, phone, cccd_cipher, cccd_hash)
				    select resident_id, province_code, household_id, full_name, name_folded, birth_date, birth_year, sex_value,
				           relation_value, phone_value, cccd_cipher, cccd_hash
				    from import_batch_match where claimed is null
				    returning household_id)
				update import_household ih set outcome = 'UPDATED'
				from (select household_id from updated union select household_id from added) c
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = c.household_id
				  and ih.outcome = 'UNCHANGED'
				""".formatted(RESIDENT_DIFFERS)).param("id", id).param("batch", batch).update();
		// a row that says readiness items names the resident it matched: ImportedReadiness writes them there
		jdbc.sql("""
				update import_row x set resident_id = m.claimed
				from import_batch_match m
				where x.import_id = ? and x.row_no = m.row_no and m.claimed is not null and x.ready is not null
				  and x.resident_id <> m.claimed
				""").param(id).update();
	}
}
