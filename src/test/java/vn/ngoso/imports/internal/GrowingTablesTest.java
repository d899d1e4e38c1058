package vn.ngoso.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.support.IntegrationTest;

/** An import that doubles the households table has the planner look at it again; a small one does not. */
@IntegrationTest
class GrowingTablesTest {

	@Autowired
	GrowingTables tables;

	@Autowired
	JdbcClient jdbc;

	private long analyses(String table) {
		return jdbc.sql("select analyze_count from pg_stat_user_tables where relname = ?")
			.param(table).query(Long.class).single();
	}

	@Test
	void theTablesAreAnalysedOnceTheImportHasWrittenAsManyHouseholdsAsTheyHeld() {
		jdbc.sql("analyze household").update();
		long held = jdbc.sql("select reltuples::bigint from pg_class where oid = 'household'::regclass")
			.query(Long.class).single();
		GrowingTables.Watch watch = tables.watch(3);
		long households = analyses("household");
		long residents = analyses("resident");

		watch.written((int) held - 1);
		assertThat(analyses("household")).as("fewer than the table held").isEqualTo(households);

		watch.written(1);
		assertThat(analyses("household")).as("as many as the table held").isEqualTo(households + 1);
		assertThat(analyses("resident")).isEqualTo(residents + 1);

		watch.written((int) held);
		assertThat(analyses("household")).as("the next look waits for twice as many").isEqualTo(households + 1);
	}
}
