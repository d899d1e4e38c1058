package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes what a batch's readiness columns say, inside the batch's transaction (and so inside its
 * figures' change), once its residents are written: each row's resident is the one its staged
 * {@code resident_id} names (a new resident was inserted under it; the merge of an existing
 * household's rows records the resident it matched there). A household the match skipped, and a
 * row of someone who withdrew consent, write nothing.
 * <p>
 * The profile keeps the earliest date an item is known from: a later file with an earlier date
 * moves it back, a later date leaves it. Every value read goes into the history
 * ({@code readiness_event}, no visit, recorded by the uploader) unless the history already has
 * it: the same date for the same item, or, for a yes without a date, the item at all. So a file
 * imported twice writes nothing the second time. A household some of whose residents changed is
 * marked updated. Whether it is covered is the households module's to say: the figures' change
 * that wraps the batch refreshes {@code covered_from}.
 */
@Component
class ImportedReadiness {

	private final JdbcClient jdbc;

	ImportedReadiness(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param today the date of a yes without a date */
	void write(UUID id, int batch, BatchRows rows, LocalDate today) {
		jdbc.sql("""
				with said as materialized (
				    select s.province_code, s.id as resident_id, s.household_id, split_part(x, ':', 1) as item,
				           nullif(split_part(x, ':', 2), '')::date as on_date
				    from import_household ih
				    join import_row r on r.import_id = ih.import_id and r.commune_id = ih.commune_id and r.code = ih.code
				    join resident s on s.id = r.resident_id and s.household_id = ih.household_id
				    cross join lateral unnest(r.ready) x
				    where ih.import_id = :id and ih.batch = :batch and ih.ready and ih.outcome <> 'SKIPPED'
				      and r.ready is not null and not r.noticed and %s),
				by_whom as (select uploaded_by from import_job where id = :id),
				events as (
				    insert into readiness_event (province_code, resident_id, item, on_date, recorded_by, visit_id)
				    select v.province_code, v.resident_id, v.item, coalesce(v.on_date, :today), w.uploaded_by, null
				    from said v cross join by_whom w
				    where case when v.on_date is null
				               then not exists (select 1 from readiness g where g.resident_id = v.resident_id and g.item = v.item)
				               else not exists (select 1 from readiness_event e where e.resident_id = v.resident_id
				                                and e.item = v.item and e.on_date = v.on_date) end
				    returning resident_id),
				profile as (
				    insert into readiness (province_code, resident_id, item, since, recorded_by, visit_id)
				    select v.province_code, v.resident_id, v.item, coalesce(v.on_date, :today), w.uploaded_by, null
				    from said v cross join by_whom w
				    on conflict (province_code, resident_id, item) do update
				    set since = excluded.since, recorded_by = excluded.recorded_by, visit_id = null
				    where readiness.since > excluded.since
				    returning resident_id),
				marked as (
				    update import_household ih set outcome = 'UPDATED'
				    from (select distinct v.household_id from said v
				          where v.resident_id in (select resident_id from events union select resident_id from profile)) c
				    where ih.import_id = :id and ih.batch = :batch and ih.household_id = c.household_id
				      and ih.outcome = 'UNCHANGED')
				select count(*) from said
				""".formatted(rows.rowFilter)).param("id", id).param("batch", batch).param("today", today)
			.query(Long.class).single();
	}
}
