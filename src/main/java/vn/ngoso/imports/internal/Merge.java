package vn.ngoso.imports.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.imports.ImportFaults;
import vn.ngoso.platform.audit.Audited;

/**
 * Writes one batch of whole households in one transaction: new households, changed addresses,
 * Writes one batch of whole households in one transaction: new households, changed addresses
 * or registration dates, changed residents, new residents, what the readiness columns say, the
 * job's counts and the audit entries. A crash anywhere in it leaves the batch as it was before; a
 * batch never splits a household. The residents of existing households are matched first: a
 * household where a row cannot be told is skipped whole, its address included. Rows that change
 * nothing are not written, so a file imported twice changes nothing the second time. The file
 * never moves a household to another hamlet.
 */
@Component
class Merge {

	/**
	 * What a batch's households need: new ones are written whole, existing ones are matched; some
	 * may have a new registration date, some rows readiness items.
	 */
	private record Households(boolean anyNew, boolean anyExisting, boolean anyDiffering, boolean anyRedated,
			boolean anyReady) {
	}

	/** How a batch's households came out. */
	record BatchCounts(int created, int updated, int unchanged) {
	}

	private final JdbcClient jdbc;

	private final ImportFaults faults;

	private final ApplicationEventPublisher events;

	private final BatchCopy copy;

	private final ExistingResidents existingResidents;

	private final Figures figures;

	private final ImportedReadiness readiness;

	Merge(JdbcClient jdbc, ImportFaults faults, ApplicationEventPublisher events, BatchCopy copy,
			ExistingResidents existingResidents, Figures figures, ImportedReadiness readiness) {
		this.readiness = readiness;
		this.jdbc = jdbc;
		this.faults = faults;
		this.events = events;
		this.copy = copy;
		this.existingResidents = existingResidents;
		this.figures = figures;
	}

	/** @param today the import day: the date of readiness the file says yes to without a date */
	@Transactional
	public BatchCounts batch(UUID id, int batch, String fileName, BatchRows rows, LocalDate today) {
		Households households = jdbc.sql("""
				select bool_or(not existed), bool_or(existed), bool_or(differs),
				       bool_or(existed and registered_on is not null), bool_or(ready)
				from import_household where import_id = ? and batch = ?
				""").params(id, batch)
			.query((rs, n) -> new Households(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
					rs.getBoolean(5)))
			.single();
		List<UUID> ids = jdbc.sql("select household_id from import_household where import_id = ? and batch = ?")
			.params(id, batch).query(UUID.class).list();
		boolean[] skipped = { false };
		Runnable write = () -> {
			if (households.anyExisting()) {
				skipped[0] = existingResidents.match(id, batch, rows);
			}
			if (households.anyNew()) {
				insertHouseholds(id, batch);
			}
			if (households.anyDiffering()) {
				updateHouseholds(id, batch);
			}
			if (households.anyRedated()) {
				// before the residents are merged: only those already stored move with the household
				redate(id, batch);
			}
			faults.householdsWritten(id, batch);
			if (households.anyExisting()) {
				existingResidents.write(id, batch);
			}
			if (households.anyNew()) {
				insertResidents(id, batch, rows);
			}
			if (households.anyReady()) {
				readiness.write(id, batch, rows, today);
			}
		};
		// the batch's households are the figures' scope; a batch of new households only adds
		// figures (a first import is all such batches), otherwise read before and after
		if (households.anyExisting()) {
			figures.change(FigureScope.households(ids), write);
		}
		else {
			figures.added(FigureScope.households(ids), write);
		}
		BatchCounts counts = count(id, batch);
		if (skipped[0]) {
			recountRows(id);
		}
		audit(id, batch, fileName);
		return counts;
	}

	private void insertHouseholds(UUID id, int batch) {
		copy.load(id, batch, """
				select household_id, unit_id, commune_id, unit_path, province_code, code, address, registered_on
				from import_household where import_id = :id and batch = :batch and not existed
				""", "household (id, unit_id, commune_id, unit_path, province_code, code, address, registered_on)");
	}

	/**
	 * Existing households whose registration date the file changes: the household moves to the
	 * new date, and with it the residents registered together with it (those whose date was the
	 * household's); residents added later keep theirs.
	 */
	private void redate(UUID id, int batch) {
		jdbc.sql("""
				with changed as materialized (
				    select ih.household_id, h.registered_on as before, ih.registered_on as after
				    from import_household ih join household h on h.id = ih.household_id
				    where ih.import_id = :id and ih.batch = :batch and ih.existed and ih.registered_on is not null
				      and ih.outcome <> 'SKIPPED' and h.registered_on <> ih.registered_on),
				residents as (
				    update resident s set registered_on = c.after, updated_at = now()
				    from changed c where s.household_id = c.household_id and s.registered_on = c.before),
				households as (
				    update household h set registered_on = c.after, updated_at = now()
				    from changed c where h.id = c.household_id
				    returning h.id)
				update import_household ih set outcome = 'UPDATED' from households c
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = c.id and ih.outcome = 'UNCHANGED'
				""").param("id", id).param("batch", batch).update();
	}

	/** A new address; the hamlet stays (the checks refused a household code of another hamlet). */
	private void updateHouseholds(UUID id, int batch) {
		jdbc.sql("""
				with changed as (
				    update household h set address = ih.address, updated_at = now()
				    from import_household ih
				    where ih.import_id = :id and ih.batch = :batch and ih.differs and ih.outcome <> 'SKIPPED'
				      and h.id = ih.household_id and h.address <> ih.address
				    returning h.id)
				update import_household ih set outcome = 'UPDATED' from changed
				where ih.import_id = :id and ih.batch = :batch and ih.household_id = changed.id
				""").param("id", id).param("batch", batch).update();
	}

	/**
	 * The residents of households that are new: every row is a new resident (but a row with a
	 * notice, which is left out), nothing to match, registered with the household. Their ids were
	 * drawn as the file was read, time-ordered (UUIDv7) in file order, as the households' were when
	 * the file was checked: each batch's ids then go to the end of the id and household indexes
	 * instead of all over them, which at a province's 1.7 million residents is a third of the
	 * write; and the row's readiness finds its resident by that id.
	 */
	private void insertResidents(UUID id, int batch, BatchRows rows) {
		copy.load(id, batch, """
				select r.resident_id, ih.province_code, ih.household_id, r.full_name, r.name_folded, r.birth_date, r.birth_year,
				       r.sex_value, r.relation_value, r.phone_value, r.cccd_cipher, r.cccd_hash, ih.registered_on
				from import_household ih
				join import_row r on r.import_id = ih.import_id and r.commune_id = ih.commune_id and r.code = ih.code
				where ih.import_id = :id and ih.batch = :batch and not ih.existed and not r.noticed and %s
				""".formatted(rows.rowFilter),
				"resident (id, province_code, household_id, full_name, name_folded, birth_date, birth_year, sex, relation, phone,"
				+ " cccd_cipher, cccd_hash, registered_on)");
	}

	/** A household skipped by the match moved its rows from valid to invalid: the job's row counts follow. */
	private void recountRows(UUID id) {
		Validation.RowCounts rows = Validation.rowCounts(jdbc, id);
		jdbc.sql("""
				update import_job set rows_invalid = :invalid, rows_noticed = :noticed,
				       rows_valid = rows_read - :invalid - :noticed
				where id = :id
				""").param("invalid", rows.invalid()).param("noticed", rows.noticed()).param("id", id).update();
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
				from import_household where import_id = ? and batch = ? and outcome in ('CREATED', 'UPDATED')
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
