package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;

/** The reported-values API and pages as the demo users call them: bearer tokens, signed-in page requests. */
public final class ReportedCalls {

	public static final String API = "/api/v1/indicators/reported";

	private final MockMvc mvc;

	private final DemoUsers users;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Tokens live 12 hours: one per user for the whole test JVM (signing in costs a BCrypt check). */
	private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	public ReportedCalls(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = new DemoUsers(users);
	}

	/** The answer to a request: status and body. */
	public record Answer(int status, String body, JsonNode json) {

		public UUID id() {
			return UUID.fromString(json.get("id").asString());
		}

		/** The messages the problem JSON gives for a field, in order. */
		public List<String> messagesFor(String field) {
			List<String> messages = new ArrayList<>();
			if (json != null && json.has("errors")) {
				for (JsonNode e : json.get("errors")) {
					if (e.has("field") && e.get("field").asString().equals(field)) {
						messages.add(e.get("message").asString());
					}
				}
			}
			return messages;
		}

		public String detail() {
			return json.get("detail").asString();
		}
	}

	public String bearer(String username) throws Exception {
		String token = TOKENS.get(username);
		if (token == null) {
			token = ApiTokens.tokenFor(mvc, username);
			TOKENS.put(username, token);
		}
		return token;
	}

	public static Map<String, Object> body(String unitCode, String indicator, String from, String to, Object value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", unitCode);
		body.put("indicator", indicator);
		body.put("from", from);
		body.put("to", to);
		body.put("value", value);
		return body;
	}

	public Answer api(String username, AbstractMockHttpServletRequestBuilder<?> request, Object body) throws Exception {
		return api(username, request, body, "vi");
	}

	public Answer api(String username, AbstractMockHttpServletRequestBuilder<?> request, Object body, String language)
			throws Exception {
		request.header("Authorization", bearer(username)).header("Accept-Language", language);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Exception").doesNotContain("\"trace\"");
		return new Answer(response.getStatus(), text, text.isBlank() ? null : json.readTree(text));
	}

	public Answer enter(String username, Map<String, Object> body) throws Exception {
		return api(username, post(API), body);
	}

	/** As {@link #enter}, for lambdas and loops: checked exceptions become errors. */
	public Answer enterUnchecked(String username, Map<String, Object> body) {
		return enterUnchecked(username, body, "vi");
	}

	public Answer enterUnchecked(String username, Map<String, Object> body, String language) {
		try {
			return api(username, post(API), body, language);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public Answer get(String username, UUID id) {
		try {
			return api(username, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + "/" + id),
					null);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public Answer step(String username, UUID id, String step, String comment) {
		try {
			return api(username, post(API + "/" + id + "/" + step), comment == null ? null : Map.of("comment", comment));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A page as the user sees it: status and HTML. */
	public MockHttpServletResponse page(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(users.as(username)).with(csrf())).andReturn().getResponse();
	}

	public String html(String username, String url) throws Exception {
		MockHttpServletResponse response = page(username, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
		assertThat(response.getStatus()).as("GET %s as %s", url, username).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	public JsonNode read(String text) {
		return json.readTree(text);
	}
}
