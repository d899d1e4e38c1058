package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/** Lists answer a normal request with the whole page and an htmx request with the table alone. */
@IntegrationTest
class HtmxFragmentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void teamsListIsAWholePageNormally() throws Exception {
		String html = render(get("/teams"));
		assertThat(html).contains("<html").contains("<nav class=\"nav\"").contains("<div id=\"team-table\"")
			.contains("Tổ CNSCĐ Ấp Cả Bản");
	}

	@Test
	void teamsListIsOnlyTheTableForHtmx() throws Exception {
		String html = render(get("/teams").header("HX-Request", "true"));
		assertThat(html).doesNotContain("<html").doesNotContain("<head").doesNotContain("<nav");
		assertThat(html.strip()).startsWith("<div id=\"team-table\"");
		assertThat(html).contains("Tổ CNSCĐ Ấp Cả Bản");
	}

	@Test
	void teamsFilterAppliesToTheHtmxTableToo() throws Exception {
		assertThat(render(get("/teams").header("HX-Request", "true"))).contains(">Tổ CNSCĐ Ấp 2</a>");
		String html = render(get("/teams").param("q", "ca ban").header("HX-Request", "true"));
		assertThat(html).contains(">Tổ CNSCĐ Ấp Cả Bản</a>").doesNotContain(">Tổ CNSCĐ Ấp 2</a>");
	}

	@Test
	void membersListIsAWholePageNormally() throws Exception {
		String html = render(get("/members"));
		assertThat(html).contains("<html").contains("<nav class=\"nav\"").contains("<div id=\"member-table\"")
			.contains("id=\"member-filters\"");
	}

	@Test
	void membersListIsOnlyTheTableForHtmx() throws Exception {
		String html = render(get("/members").param("q", "nguyen ngoc trai").header("HX-Request", "true"));
		assertThat(html).doesNotContain("<html").doesNotContain("<head").doesNotContain("<nav")
			.doesNotContain("member-filters");
		assertThat(html.strip()).startsWith("<div id=\"member-table\"");
		assertThat(html).contains(">Nguyễn Ngọc Trai</a>");
	}

	private String render(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
