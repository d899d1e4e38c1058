package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.support.IntegrationTest;

/**
 * The schema a distributed PostgreSQL (Citus) would shard by province (docs/scaling.md,
 * "Distribution by province code"): every large table carries {@code province_code}, first in its
 * primary key; its unique keys include it; and every foreign key into one of them comes from
 * another of them and includes it on both sides. A table added tomorrow that refers to a
 * household, a resident or a visit by its id alone fails here.
 */
@IntegrationTest
class DistributionKeysTest {

	/** Sharded by province code, colocated. */
	static final Set<String> DISTRIBUTED = Set.of("household", "resident", "readiness", "readiness_event",
			"resident_edit", "household_move", "visit", "visit_member", "visit_outcome", "visit_evidence",
			"outreach_session_attendee", "verification_item", "change_log", "figure_row", "figure_delta");

	/** Deltas waiting to be folded into figure_row: appended and deleted, never looked up by a key. */
	static final Set<String> KEYLESS = Set.of("figure_delta");

	/**
	 * A citizen id is national: unique across provinces. On Citus this one moves to a small
	 * reference table keyed by the hash (docs/scaling.md); on one PostgreSQL it stays an index.
	 */
	static final Set<String> NATIONAL_UNIQUE = Set.of("resident_cccd");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyLargeTableCarriesTheProvinceCodeFirstInItsPrimaryKey() {
		for (String table : DISTRIBUTED) {
			List<String> key = jdbc.sql("""
					select a.attname from pg_constraint c
					cross join lateral unnest(c.conkey) with ordinality k(attnum, n)
					join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
					where c.conrelid = cast(? as regclass) and c.contype = 'p' order by k.n
					""").param(table).query(String.class).list();
			if (KEYLESS.contains(table)) {
				assertThat(key).as("primary key of %s", table).isEmpty();
			}
			else {
				assertThat(key).as("primary key of %s", table).isNotEmpty().first().isEqualTo("province_code");
			}
			assertThat(jdbc.sql("select attnotnull from pg_attribute where attrelid = cast(? as regclass)"
					+ " and attname = 'province_code'").param(table).query(Boolean.class).single())
				.as("%s.province_code not null", table).isTrue();
		}
	}

	@Test
	void uniqueKeysOfTheLargeTablesIncludeTheProvinceCode() {
		List<Map<String, Object>> unique = jdbc.sql("""
				select t.relname as tbl, i.relname as idx,
				       bool_or(a.attname = 'province_code') as has_code
				from pg_index x
				join pg_class i on i.oid = x.indexrelid
				join pg_class t on t.oid = x.indrelid
				join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
				left join pg_attribute a on a.attrelid = t.oid and a.attnum = any(x.indkey)
				where x.indisunique and t.relname = any(?)
				group by 1, 2
				""").param(DISTRIBUTED.toArray(String[]::new)).query().listOfRows();
		assertThat(unique).isNotEmpty();
		assertThat(unique).filteredOn(row -> !(Boolean) row.get("has_code"))
			.extracting(row -> (String) row.get("idx")).containsExactlyInAnyOrderElementsOf(NATIONAL_UNIQUE);
	}

	@Test
	void foreignKeysIntoTheLargeTablesComeFromLargeTablesThroughTheProvinceCode() {
		List<Map<String, Object>> keys = jdbc.sql("""
				select c.conname, s.relname as source, t.relname as target,
				       (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) as first_source,
				       (select a.attname from pg_attribute a where a.attrelid = c.confrelid and a.attnum = c.confkey[1]) as first_target
				from pg_constraint c
				join pg_class s on s.oid = c.conrelid
				join pg_class t on t.oid = c.confrelid
				where c.contype = 'f' and t.relname = any(?)
				""").param(DISTRIBUTED.toArray(String[]::new)).query().listOfRows();
		assertThat(keys).hasSizeGreaterThanOrEqualTo(13).allSatisfy(key -> {
			assertThat(DISTRIBUTED).as("%s from %s", key.get("conname"), key.get("source")).contains((String) key.get("source"));
			assertThat(key.get("first_source")).as("%s", key.get("conname")).isEqualTo("province_code");
			assertThat(key.get("first_target")).as("%s", key.get("conname")).isEqualTo("province_code");
		});
	}

	@Test
	void aHouseholdWhoseProvinceChangesTakesItsResidentsProfilesAndVisitsAlong() {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			Map<String, Object> held = jdbc.sql("""
					select r.household_id, g.resident_id, g.item from readiness g join resident r on r.id = g.resident_id
					limit 1
					""").query().singleRow();
			UUID household = (UUID) held.get("household_id");
			UUID visit = UUID.randomUUID();
			jdbc.sql("""
					insert into visit (id, province_code, household_id, unit_id, unit_path, visited_on, recorded_by)
					select ?, province_code, id, unit_id, unit_path, current_date, 'xa' from household where id = ?
					""").params(visit, household).update();
			jdbc.sql("""
					insert into visit_outcome (province_code, visit_id, resident_id, item)
					select province_code, id, ?, ? from visit where id = ?
					""").params(held.get("resident_id"), held.get("item"), visit).update();
			String from = jdbc.sql("select province_code from household where id = ?").param(household).query(String.class)
				.single();
			String to = "80".equals(from) ? "72" : "80";
			jdbc.sql("update household set province_code = ? where id = ?").params(to, household).update();
			assertThat(jdbc.sql("""
					select distinct province_code from (
					    select province_code from resident where household_id = :h
					    union all select g.province_code from readiness g join resident r on r.id = g.resident_id
					              where r.household_id = :h
					    union all select province_code from visit where household_id = :h
					    union all select o.province_code from visit_outcome o join visit v on v.id = o.visit_id
					              where v.household_id = :h) c
					""").param("h", household).query(String.class).list()).containsExactly(to);
		});
	}
}
