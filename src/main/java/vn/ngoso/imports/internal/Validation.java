package vn.ngoso.imports.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks across rows, made set-wise on the staged file: duplicates, citizen IDs already
 * used elsewhere, a household's rows disagreeing, and then a whole household skipped when any
 * of its rows is bad. What remains is matched to existing households and residents and cut into
 * merge batches of whole households.
 */
@Component
class Validation {

	/** Rows with no error yet. */
	private static final String CLEAN = "not exists (select 1 from import_error e where e.import_id = r.import_id and e.row_no = r.row_no)";

	private final JdbcClient jdbc;

	Validation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts of the rows after the checks. */
	record Outcome(int valid, int invalid, int batches) {
	}

	@Transactional
	public Outcome run(UUID importId, int batchHouseholds) {
		// the staging tables are unlogged and freshly filled: without statistics the planner
		// takes them for empty and joins them to the residents row by row
		jdbc.sql("analyze import_row").update();
		rowProblems(importId);
		duplicates(importId);
		householdsAgree(importId);
		citizenIdsTaken(importId);
		skipBadHouseholds(importId);
		int households = households(importId, batchHouseholds);
		jdbc.sql("analyze import_household").update();
		int valid = matchResidents(importId);
		int invalid = jdbc.sql("select count(distinct row_no) from import_error where import_id = ?").param(importId)
			.query(Integer.class).single();
		return new Outcome(valid, invalid, (households + batchHouseholds - 1) / batchHouseholds);
	}

	/** What the reader found in single rows, one error per problem. */
	private void rowProblems(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key)
				select r.import_id, r.row_no, split_part(p, ':', 1),
				       case split_part(p, ':', 1) when 'COMMUNE' then r.commune_code when 'HAMLET' then r.hamlet
				            when 'CODE' then r.code when 'ADDRESS' then r.address when 'NAME' then r.full_name
				            when 'BIRTH' then r.birth when 'SEX' then r.sex when 'RELATION' then r.relation
				            when 'PHONE' then r.phone when 'CCCD' then r.cccd end,
				       split_part(p, ':', 2)
				from import_row r cross join lateral unnest(r.problems) p
				where r.import_id = ? and r.problems is not null
				""").param(id).update();
	}

	/** A citizen ID twice in the file, or the same person twice in a household. */
	private void duplicates(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, 'CCCD', cccd, 'import.cccd.duplicate', first_row::text
				from (select import_id, row_no, cccd, min(row_no) over (partition by cccd_hash) as first_row
				      from import_row where import_id = ? and cccd_hash is not null) d
				where row_no > first_row
				""").param(id).update();
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, 'NAME', full_name, 'import.resident.duplicate', first_row::text
				from (select import_id, row_no, full_name,
				             min(row_no) over (partition by commune_code, code, name_folded, birth_year) as first_row
				      from import_row
				      where import_id = ? and code <> '' and name_folded <> '' and birth_year is not null) d
				where row_no > first_row
				""").param(id).update();
	}

	/** Household columns are repeated on every row: they must say the same as the household's first row. */
	private void householdsAgree(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, c.column_name, c.value, c.message_key, first_row::text
				from (select import_id, row_no, hamlet, address, unit_id,
				             first_value(row_no) over w as first_row, first_value(unit_id) over w as first_unit,
				             first_value(address) over w as first_address
				      from import_row where import_id = ? and code <> ''
				      window w as (partition by commune_code, code order by row_no)) x
				cross join lateral (values ('HAMLET', x.hamlet, 'import.household.hamletDiffers',
				                            x.unit_id <> x.first_unit),
				                           ('ADDRESS', x.address, 'import.household.addressDiffers',
				                            x.address <> x.first_address)) c (column_name, value, message_key, differs)
				where x.row_no <> x.first_row and c.differs
				""").param(id).update();
	}

	/** A citizen ID belongs to one person: one already stored outside this household is refused. */
	private void citizenIdsTaken(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key)
				select r.import_id, r.row_no, 'CCCD', r.cccd, 'import.cccd.taken'
				from import_row r
				join resident s on s.cccd_hash = r.cccd_hash
				join household h on h.id = s.household_id
				where r.import_id = ? and r.cccd_hash is not null
				  and (r.commune_id is null or h.commune_id <> r.commune_id or h.code <> r.code)
				""").param(id).update();
	}

	/** All of a household's rows land together or none: the good rows of a bad household are skipped. */
	private void skipBadHouseholds(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select r.import_id, r.row_no, 'CODE', r.code, 'import.household.skipped', b.first_bad::text
				from import_row r
				join (select x.commune_code, x.code, min(x.row_no) as first_bad
				      from import_row x join import_error e on e.import_id = x.import_id and e.row_no = x.row_no
				      where x.import_id = :id and x.code <> ''
				      group by x.commune_code, x.code) b on b.commune_code = r.commune_code and b.code = r.code
				where r.import_id = :id and %s
				""".formatted(CLEAN)).param("id", id).update();
	}

	/** The households of the clean rows, matched by (commune, code), numbered into batches. */
	private int households(UUID id, int batchHouseholds) {
		return jdbc.sql("""
				insert into import_household (import_id, batch, commune_id, code, household_id, existed, unit_id,
				                              unit_path, province_code, address, outcome)
				select :id, (row_number() over (order by k.first_row) - 1) / :batch, k.commune_id, k.code,
				       coalesce(h.id, gen_random_uuid()), h.id is not null, k.unit_id, k.unit_path, k.province_code,
				       k.address, case when h.id is null then 'CREATED' else 'UNCHANGED' end
				from (select distinct on (r.commune_id, r.code) r.commune_id, r.code, r.row_no as first_row, r.unit_id,
				             r.unit_path, r.province_code, r.address
				      from import_row r
				      where r.import_id = :id and %s
				      order by r.commune_id, r.code, r.row_no) k
				left join household h on h.commune_id = k.commune_id and h.code = k.code
				""".formatted(CLEAN)).param("id", id).param("batch", batchHouseholds).update();
	}

	/**
	 * Each clean row is a resident: the one with its citizen ID in that household, else the one
	 * with the same folded name and birth year (not erased; one without an ID when the row has
	 * one), else a new one. A resident is claimed by one row at most, an ID match first.
	 */
	private int matchResidents(UUID id) {
		return jdbc.sql("""
				insert into import_match (import_id, batch, row_no, household_id, resident_id, is_new, full_name,
				                          name_folded, birth_date, birth_year, sex, relation, phone, cccd_cipher, cccd_hash)
				select :id, m.batch, m.row_no, m.household_id, coalesce(m.claimed, gen_random_uuid()), m.claimed is null,
				       m.full_name, m.name_folded, m.birth_date, m.birth_year, m.sex_value, m.relation_value,
				       m.phone_value, m.cccd_cipher, m.cccd_hash
				from (select c.*, case when c.candidate is not null and row_number() over (partition by c.candidate
				                       order by c.by_hash desc, c.row_no) = 1 then c.candidate end as claimed
				      from (select r.row_no, r.full_name, r.name_folded, r.birth_date, r.birth_year, r.sex_value,
				                   r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash, ih.batch, ih.household_id,
				                   coalesce(by_id.id, by_name.id) as candidate, by_id.id is not null as by_hash
				            from import_row r
				            join import_household ih on ih.import_id = r.import_id and ih.commune_id = r.commune_id
				                                    and ih.code = r.code
				            left join resident by_id on ih.existed and r.cccd_hash is not null
				                                    and by_id.cccd_hash = r.cccd_hash and by_id.household_id = ih.household_id
				            left join lateral (select s.id from resident s
				                               where ih.existed and by_id.id is null and s.household_id = ih.household_id
				                                 and s.name_folded = r.name_folded and s.birth_year = r.birth_year
				                                 and s.erased_at is null and (r.cccd_hash is null or s.cccd_hash is null)
				                               order by s.cccd_hash is null desc, s.created_at, s.id limit 1) by_name on true
				            where r.import_id = :id) c) m
				""").param("id", id).update();
	}
}
