package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/** Every page names its icon, and the icon is served to anyone: browsers no longer log a 404 per page. */
@IntegrationTest
class FaviconTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theIconIsServedToAnyoneAndNamedBySignedInPublicAndSignInPages() throws Exception {
		var icon = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
		assertThat(icon.getStatus()).isEqualTo(200);
		assertThat(icon.getContentAsByteArray()).hasSizeGreaterThan(100)
			.startsWith(new byte[] { 0, 0, 1, 0 });

		for (String page : new String[] { "/login", "/cong-dan" }) {
			assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as(page).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
		}
		assertThat(mvc.perform(get("/").with(new DemoUsers(users).as("thanhvien"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
	}
}
