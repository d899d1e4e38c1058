package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/** The administrator checks the live figures against the records and rebuilds them; nobody else can. */
@IntegrationTest
class FigureAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	DemoUsers users;

	@BeforeEach
	void setUp() {
		users = new DemoUsers(userDetails);
	}

	@Test
	void theAdministratorChecksAndRecomputesAndTheRecomputeIsAudited() throws Exception {
		String page = body(mvc.perform(get("/indicators/figures").with(users.as("admin"))).andReturn().getResponse());
		assertThat(page).contains("Số liệu trực tiếp", "Đối chiếu", "Tính lại toàn bộ");

		String checked = body(mvc.perform(post("/indicators/figures/check").with(users.as("admin")).with(csrf()))
			.andReturn().getResponse());
		assertThat(Html.unescape(checked)).contains("Khớp hoàn toàn");

		long audited = jdbc.sql("select count(*) from audit_log where entity_type = 'FIGURES'").query(Long.class).single();
		var response = mvc.perform(post("/indicators/figures/recompute").with(users.as("admin")).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/indicators/figures");
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'FIGURES'").query(Long.class).single())
			.isEqualTo(audited + 1);
		assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isPositive();

		var api = mvc.perform(post("/api/v1/indicators/recompute").header("Authorization", ApiTokens.tokenFor(mvc, "admin")))
			.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(body(api)).contains("\"rows\"");
	}

	@Test
	void nobodyButTheAdministratorSeesOrRunsIt() throws Exception {
		for (String user : new String[] { "tinh", "xa", "thanhvien" }) {
			assertThat(mvc.perform(get("/indicators/figures").with(users.as(user))).andReturn().getResponse().getStatus())
				.as(user).isEqualTo(404);
			assertThat(mvc.perform(post("/indicators/figures/recompute").with(users.as(user)).with(csrf())).andReturn()
				.getResponse().getStatus()).as(user).isEqualTo(404);
		}
		assertThat(mvc.perform(post("/api/v1/indicators/recompute").header("Authorization", ApiTokens.tokenFor(mvc, "tinh")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private static String body(org.springframework.mock.web.MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
