package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.Role;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.UniqueValues;

/**
 * Signing in: bearer tokens for the API, form login for people, the throttle after repeated
 * failures, CSRF, a new session id at sign-in and BCrypt-hashed passwords. Tests that fail on
 * purpose use accounts of their own so that no demo account gets locked for other tests.
 */
@IntegrationTest
class SignInSecurityTest {

	static final String PASSWORD = "mat-khau-dung";

	static final String LOGIN_FAILED = "Sai tên đăng nhập hoặc mật khẩu.";

	static final String LOCKED = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	/** A commune officer of Tuyên Bình created for one test. */
	private String newUser() {
		String username = "thu-" + UniqueValues.word().toLowerCase();
		long unit = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
		accounts.create(new NewUser(username, PASSWORD, "Cán bộ thử", Role.COMMUNE, unit, null, null));
		return username;
	}

	private ResultActions token(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))))
			.andExpect(noStackTrace());
	}

	private JsonNode body(ResultActions actions) throws Exception {
		return json.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	// --- bearer tokens -----------------------------------------------------------------------------

	@Test
	void rightPasswordGivesATokenWithItsExpiryThatOpensTheApi() throws Exception {
		String username = newUser();
		Instant asked = Instant.now();

		JsonNode issued = body(token(username, PASSWORD).andExpect(status().isOk()));

		String token = issued.get("token").asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		Instant expires = Instant.parse(issued.get("expiresAt").asString());
		assertThat(expires).isAfter(asked.plus(Duration.ofHours(11))).isBefore(asked.plus(Duration.ofHours(13)));
		mvc.perform(get("/api/v1/units/27781").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
	}

	@Test
	void wrongPasswordIsA401ProblemInVietnamese() throws Exception {
		String username = newUser();
		JsonNode problem = body(token(username, "sai-mat-khau")
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("detail").asString()).isEqualTo(LOGIN_FAILED);
		assertThat(problem.has("token")).isFalse();
	}

	@Test
	void unknownUsernameIsRefusedLikeAWrongPassword() throws Exception {
		JsonNode problem = body(token("khong-co-ai-" + UniqueValues.word().toLowerCase(), PASSWORD)
			.andExpect(status().isUnauthorized()));
		assertThat(problem.get("detail").asString()).isEqualTo(LOGIN_FAILED);
	}

	@Test
	void apiWithoutOrWithABogusTokenIsA401Problem() throws Exception {
		for (String authorization : new String[] { null, "Bearer khong-phai-ma-that" }) {
			var request = get("/api/v1/teams");
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			String body = mvc.perform(request)
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(noStackTrace())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(json.readTree(body).get("detail").asString()).startsWith("Cần đăng nhập");
		}
	}

	// --- the throttle ------------------------------------------------------------------------------

	@Test
	void afterFiveFailedTokenRequestsTheSixthIsRefusedEvenWithTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			token(username, "sai-" + i).andExpect(status().isUnauthorized());
		}

		JsonNode problem = body(token(username, PASSWORD)
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));

		assertThat(problem.get("detail").asString()).isEqualTo(LOCKED);
		assertThat(problem.has("token")).isFalse();
		token(username.toUpperCase(), PASSWORD).andExpect(status().isTooManyRequests());
		assertThat(ApiTokens.tokenFor(mvc, "xa")).as("other accounts are not locked").startsWith("Bearer ");
	}

	@Test
	void fourFailuresDoNotLockTheAccount() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 4; i++) {
			token(username, "sai-" + i).andExpect(status().isUnauthorized());
		}
		token(username, PASSWORD).andExpect(status().isOk());
	}

	@Test
	void afterFiveFailedFormLoginsTheSixthRedirectsToTheLockNotice() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			mvc.perform(formLogin().user(username).password("sai-" + i))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}

		mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());

		String page = mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(LOCKED);
		assertThat(page).doesNotContain(LOGIN_FAILED);
	}

	@Test
	void failuresThroughTheApiLockTheFormLoginToo() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			token(username, "sai-" + i).andExpect(status().isUnauthorized());
		}
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void failedFormLoginShowsTheVietnameseErrorMessage() throws Exception {
		String username = newUser();
		mvc.perform(formLogin().user(username).password("sai")).andExpect(redirectedUrl("/login?error"));
		String page = mvc.perform(get("/login").param("error", ""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(LOGIN_FAILED);
	}

	// --- CSRF, session fixation, password storage ------------------------------------------------

	@Test
	void pagePostWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		long commune = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
		var before = RowCounts.of(jdbc);

		mvc.perform(post("/units/" + commune + "/hamlets").with(new DemoUsers(users).as("xa"))
				.param("name", "Ấp Không Token " + UniqueValues.word()).param("type", "AP"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/teams").with(new DemoUsers(users).as("xa")).param("name", "Tổ không token"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/units/" + commune + "/hamlets").with(new DemoUsers(users).as("xa")).with(csrf().useInvalidToken())
				.param("name", "Ấp Token Sai " + UniqueValues.word()).param("type", "AP"))
			.andExpect(status().isForbidden());

		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void loginWithoutCsrfTokenIsForbidden() throws Exception {
		String username = newUser();
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void signingInGivesTheSessionANewId() throws Exception {
		String username = newUser();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));

		assertThat(session.getId()).as("session id after sign-in").isNotEqualTo(before);
		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() throws Exception {
		String username = newUser();
		for (String user : new String[] { "admin", "xa", "thanhvien", username }) {
			String hash = jdbc.sql("select password_hash from app_user where username = ?").param(user)
				.query(String.class).single();
			assertThat(hash).as(user).matches("^\\$2[ab]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
			assertThat(new BCryptPasswordEncoder().matches(user.equals(username) ? PASSWORD : "demo", hash)).isTrue();
		}
	}
}
