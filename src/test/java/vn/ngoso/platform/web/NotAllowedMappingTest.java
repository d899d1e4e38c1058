package vn.ngoso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.platform.NotAllowed;

/**
 * A step the caller may not take is answered 403 with its reason wherever it is thrown: by the API
 * as problem JSON, by a page as the "Không có quyền" page. One exception, mapped once.
 */
class NotAllowedMappingTest {

	@RestController
	static class SomeApi {

		@GetMapping("/api/v1/step")
		String step() {
			throw new NotAllowed("step.notYours", "Xã A");
		}
	}

	@Controller
	static class SomePage {

		@GetMapping("/step")
		String step() {
			throw new NotAllowed("step.notYours", "Xã A");
		}
	}

	@Test
	void theApiAnswers403WithTheReason() throws Exception {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("step.notYours", Locale.getDefault(), "Giá trị của {0} không do bạn duyệt.");
		messages.addMessage("error.forbidden.title", Locale.getDefault(), "Không có quyền truy cập");
		LocaleContextHolder.setLocale(Locale.getDefault());
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new SomeApi()).setControllerAdvice(new ApiProblems(messages)).build();

		var response = mvc.perform(get("/api/v1/step")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.contains("\"detail\":\"Giá trị của Xã A không do bạn duyệt.\"")
			.contains("\"title\":\"Không có quyền truy cập\"")
			.contains("https://ngoso.vn/problems/not-allowed");
	}

	@Test
	void aPageAnswers403WithTheForbiddenPage() throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new SomePage()).setControllerAdvice(new PageErrors()).build();

		var result = mvc.perform(get("/step")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getModelAndView().getViewName()).isEqualTo("error/forbidden");
		assertThat(result.getModelAndView().getModel()).containsEntry("messageKey", "step.notYours");
	}
}
