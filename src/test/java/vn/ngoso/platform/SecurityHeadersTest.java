package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/** The Content-Security-Policy and Referrer-Policy on every kind of answer, and templates that satisfy the policy. */
@IntegrationTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	static ResultMatcher securityHeaders() {
		return result -> {
			String policy = result.getResponse().getHeader("Content-Security-Policy");
			assertThat(policy).as("CSP of %s", result.getRequest().getRequestURI())
				.contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
						"base-uri 'self'", "form-action 'self'")
				.doesNotContain("unsafe-eval")
				.doesNotContainPattern("script-src[^;]*unsafe-inline");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
		};
	}

	@Test
	void pagesCarryTheHeadersSignedInOrNot() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(securityHeaders());
		mvc.perform(get("/households").with(new DemoUsers(users).as("xa"))).andExpect(status().isOk())
			.andExpect(securityHeaders());
		mvc.perform(get("/households")).andExpect(status().is3xxRedirection()).andExpect(securityHeaders());
		mvc.perform(get("/cong-dan")).andExpect(status().isOk()).andExpect(securityHeaders());
		mvc.perform(get("/js/ngoso.js")).andExpect(status().isOk()).andExpect(securityHeaders());
	}

	@Test
	void apiAnswersCarryTheHeadersTooErrorsIncluded() throws Exception {
		mvc.perform(get("/api/v1/teams").header("Authorization", ApiTokens.tokenFor(mvc, "xa")))
			.andExpect(status().isOk())
			.andExpect(securityHeaders());
		mvc.perform(get("/api/v1/teams")).andExpect(status().isUnauthorized()).andExpect(securityHeaders());
		mvc.perform(get("/open311/v2/services.json")).andExpect(securityHeaders());
	}

	/** What the policy would block: inline scripts and handlers, javascript: links. */
	private static final List<Pattern> BLOCKED = List.of(
			Pattern.compile("<script(?![^>]*\\b(th:)?src=)(?![^>]*type=\"application/json\")[^>]*>"),
			Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			Pattern.compile("th:inline=\"javascript\""));

	@Test
	void noTemplateHasWhatThePolicyBlocks() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String text = Files.readString(file);
				for (Pattern blocked : BLOCKED) {
					assertThat(blocked.matcher(text).find()).as("%s has %s", file, blocked).isFalse();
				}
			}
		}
	}
}
