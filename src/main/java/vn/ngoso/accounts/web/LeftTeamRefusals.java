package vn.ngoso.accounts.web;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import vn.ngoso.accounts.internal.NoLongerInTeam;

/**
 * A member who left the team is told so: a 403 problem to the phone or an API client, whose
 * {@code type} the field app recognises, and a 403 page in the browser.
 */
@ControllerAdvice
class LeftTeamRefusals {

	static final URI TYPE = URI.create("https://ngoso.vn/problems/left-team");

	private final MessageSource messages;

	LeftTeamRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoLongerInTeam.class)
	Object leftTeam(NoLongerInTeam e, HandlerMethod handler) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class)) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("account.leftTeam"));
			problem.setTitle(text("account.leftTeam.title"));
			problem.setType(TYPE);
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		var page = new ModelAndView("accounts/left-team");
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
