package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application behind a TLS-terminating proxy on the same machine, configured as the README
 * says ({@code server.forward-headers-strategy=native}): Tomcat takes the scheme and the client
 * address from the proxy's headers, so the session cookie is {@code Secure} and the sign-in
 * throttle sees each client, not the proxy. A real Tomcat: MockMvc writes no session cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class BehindHttpsProxyTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	/** Signs xa in through the form, as a browser would, and returns the cookies of the answer. */
	private List<String> signIn(boolean https) throws Exception {
		var page = http.send(request("/login", https).build(), HttpResponse.BodyHandlers.ofString());
		String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ngoso_csrf="))
			.findFirst().orElseThrow();
		assertThat(csrfCookie.contains("; Secure")).as("CSRF cookie Secure").isEqualTo(https);
		assertThat(csrfCookie).contains("; HttpOnly").containsIgnoringCase("SameSite=Lax");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		var signIn = request("/login", https).header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=xa&password=demo&_csrf=" + token.group(1)))
			.build();
		var answer = http.send(signIn, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		return answer.headers().allValues("Set-Cookie");
	}

	private HttpRequest.Builder request(String path, boolean https) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", "198.51.100." + (https ? 7 : 8));
		return https ? request.header("X-Forwarded-Proto", "https") : request;
	}

	@Test
	void theSessionAndDeviceCookiesAreSecureWhenTheProxySaysHttps() throws Exception {
		assertThat(signIn(true)).filteredOn(c -> c.startsWith("SESSION=") || c.startsWith("ngoso_device="))
			.hasSize(2)
			.allSatisfy(c -> assertThat(c).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(signIn(false)).filteredOn(c -> c.startsWith("SESSION=") || c.startsWith("ngoso_device="))
			.hasSize(2)
			.allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
	}

	@Test
	void theThrottleCountsTheClientTheProxyNamesNotTheProxy() throws Exception {
		String hammering = "203.0.113.45";
		for (int i = 1; i <= 20; i++) {
			assertThat(token("khong-co-ai-" + i, hammering)).isEqualTo(401);
		}
		assertThat(token("khong-co-ai-21", hammering)).isEqualTo(429);
		assertThat(token("khong-co-ai-22", "203.0.113.46")).isEqualTo(401);
	}

	private int token(String username, String client) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"sai\"}"))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}
}
