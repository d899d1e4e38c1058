package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;

/**
 * The province dashboard on the demo's own database (no other test adds teams or members there)
 * shows the source text's figures exactly.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardDemoFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theProvinceShowsTheTeamsMembersAndYouthOfTheSourceText() throws Exception {
		long province = jdbc.sql("select id from admin_unit where code = '80' order by valid_from limit 1")
			.query(Long.class).single();
		String html = mvc.perform(get("/dashboard/" + province).with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Map<String, DashboardFixtures.Tile> tiles = DashboardFixtures.tiles(html);
		assertThat(tiles.get("COMMUNES_WITH_TEAMS").value()).isEqualTo("188/188");
		assertThat(tiles.get("TEAMS").value()).isEqualTo("998");
		assertThat(tiles.get("MEMBERS").value()).isEqualTo("5.485");
		assertThat(tiles.get("YOUTH_MEMBERS").value()).isEqualTo("4.980");
	}
}
