package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.support.IntegrationTest;

@IntegrationTest
class OfficialListsTest {

	@Autowired
	JdbcClient jdbc;

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void longAn2024HasFifteenDistrictsAndOneHundredEightyEightCommunes() {
		String path = "(select path from admin_unit where code = '80' and valid_from = date '2024-11-01')";
		assertThat(count("select count(*) from admin_unit where level = 2 and path <@ " + path)).isEqualTo(15);
		assertThat(count("select count(*) from admin_unit where level = 3 and path <@ " + path)).isEqualTo(188);
	}

	@Test
	void tayNinh2025HasNinetySixCommunesDirectlyUnderTheProvinceFromFirstJuly() {
		String path = "(select path from admin_unit where code = '80' and valid_from = date '2025-07-01')";
		assertThat(count("select count(*) from admin_unit where level = 3 and path <@ " + path)).isEqualTo(96);
		assertThat(count("select count(*) from admin_unit where level = 2 and path <@ " + path)).isZero();
		assertThat(count("select count(*) from admin_unit where level = 3 and nlevel(path) = 2 and path <@ " + path))
			.as("communes hang directly under the province: the depth is data").isEqualTo(96);
		assertThat(count("select count(distinct valid_from) from admin_unit where path <@ " + path)).isEqualTo(1);
		assertThat(jdbc.sql("select min(valid_from)::text from admin_unit where path <@ " + path).query(String.class)
			.single()).isEqualTo("2025-07-01");
	}

	@Test
	void everyPathIsTheParentPathPlusTheUnit() {
		assertThat(count("""
				select count(*) from admin_unit c join admin_unit p on p.id = c.parent_id
				where c.path <> p.path || c.id::text
				""")).isZero();
	}
}
