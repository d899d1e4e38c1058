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
import vn.ngoso.platform.web.SecurityHeaders;

/**
 * What only a real Tomcat shows. Sessions are rows of a table (Spring Session JDBC), kept 8 hours:
 * someone who has not signed in must not be able to fill it (the application answers with a
 * SESSION cookie whenever a session is made). Error pages, rendered by a second dispatch, carry the security headers too.
 * (Same configuration as {@link BehindHttpsProxyTest}, so one context for both.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class RealTomcatSecurityTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void visitorsWhoHaveNotSignedInCostNoSessionEvenRightAfterSomeoneElseSignedIn() throws Exception {
		assertThat(signInXa()).anyMatch(c -> c.startsWith("SESSION="));
		for (String path : List.of("/login", "/login?lang=en", "/login?error", "/households", "/", "/cong-dan",
				"/api/v1/teams")) {
			var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
		}
		var failedSignIn = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"xa\",\"password\":\"sai\"}")).build();
		assertThat(http.send(failedSignIn, HttpResponse.BodyHandlers.discarding()).headers().allValues("Set-Cookie"))
			.noneMatch(c -> c.startsWith("SESSION="));
	}

	@Test
	void errorPagesCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/css/no-such-file.css", "/cong-dan/no-such-page")) {
			var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		}
	}

	private List<String> signInXa() throws Exception {
		var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrfCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		var signIn = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=xa&password=demo&_csrf=" + token.group(1)))
			.build();
		return http.send(signIn, HttpResponse.BodyHandlers.discarding()).headers().allValues("Set-Cookie");
	}
}
