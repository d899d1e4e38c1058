package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.Role;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.FieldAccount;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * Taking an account away takes effect on its next request: a disabled account's browser session
 * is signed out and its tokens stop at once; signing out revokes the token the session handed to
 * the phone; an officer moved to another unit sees that unit on the next page.
 */
@IntegrationTest
class AccountRevocationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDisabledAccountsSessionIsSignedOutOnItsNextPageAndItsTokenAnswers401() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		SessionCookie session = member.signIn();
		String token = member.bearer();
		assertThat(page(session, "/households/to-visit").getStatus()).isEqualTo(200);
		assertThat(api(token, "/api/v1/sync/status").getStatus()).isEqualTo(200);

		member.disable();

		MockHttpServletResponse next = page(session, "/households/to-visit");
		assertThat(next.getStatus()).isEqualTo(302);
		assertThat(next.getRedirectedUrl()).isEqualTo("/login?disabled");
		assertThat(session.ended()).as("the session is over").isTrue();
		assertThat(api(token, "/api/v1/sync/status").getStatus()).isEqualTo(401);
		assertThat(api(token, "/api/v1/sync/pull").getStatus()).isEqualTo(401);
	}

	@Test
	void anHtmxRequestOfADisabledAccountIsSentToTheLoginPageWhole() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		SessionCookie session = member.signIn();
		member.disable();

		var response = session.keep(mvc.perform(get("/households").with(session).header("HX-Request", "true")).andReturn()
			.getResponse());

		assertThat(response.getStatus()).isEqualTo(204);
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login?disabled");
		assertThat(session.ended()).isTrue();
	}

	@Test
	void theLoginPageSaysTheAccountWasDisabled() throws Exception {
		String html = mvc.perform(get("/login").param("disabled", "")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tài khoản của bạn đã bị khoá");
	}

	@Test
	void disablingDeletesTheAccountsTokensSoReEnablingDoesNotBringThemBack() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		String token = member.bearer();

		member.disable();
		mvc.perform(post("/users/" + member.userId + "/enabled").with(new vn.ngoso.support.DemoUsers(users).as("xa"))
			.with(csrf()).param("enabled", "true"));

		assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(member.userId).query(Long.class)
			.single()).isZero();
		assertThat(api(token, "/api/v1/sync/status").getStatus()).isEqualTo(401);
		assertThat(api(member.bearer(), "/api/v1/sync/status").getStatus()).as("a new token works").isEqualTo(200);
	}

	@Test
	void signingOutRevokesTheDeviceTokenTheSessionGaveThePhone() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		SessionCookie session = member.signIn();
		String device = "Bearer " + json.readTree(mvc.perform(post("/account/device-token").with(session).with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("token").asString();
		String apiClient = member.bearer();
		assertThat(api(device, "/api/v1/sync/status").getStatus()).isEqualTo(200);

		var logout = session.keep(mvc.perform(post("/logout").with(session).with(csrf())).andReturn().getResponse());

		assertThat(logout.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(api(device, "/api/v1/sync/status").getStatus()).isEqualTo(401);
		assertThat(api(device, "/api/v1/sync/pull").getStatus()).isEqualTo(401);
		assertThat(api(apiClient, "/api/v1/sync/status").getStatus())
			.as("a token asked for with the password belongs to that client, not to the browser session").isEqualTo(200);
	}

	@Test
	void anOfficerMovedToAnotherUnitSeesItOnTheNextPageWithoutSigningInAgain() throws Exception {
		String username = "moved-" + UniqueValues.word().toLowerCase();
		long tuyenBinh = unit("27781");
		accounts.create(new NewUser(username, FieldAccount.PASSWORD, "Cán bộ chuyển", Role.COMMUNE, tuyenBinh, null, null));
		SessionCookie session = new SessionCookie();
		session.keep(mvc.perform(post("/login").with(csrf()).param("username", username)
			.param("password", FieldAccount.PASSWORD)).andReturn().getResponse());
		assertThat(page(session, "/").getContentAsString(StandardCharsets.UTF_8)).contains("Xã Tuyên Bình");
		long other = jdbc.sql("""
				select id from admin_unit where level = 3 and valid_to is null and code <> '27781' order by code limit 1
				""").query(Long.class).single();
		String otherName = jdbc.sql("select name from admin_unit where id = ?").param(other).query(String.class).single();

		// what the reorganisation step does to an account whose commune merged into another
		jdbc.sql("update app_user set unit_id = ? where username = ?").params(other, username).update();

		String html = page(session, "/").getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(otherName).doesNotContain("Xã Tuyên Bình");
		assertThat(page(session, "/units/" + tuyenBinh).getStatus()).as("the old commune is out of scope").isEqualTo(404);
	}

	@Test
	void anOfficerGivenAnotherRoleIsHeldToItOnTheNextRequest() throws Exception {
		String username = "role-" + UniqueValues.word().toLowerCase();
		accounts.create(new NewUser(username, FieldAccount.PASSWORD, "Cán bộ đổi vai", Role.COMMUNE, unit("27781"), null,
				null));
		SessionCookie session = new SessionCookie();
		session.keep(mvc.perform(post("/login").with(csrf()).param("username", username)
			.param("password", FieldAccount.PASSWORD)).andReturn().getResponse());
		assertThat(page(session, "/households").getStatus()).isEqualTo(200);

		jdbc.sql("update app_user set role = 'AGENCY' where username = ?").param(username).update();

		assertThat(page(session, "/households").getStatus()).as("an agency officer sees no households").isEqualTo(403);
	}

	private long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(code).query(Long.class).single();
	}

	private MockHttpServletResponse page(SessionCookie session, String url) throws Exception {
		return session.keep(mvc.perform(get(url).with(session)).andExpect(noStackTrace()).andReturn().getResponse());
	}

	private MockHttpServletResponse api(String bearer, String url) throws Exception {
		return mvc.perform(get(url).header("Authorization", bearer)).andExpect(noStackTrace()).andReturn().getResponse();
	}
}
