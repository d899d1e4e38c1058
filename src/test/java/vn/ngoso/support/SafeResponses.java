package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.ResultMatcher;

/** No answer, page or API, may leak an exception name or a stack trace. */
public final class SafeResponses {

	private SafeResponses() {
	}

	public static ResultMatcher noStackTrace() {
		return result -> {
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as("response body of %s", result.getRequest().getRequestURI())
				.doesNotContain("Exception")
				.doesNotContain("Caused by")
				.doesNotContainPattern("\\bat (java|org|vn|jakarta|tools)\\.[\\w.$]+\\(")
				.doesNotContain("\"trace\"");
		};
	}
}
