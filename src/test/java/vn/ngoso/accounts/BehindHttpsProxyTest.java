package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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

	private List<String> sessionCookies(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
	}

	private HttpRequest.Builder loginPage() {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
	}

	@Test
	void theSessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
		assertThat(sessionCookies(loginPage().header("X-Forwarded-Proto", "https")))
			.singleElement().satisfies(c -> assertThat(c).contains("; Secure").contains("; HttpOnly"));
		assertThat(sessionCookies(loginPage())).singleElement()
			.satisfies(c -> assertThat(c).doesNotContain("Secure"));
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
