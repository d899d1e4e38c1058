package vn.ngoso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.RealHttp;

/**
 * Bodies sent in chunks carry no Content-Length: the limits count the bytes as they arrive. Over
 * the real server (MockMvc does not go through Tomcat): a chunked JSON body over 1 MB to the API
 * gets the 413 problem, a chunked sign-in form of 19 MB is refused without being held (Tomcat
 * stops parsing it at its 1 MB form limit), so is a form Spring reads itself, and the server
 * answers its health check afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChunkedBodiesTest {

	private static final long NINETEEN_MB = 19L * 1024 * 1024;

	@LocalServerPort
	int port;

	RealHttp http;

	@BeforeEach
	void setUp() {
		http = new RealHttp(port);
	}

	@Test
	void aChunkedApiBodyOverOneMegabyteGets413() throws Exception {
		HttpResponse<String> response = http.postChunked("/api/v1/auth/token", "application/json",
				RealHttp.generated("{\"username\":\"", NINETEEN_MB, 'a', "\",\"password\":\"demo\"}"));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(RealHttp.json(response).get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn (tối đa 1 MB).");
		assertHealthy();
	}

	@Test
	void aChunkedApiBodyJustOverTheLimitGets413AndOneUnderIsRead() throws Exception {
		HttpResponse<String> over = http.postChunked("/api/v1/auth/token", "application/json",
				RealHttp.generated("{\"username\":\"", 1_000_000, 'a', "\",\"password\":\"demo\"}"));
		assertThat(over.statusCode()).isEqualTo(413);

		HttpResponse<String> under = http.postChunked("/api/v1/auth/token", "application/json",
				RealHttp.generated("{\"username\":\"xa\",\"password\":\"demo\"", 100_000, ' ', "}"));
		assertThat(under.statusCode()).as(under.body()).isEqualTo(200);
		assertThat(RealHttp.json(under).get("token").asString()).isNotBlank();
	}

	@Test
	void aChunkedSignInFormOf19MegabytesIsRefused() throws Exception {
		HttpResponse<String> response = http.postChunked("/login", "application/x-www-form-urlencoded",
				RealHttp.generated("username=", NINETEEN_MB, 'a', "&password=demo"));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Nội dung gửi lên quá lớn (tối đa 1 MB).").doesNotContain("Exception");
		assertHealthy();
	}

	/** Spring reads the form of a PUT itself (FormContentFilter), from the body stream: the count stops it. */
	@Test
	void aChunkedFormPutOf19MegabytesIsRefused() throws Exception {
		HttpResponse<String> response = http.send("PUT", "/merchants", "application/x-www-form-urlencoded",
				RealHttp.generated("name=", NINETEEN_MB, 'a', ""));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Nội dung gửi lên quá lớn (tối đa 1 MB).");
		assertHealthy();
	}

	private void assertHealthy() throws Exception {
		HttpResponse<String> health = http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
	}
}
