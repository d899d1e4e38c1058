package vn.ngoso.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.IntegrationTest;

/** API answers are Vietnamese unless the client asks for English; pages stay Vietnamese. */
@IntegrationTest
class ApiLanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void problemDetailsFollowAcceptLanguage() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		mvc.perform(get("/api/v1/units/99999").header("Authorization", token))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Không tìm thấy")));
		mvc.perform(get("/api/v1/units/99999").header("Authorization", token).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("No such administrative unit")));
	}

	@Test
	void pagesStayVietnameseWhateverTheBrowserLanguage() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Đăng nhập")));
	}
}
