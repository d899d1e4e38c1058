package vn.ngoso.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Obtains a bearer token the way an API client does. */
public final class ApiTokens {

	private ApiTokens() {
	}

	public static String tokenFor(MockMvc mvc, String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonMapper.builder().build().readTree(body).get("token").asString();
	}
}
