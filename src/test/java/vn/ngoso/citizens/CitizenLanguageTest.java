package vn.ngoso.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.IntegrationTest;

/**
 * The public pages speak the browser's language (English or Vietnamese, Vietnamese when neither or
 * none is asked for) until the visitor picks one with {@code ?lang=}, which is remembered; the site
 * root and the login page show citizens the way to their pages.
 */
@IntegrationTest
class CitizenLanguageTest {

	private static final String VI_TITLE = "Tìm tổ công nghệ số của ấp, khu phố bạn";

	private static final String EN_TITLE = "Find the digital technology team of your hamlet";

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesFollowAcceptLanguage() throws Exception {
		assertThat(body(get("/cong-dan").header("Accept-Language", "en"))).contains(EN_TITLE).contains("<html lang=\"en\"")
			.doesNotContain(VI_TITLE);
		assertThat(body(get("/cong-dan").header("Accept-Language", "en-US,en;q=0.9,vi;q=0.8"))).contains(EN_TITLE);
		assertThat(body(get("/cong-dan").header("Accept-Language", "vi"))).contains(VI_TITLE).contains("<html lang=\"vi\"");
		assertThat(body(get("/cong-dan").header("Accept-Language", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"))).contains(VI_TITLE);
		assertThat(body(get("/cong-dan").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"))).as("the first we speak")
			.contains(EN_TITLE);
		assertThat(body(get("/cong-dan").header("Accept-Language", "ja"))).contains(VI_TITLE);
		assertThat(body(get("/cong-dan"))).contains(VI_TITLE);
		assertThat(body(get("/cong-dan/ap/" + 0).header("Accept-Language", "en"))).as("the error page too")
			.doesNotContain("Exception");
	}

	@Test
	void theLangParameterWinsOverTheBrowserAndIsRemembered() throws Exception {
		MockHttpServletResponse chosen = mvc.perform(get("/cong-dan").param("lang", "vi").header("Accept-Language", "en"))
			.andReturn().getResponse();
		assertThat(chosen.getContentAsString(StandardCharsets.UTF_8)).contains(VI_TITLE);
		Cookie remembered = chosen.getCookie("ngoso-lang");
		assertThat(remembered).isNotNull();
		assertThat(body(get("/cong-dan").header("Accept-Language", "en").cookie(remembered))).contains(VI_TITLE);

		Cookie english = mvc.perform(get("/cong-dan").param("lang", "en")).andReturn().getResponse().getCookie("ngoso-lang");
		assertThat(body(get("/cong-dan").header("Accept-Language", "vi").cookie(english))).contains(EN_TITLE)
			.contains("href=\"/cong-dan?lang=vi\"").contains("Tiếng Việt");
		assertThat(body(get("/cong-dan"))).as("the Vietnamese page offers English").contains("href=\"/cong-dan?lang=en\"");
	}

	@Test
	void officersPagesStayVietnameseUnlessChosen() throws Exception {
		assertThat(body(get("/login").header("Accept-Language", "en-US,en;q=0.9"))).contains("Đăng nhập")
			.contains("Bạn là người dân?");
		assertThat(body(get("/login").param("lang", "en"))).contains("Are you a citizen?");
	}

	@Test
	void theSiteRootAndTheLoginPageLeadCitizensToTheirPages() throws Exception {
		String root = mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(root).as("an anonymous visitor at the root lands on the login page").endsWith("/login");
		String login = body(get("/login"));
		assertThat(login).contains("<a class=\"citizen-door\" id=\"citizen-door\" href=\"/cong-dan\">")
			.contains("Bạn là người dân?").contains("Gửi phản ánh, nhờ tổ công nghệ số đến nhà hỗ trợ, tra cứu kết quả");
		assertThat(body(get("/cong-dan"))).as("and back").contains("href=\"/login\"");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
