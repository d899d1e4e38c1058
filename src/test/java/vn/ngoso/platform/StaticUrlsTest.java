package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * Links to static files get their versioned address (the webjar's version), page links stay as
 * written, the same on every request (the second one answered from the cache).
 */
@IntegrationTest
class StaticUrlsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void webjarLinksCarryTheirVersionAndPageLinksStayAsWritten() throws Exception {
		for (int i = 0; i < 2; i++) {
			String html = mvc.perform(get("/").with(new DemoUsers(users).as("admin"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).containsPattern("src=\"/webjars/htmx\\.org/\\d[\\w.-]*/dist/htmx\\.min\\.js\"")
				.contains("href=\"/css/ngoso.css\"").contains("href=\"/dashboard\"").contains("href=\"/notifications\"");
		}
	}
}
