package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.Role;
import vn.ngoso.support.SessionCookie;
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

	/** The throttle's first wait is 30 s, counted from the last failure: a few seconds may have passed since. */
	static final String WAIT_SECONDS = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau [1-3]?[0-9] giây.";

	static final ResultMatcher WAIT_UNDER_HALF_A_MINUTE = header().string("Retry-After", matchesPattern("[1-3]?[0-9]"));

	static final ResultMatcher WAIT_NOTICE = result -> assertThat(result.getResponse().getRedirectedUrl())
		.matches("/login\\?wait=[1-3]?[0-9]");

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
		return token(username, password, UniqueValues.address());
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
	// Each test signs in from addresses of its own (UniqueValues.address()): the throttle counts
	// per address for the whole test JVM.

	private ResultActions token(String username, String password, String address, Cookie... cookies) throws Exception {
		var request = post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("username", username, "password", password)))
			.with(from(address));
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request).andExpect(noStackTrace());
	}

	private ResultActions signInForm(String username, String password, String address, Cookie... cookies)
			throws Exception {
		var request = post("/login").with(csrf()).param("username", username).param("password", password)
			.with(from(address));
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The known-device cookie a successful sign-in answered with. */
	static Cookie deviceCookie(ResultActions signIn) {
		String header = signIn.andReturn().getResponse().getHeaders("Set-Cookie").stream()
			.filter(h -> h.startsWith("ngoso_device=")).findFirst().orElseThrow();
		return new Cookie("ngoso_device", header.substring("ngoso_device=".length(), header.indexOf(';')));
	}

	/** Full-width letters, as an Asian input method on a phone types them. */
	static String fullWidth(String text) {
		StringBuilder wide = new StringBuilder();
		text.chars().forEach(c -> wide.appendCodePoint(c > 0x20 && c < 0x7f ? c - 0x21 + 0xff01 : c));
		return wide.toString();
	}

	@Test
	void afterFiveFailedTokenRequestsTheSixthWaitsHalfAMinuteEvenWithTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			token(username, "sai-" + i, UniqueValues.address()).andExpect(status().isUnauthorized());
		}

		var refused = token(username, PASSWORD, UniqueValues.address())
			.andExpect(status().isTooManyRequests())
			.andExpect(WAIT_UNDER_HALF_A_MINUTE)
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		JsonNode problem = body(refused);
		assertThat(problem.get("detail").asString()).matches(WAIT_SECONDS);
		assertThat(problem.has("token")).isFalse();
		token(username.toUpperCase(), PASSWORD, UniqueValues.address()).andExpect(status().isTooManyRequests());
		assertThat(ApiTokens.tokenFor(mvc, "xa")).as("other accounts are not slowed").startsWith("Bearer ");
	}

	@Test
	void fourFailuresDoNotSlowTheAccount() throws Exception {
		String username = newUser();
		String address = UniqueValues.address();
		for (int i = 1; i <= 4; i++) {
			token(username, "sai-" + i, address).andExpect(status().isUnauthorized());
		}
		token(username, PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void everySpellingOfTheUsernameCountsAgainstTheOneAccount() throws Exception {
		String username = newUser();
		List<String> spellings = List.of(" " + username.toUpperCase() + " ", fullWidth(username),
				username + "\u00a0", "\u00a0" + fullWidth(username.toUpperCase()), username);
		for (String spelling : spellings) {
			token(spelling, "sai", UniqueValues.address()).andExpect(status().isUnauthorized());
		}
		token(username, PASSWORD, UniqueValues.address()).andExpect(status().isTooManyRequests());
	}

	@Test
	void aUsernameTypedInFullWidthOrCapitalsSignsIn() throws Exception {
		String username = newUser();
		token(fullWidth(username.toUpperCase()), PASSWORD, UniqueValues.address()).andExpect(status().isOk());
		signInForm(" " + username.toUpperCase() + "\u00a0", PASSWORD, UniqueValues.address())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void accountsAreStoredUnderTheNormalisedUsername() throws Exception {
		String typed = " Thu-" + UniqueValues.word().toUpperCase() + " ";
		long unit = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
		UserAccount created = accounts.create(new NewUser(typed, PASSWORD, "Cán bộ thử", Role.COMMUNE, unit, null, null));
		assertThat(created.username()).isEqualTo(typed.strip().toLowerCase());
		token(typed.strip(), PASSWORD, UniqueValues.address()).andExpect(status().isOk());
	}

	@Test
	void strangersFailuresFromManyAddressesDoNotKeepTheRealUserOutOfAKnownDevice() throws Exception {
		String username = newUser();
		String home = UniqueValues.address();
		Cookie device = deviceCookie(token(username, PASSWORD, home).andExpect(status().isOk()));
		for (int i = 1; i <= 10; i++) {
			token(username, "doan-" + i, UniqueValues.address());
		}
		token(username, PASSWORD, UniqueValues.address()).andExpect(status().isTooManyRequests());

		token(username, PASSWORD, home, device).andExpect(status().isOk());
		// a phone moves between networks
		token(username, PASSWORD, UniqueValues.address(), device).andExpect(status().isOk());
		signInForm(username, PASSWORD, home, device)
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theSignInPageAlsoMakesTheDeviceKnown() throws Exception {
		String username = newUser();
		String home = UniqueValues.address();
		var signIn = signInForm(username, PASSWORD, home)
			.andExpect(redirectedUrl("/"));
		Cookie device = deviceCookie(signIn);
		for (int i = 1; i <= 6; i++) {
			token(username, "doan-" + i, UniqueValues.address());
		}
		token(username, PASSWORD, home, device).andExpect(status().isOk());
	}

	@Test
	void aForgedDeviceCookieCountsForNothing() throws Exception {
		String username = newUser();
		Cookie real = deviceCookie(token(username, PASSWORD, UniqueValues.address()).andExpect(status().isOk()));
		String other = newUser();
		Cookie forged = new Cookie("ngoso_device", real.getValue().replaceFirst("^[^~]+",
				java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(other.getBytes(StandardCharsets.UTF_8))));
		for (int i = 1; i <= 5; i++) {
			token(other, "doan-" + i, UniqueValues.address());
		}
		token(other, PASSWORD, UniqueValues.address(), forged).andExpect(status().isTooManyRequests());
	}

	@Test
	void oneAddressTryingManyUsernamesWaitsWhateverTheUsernameAndXForwardedForIsNotBelieved() throws Exception {
		String username = newUser();
		String address = UniqueValues.address();
		for (int i = 1; i <= 20; i++) {
			var request = post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"khong-co-" + i + "-" + UniqueValues.word().toLowerCase() + "\",\"password\":\"sai\"}")
				.header("X-Forwarded-For", UniqueValues.address())
				.with(from(address));
			mvc.perform(request).andExpect(status().isUnauthorized());
		}

		token(username, PASSWORD, address).andExpect(status().isTooManyRequests())
			.andExpect(WAIT_UNDER_HALF_A_MINUTE);
		signInForm(username, PASSWORD, address)
			.andExpect(WAIT_NOTICE);
		token(username, PASSWORD, UniqueValues.address()).andExpect(status().isOk());
	}

	@Test
	void afterFiveFailedFormLoginsTheSixthRedirectsToTheNoticeOfHowLongToWait() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			signInForm(username, "sai-" + i, UniqueValues.address())
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}

		signInForm(username, PASSWORD, UniqueValues.address())
			.andExpect(WAIT_NOTICE)
			.andExpect(unauthenticated());

		String page = mvc.perform(get("/login").param("wait", "30"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 30 giây.");
		assertThat(page).doesNotContain(LOGIN_FAILED);
		assertThat(mvc.perform(get("/login").param("wait", "900")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Vui lòng thử lại sau 15 phút.");
		assertThat(mvc.perform(get("/login").param("wait", "<script>")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("thử lại sau");
	}

	@Test
	void failuresThroughTheApiSlowTheFormLoginToo() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			token(username, "sai-" + i, UniqueValues.address()).andExpect(status().isUnauthorized());
		}
		signInForm(username, PASSWORD, UniqueValues.address())
			.andExpect(WAIT_NOTICE);
	}

	@Test
	void theDeviceCookieIsSecureOverHttps() throws Exception {
		String username = newUser();
		var overHttps = mvc.perform(post("/api/v1/auth/token").secure(true).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(java.util.Map.of("username", username, "password", PASSWORD)))
				.with(from(UniqueValues.address())))
			.andExpect(status().isOk());
		assertThat(overHttps.andReturn().getResponse().getHeaders("Set-Cookie"))
			.anyMatch(h -> h.startsWith("ngoso_device=") && h.contains("; Secure") && h.contains("; HttpOnly"));
		assertThat(token(username, PASSWORD, UniqueValues.address()).andReturn().getResponse().getHeaders("Set-Cookie"))
			.anyMatch(h -> h.startsWith("ngoso_device=") && !h.contains("Secure"));
	}

	@Test
	void failedFormLoginShowsTheVietnameseErrorMessage() throws Exception {
		String username = newUser();
		signInForm(username, "sai", UniqueValues.address()).andExpect(redirectedUrl("/login?error"));
		String page = mvc.perform(get("/login").param("error", ""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(LOGIN_FAILED);
	}

	@Test
	void afterAWrongPasswordTheFormKeepsTheUsernameAndAsksOnlyForThePassword() throws Exception {
		String username = newUser();
		var failed = signInForm(username, "sai", UniqueValues.address()).andExpect(redirectedUrl("/login?error"))
			.andReturn();
		var session = new SessionCookie();
		session.keep(failed.getResponse());
		String page = session.keep(mvc.perform(get("/login").param("error", "").with(session))
			.andReturn().getResponse()).getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"" + username + "\"").doesNotContain("sai")
			.containsPattern("id=\"password\"[^>]*autofocus");
		String again = mvc.perform(get("/login").with(session)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).as("shown once").doesNotContain("value=\"" + username + "\"");
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
		// a session before signing in: the one a wrong password leaves (it remembers the username)
		SessionCookie session = new SessionCookie();
		session.keep(mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "sai"))
			.andReturn().getResponse());
		String before = session.id();
		assertThat(before).isNotNull();

		session.keep(mvc.perform(post("/login").with(session).with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username)).andReturn().getResponse());

		assertThat(session.id()).as("session id after sign-in").isNotNull().isNotEqualTo(before);
		// the signed-in context is in the new session's row (Spring Session JDBC); the old session is gone
		assertThat(jdbc.sql("""
				select count(*) from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
				where s.session_id = ? and a.attribute_name = ?
				""").params(SessionCookie.sessionId(session.id()), HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(SessionCookie.sessionId(before)).query(Integer.class).single()).isZero();
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
