package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks across rows, made set-wise on the staged file: duplicates, citizen IDs already
 * used elsewhere, a household's rows disagreeing, two heads, a household code already used in
 * another hamlet, and then a whole household skipped when any of its rows is bad. Rows of people
 * who withdrew consent get a notice instead, which leaves them out without skipping their
 * household. What remains is matched to existing households and cut into merge batches of whole
 * households; the merge matches the residents, batch by batch.
 * <p>
 * A file of a province has millions of rows, so each check reads the rows as few times as it
 * can: the household columns are compared through one aggregate per household, and the exact
 * window queries that name the first row only run for the few households found wrong.
 */
@Component
class Validation {

	/** The optional columns' names in the order of {@code import_row.extra}, as an SQL array. */
	private static final String OPTIONAL_NAMES = Column.OPTIONAL.stream().map(c -> "'" + c.name() + "'")
		.collect(Collectors.joining(",", "array[", "]"));

	/** Rows with no error yet (a notice is no error). */
	static final String CLEAN = "not exists (select 1 from import_error e where e.import_id = r.import_id and e.row_no = r.row_no"
			+ " and e.severity = 'ERROR')";

	private final JdbcClient jdbc;

	private final ImportProperties properties;

	private final ErasedResidents erased;

	Validation(JdbcClient jdbc, ImportProperties properties, ErasedResidents erased) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.erased = erased;
	}

	/**
	 * Counts of the rows after the checks, and how the merge finds a batch's rows: by the span of
	 * rows its households were read from, or (when households are scattered over the file) by an
	 * index made for the job.
	 */
	record Outcome(int valid, int invalid, int noticed, int batches, BatchRows batchRows) {
	}

	/** @param today the import day: a new household's registration date when its rows give none */
	@Transactional
	public Outcome run(UUID importId, int batchHouseholds, LocalDate today) {
		// the window sorts and hash tables below hold a file's rows: with the default
		// work_mem they would spill to disk
		jdbc.sql("select set_config('work_mem', ?, true)").param(properties.workMem()).query(String.class).single();
		// the staging tables are unlogged and freshly filled: without statistics the planner
		// takes them for empty and joins them to the residents row by row
		analyze("import_row");
		rowProblems(importId);
		duplicateCitizenIds(importId);
		duplicatePeople(importId);
		citizenIdsTaken(importId);
		erased.citizenIds(importId);
		FileHouseholds file = fileHouseholds(importId);
		if (file.disagreeing() > 0) {
			householdsAgree(importId);
		}
		if (file.withTwoHeads() > 0) {
			twoHeads(importId);
		}
		householdsInAnotherHamlet(importId);
		skipBadHouseholds(importId);
		int households = households(importId, batchHouseholds, today);
		erased.people(importId);
		analyze("import_household");
		int valid = jdbc.sql("select coalesce(sum(rows), 0) from import_household where import_id = ?").param(importId)
			.query(Integer.class).single();
		RowCounts counts = rowCounts(jdbc, importId);
		return new Outcome(valid, counts.invalid(), counts.noticed(),
				(households + batchHouseholds - 1) / batchHouseholds,
				batchRows(importId, valid + counts.invalid() + counts.noticed()));
	}

	/**
	 * Statistics from a small sample: enough for the planner to see millions of rows and choose
	 * hashing, at a tenth of the pages a default ANALYZE reads.
	 */
	private void analyze(String table) {
		jdbc.sql("set local default_statistics_target = 10").update();
		jdbc.sql("analyze " + table).update();
		jdbc.sql("set local default_statistics_target to default").update();
	}

	/** Rows with an error, and rows with only a notice. */
	record RowCounts(int invalid, int noticed) {
	}

	/** Counted from the job's errors and notices: a row is invalid, noticed, or valid. */
	static RowCounts rowCounts(JdbcClient jdbc, UUID id) {
		return jdbc.sql("""
				select count(*) filter (where errors > 0), count(*) filter (where errors = 0)
				from (select row_no, count(*) filter (where severity = 'ERROR') as errors from import_error
				      where import_id = ? group by row_no) e
				""").param(id).query((rs, n) -> new RowCounts(rs.getInt(1), rs.getInt(2))).single();
	}

	/** What is found wrong with the file's households as a whole. */
	private record FileHouseholds(int disagreeing, int withTwoHeads) {
	}

	/** What the reader found in single rows, one error per problem. */
	private void rowProblems(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key)
				select r.import_id, r.row_no, split_part(p, ':', 1),
				       case split_part(p, ':', 1) when 'COMMUNE' then r.commune_code when 'HAMLET' then r.hamlet
				            when 'CODE' then r.code when 'ADDRESS' then r.address when 'NAME' then r.full_name
				            when 'BIRTH' then r.birth when 'SEX' then r.sex when 'RELATION' then r.relation
				            when 'PHONE' then r.phone when 'CCCD' then r.cccd
				            else r.extra[array_position(%s, split_part(p, ':', 1))] end,
				       split_part(p, ':', 2)
				from import_row r cross join lateral unnest(r.problems) p
				where r.import_id = ? and r.problems is not null
				""".formatted(OPTIONAL_NAMES)).param(id).update();
	}

	/**
	 * A citizen ID twice in the file. The IDs used more than once are found by hashing (no sort of
	 * the file); only their rows are then numbered.
	 */
	private void duplicateCitizenIds(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, 'CCCD', cccd, 'import.cccd.duplicate', first_row::text
				from (select r.import_id, r.row_no, r.cccd, min(r.row_no) over (partition by r.cccd_hash) as first_row
				      from import_row r
				      join (select cccd_hash from import_row where import_id = :id and cccd_hash is not null
				            group by cccd_hash having count(*) > 1) twice on twice.cccd_hash = r.cccd_hash
				      where r.import_id = :id) d
				where row_no > first_row
				""").param("id", id).update();
	}

	/** The same person (folded name and birth year) twice in a household, found the same way. */
	private void duplicatePeople(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, 'NAME', full_name, 'import.resident.duplicate', first_row::text
				from (select r.import_id, r.row_no, r.full_name,
				             min(r.row_no) over (partition by r.commune_code, r.code, r.name_folded, r.birth_year) as first_row
				      from import_row r
				      join (select commune_code, code, name_folded, birth_year from import_row
				            where import_id = :id and code <> '' and name_folded <> '' and birth_year is not null
				            group by commune_code, code, name_folded, birth_year having count(*) > 1) twice
				        on twice.commune_code = r.commune_code and twice.code = r.code
				       and twice.name_folded = r.name_folded and twice.birth_year = r.birth_year
				      where r.import_id = :id) d
				where row_no > first_row
				""").param("id", id).update();
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

	/**
	 * The file's households, one aggregate row each (by hashing, not sorting): their span of rows,
	 * whether the household columns may differ between their rows (a registration date left blank
	 * on some rows takes the one the others give), how many rows say "Chủ hộ" and how many have a
	 * notice. Kept for this transaction.
	 */
	private FileHouseholds fileHouseholds(UUID id) {
		jdbc.sql("""
				create temporary table import_file_household on commit drop as
				select commune_code, code, min(row_no) as first_row, max(row_no) as last_row, count(*)::integer as rows,
				       min(commune_id) as commune_id, min(unit_id) as unit_id, min(address collate "C") as address,
				       min(registered_on) as registered_on, bool_or(ready is not null) as ready,
				       min(unit_id) is distinct from max(unit_id)
				         or min(address collate "C") <> max(address collate "C")
				         or coalesce(min(registered_on) <> max(registered_on), false) as disagrees,
				       count(*) filter (where relation_value = 'HEAD') as heads,
				       count(*) filter (where noticed)::integer as noticed
				from import_row
				where import_id = ? and code <> ''
				group by commune_code, code
				""").param(id).update();
		analyze("import_file_household");
		return jdbc.sql("""
				select count(*) filter (where disagrees), count(*) filter (where heads > 1) from import_file_household
				""").query((rs, n) -> new FileHouseholds(rs.getInt(1), rs.getInt(2))).single();
	}

	/**
	 * A household has one head: a second "Chủ hộ" row of the same household in the file is an
	 * error (a row already wrong, as the same person twice, is not reported again).
	 */
	private void twoHeads(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select r.import_id, r.row_no, 'RELATION', r.relation, 'import.household.twoHeads', r.first_head::text
				from (select x.import_id, x.row_no, x.relation,
				             min(x.row_no) over (partition by x.commune_code, x.code) as first_head
				      from import_row x
				      join import_file_household f on f.commune_code = x.commune_code and f.code = x.code and f.heads > 1
				      where x.import_id = ? and x.row_no between f.first_row and f.last_row
				        and x.relation_value = 'HEAD') r
				where r.row_no > r.first_head and %s
				""".formatted(CLEAN)).param(id).update();
	}

	/**
	 * The file never moves a household: a code the commune already uses for a household of another
	 * hamlet is an error on the household's first row, naming that hamlet (moving one is the
	 * household page's "Chuyển ấp"). A household whose rows disagree on the hamlet is already wrong.
	 */
	private void householdsInAnotherHamlet(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select r.import_id, r.row_no, 'HAMLET', r.hamlet, 'import.household.otherHamlet', f.code || chr(31) || u.name
				from import_file_household f
				join household h on h.commune_id = f.commune_id and h.code = f.code
				join admin_unit u on u.id = h.unit_id
				join import_row r on r.import_id = :id and r.row_no = f.first_row
				where not f.disagrees and h.unit_id <> f.unit_id
				""").param("id", id).update();
	}

	/**
	 * Household columns are repeated on every row: they must say the same as the household's first
	 * row. Only households whose rows do not all agree are looked at.
	 */
	private void householdsAgree(UUID id) {
		jdbc.sql("""
				insert into import_error (import_id, row_no, column_name, value, message_key, message_arg)
				select import_id, row_no, c.column_name, c.value, c.message_key, c.first_row::text
				-- extra[1] is the registration date's cell as read
				from (select r.import_id, r.row_no, r.hamlet, r.address, r.unit_id, r.extra[1] as registered,
				             r.registered_on, first_value(r.row_no) over w as first_row,
				             first_value(r.unit_id) over w as first_unit, first_value(r.address) over w as first_address,
				             first_value(r.row_no) over dated as first_dated_row,
				             first_value(r.registered_on) over dated as first_registered_on
				      from import_row r
				      join import_file_household f on f.commune_code = r.commune_code and f.code = r.code and f.disagrees
				      where r.import_id = ? and r.row_no between f.first_row and f.last_row
				      window w as (partition by r.commune_code, r.code order by r.row_no),
				             dated as (partition by r.commune_code, r.code order by r.registered_on is null, r.row_no)) x
				cross join lateral (values ('HAMLET', x.hamlet, 'import.household.hamletDiffers',
				                            x.unit_id <> x.first_unit, x.first_row),
				                           ('ADDRESS', x.address, 'import.household.addressDiffers',
				                            x.address <> x.first_address, x.first_row),
				                           ('REGISTERED', x.registered, 'import.household.registeredDiffers',
				                            x.registered_on <> x.first_registered_on, x.first_dated_row))
				     c (column_name, value, message_key, differs, first_row)
				where x.row_no <> c.first_row and c.differs
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
				      where x.import_id = :id and x.code <> '' and e.severity = 'ERROR'
				      group by x.commune_code, x.code) b on b.commune_code = r.commune_code and b.code = r.code
				where r.import_id = :id and %s
				""".formatted(CLEAN)).param("id", id).update();
	}

	/**
	 * The households whose rows are all clean, matched by (commune, code), numbered into batches in
	 * the order of their first row. A household with a bad row has all its rows marked by now, its
	 * first row included, so looking at the first row is enough. Rows with a notice are left out
	 * of its count, and a new household of only such rows is not made. An existing household whose
	 * address differs is marked, so that the merge only looks again at those; one whose
	 * registration date the file changes carries the new date (a blank keeps the stored one). New
	 * households take the file's date, or the import day, and get time-ordered ids (UUIDv7) in
	 * batch order, so the merge appends to the indexes.
	 */
	private int households(UUID id, int batchHouseholds, LocalDate today) {
		return jdbc.sql("""
				insert into import_household (import_id, batch, commune_id, code, household_id, existed, unit_id,
				                              unit_path, province_code, address, outcome, first_row, last_row, rows,
				                              differs, registered_on, ready)
				select :id, (row_number() over (order by k.first_row) - 1) / :batch, k.commune_id, k.code,
				       coalesce(h.id, uuidv7()), h.id is not null, k.unit_id, u.path, u.province_code,
				       k.address, case when h.id is null then 'CREATED' else 'UNCHANGED' end, k.first_row, k.last_row,
				       k.rows - k.noticed, h.id is not null and h.address <> k.address,
				       case when h.id is null then coalesce(k.registered_on, :today)
				            when k.registered_on <> h.registered_on then k.registered_on end, k.ready
				from import_file_household k
				join admin_unit u on u.id = k.unit_id
				left join household h on h.commune_id = k.commune_id and h.code = k.code
				where not exists (select 1 from import_error e where e.import_id = :id and e.row_no = k.first_row
				                  and e.severity = 'ERROR')
				  and (h.id is not null or k.rows > k.noticed)
				""").param("id", id).param("batch", batchHouseholds).param("today", today).update();
	}

	/**
	 * Files list a household's rows together, so a batch's rows are one span of the file, read
	 * through the primary key. A file whose households are scattered would make the spans overlap
	 * and be read again and again: the job then gets an index to find a household's rows.
	 */
	private BatchRows batchRows(UUID id, int rows) {
		long spans = jdbc.sql("""
				select coalesce(sum(last_row - first_row + 1), 0)
				from (select min(first_row) as first_row, max(last_row) as last_row from import_household
				      where import_id = ? group by batch) b
				""").param(id).query(Long.class).single();
		if (spans <= 2L * rows) {
			return BatchRows.SPAN;
		}
		jdbc.sql("create index " + BatchRows.indexName(id) + " on import_row (import_id, commune_id, code)").update();
		return BatchRows.INDEX;
	}
}
