package vn.ngoso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** With ngoso.demo=false a new database gets the official lists and nothing else: no demo accounts. */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-nodemo", "ngoso.demo=false" })
@ActiveProfiles("test")
class NoDemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDemoUsersTeamsOrHamletsAreCreated() {
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from team").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from admin_unit where level = 4").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from admin_unit where level = 3").query(Long.class).single())
			.isEqualTo(188 + 3321);
	}
}
