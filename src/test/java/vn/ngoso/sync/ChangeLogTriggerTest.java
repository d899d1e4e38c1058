package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.support.IntegrationTest;

/**
 * A statement that writes residents logs each of their households once, under its hamlet, both
 * ways the trigger does it: by key for an ordinary write, by join for a bulk one. Rolled back.
 */
@IntegrationTest
class ChangeLogTriggerTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFewResidentsLogTheirHouseholdsOnceEach() {
		assertThat(logged(5)).hasSize(2).allSatisfy(row -> assertThat(row.get("times")).isEqualTo(1L));
	}

	@Test
	void fiftyThousandResidentsInOneStatementLogTheirHouseholdsOnceEachToo() {
		assertThat(logged(50_000)).hasSize(2).allSatisfy(row -> assertThat(row.get("times")).isEqualTo(1L));
	}

	/** Inserts that many residents into two households in one statement; the log rows it wrote, per household. */
	private List<Map<String, Object>> logged(int residents) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			List<UUID> households = jdbc.sql("select id from household order by id limit 2").query(UUID.class).list();
			jdbc.sql("""
					insert into resident (id, province_code, household_id, full_name, name_folded, birth_year, sex, relation)
					select gen_random_uuid(), h.province_code, h.id, 'Người thử ' || i, 'nguoi thu ' || i, 1980,
					       'MALE', 'OTHER'
					from generate_series(1, :n) i join household h on h.id = (:households)[1 + i % 2]
					""").param("households", new org.springframework.jdbc.support.SqlArrayValue("uuid",
					households.toArray())).param("n", residents).update();
			List<Map<String, Object>> rows = jdbc.sql("""
					select c.household_id, count(*) as times, bool_and(c.unit_path = h.unit_path) as same_path
					from change_log c join household h on h.id = c.household_id
					where c.xid = pg_current_xact_id() group by c.household_id
					""").query().listOfRows();
			assertThat(rows).allSatisfy(row -> assertThat(row.get("same_path")).isEqualTo(true));
			assertThat(rows).extracting(row -> row.get("household_id")).containsExactlyInAnyOrderElementsOf(households);
			return rows;
		});
	}
}
