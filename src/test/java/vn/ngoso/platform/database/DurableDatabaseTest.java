package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application started as it runs for real (no test profile, whose opt-out only tests and
 * benchmarks use): its embedded PostgreSQL writes every acknowledged commit to disk.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-durable",
		"ngoso.database.embedded.clean=true", "ngoso.demo=false" })
@DirtiesContext
class DurableDatabaseTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRunningApplicationsDatabaseFlushesEveryCommitToDisk() {
		assertThat(show("fsync")).isEqualTo("on");
		assertThat(show("synchronous_commit")).isEqualTo("on");
		assertThat(show("full_page_writes")).isEqualTo("on");
	}

	private String show(String setting) {
		return jdbc.sql("show " + setting).query(String.class).single();
	}
}
