package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.NotAllowed;
import vn.ngoso.platform.NotFound;

/**
 * Pages answer "not found" the same way whether a thing is missing, outside the scope or named by
 * an id of the wrong type; a text refused by {@link ControlCharacters}, or a form object that
 * could not be bound where the page takes no {@code BindingResult}, answers 400 with the reason.
 * Ordered before Spring Boot's problem-details handler (order 0), which would answer a page with
 * JSON; after {@link ApiProblems}, which answers the API.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
		if (ControlCharacters.inAny(e.getValue())) {
			return invalid(ControlCharacters.MESSAGE_KEY, response, model);
		}
		return notFound(e, response, model);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	String unbound(MethodArgumentNotValidException e, HttpServletResponse response, Model model) {
		boolean control = e.getBindingResult().getFieldErrors().stream()
			.anyMatch(error -> ControlCharacters.inAny(error.getRejectedValue()));
		return invalid(control ? ControlCharacters.MESSAGE_KEY : "error.badParameter", response, model);
	}

	@ExceptionHandler(NotFound.class)
	String notFound(Exception e, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", 404);
		return "error/404";
	}

	/** A step the caller may not take, where the page did not answer it itself: 403 with the reason. */
	@ExceptionHandler(NotAllowed.class)
	String notAllowed(NotAllowed e, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("status", 403);
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.args());
		return "error/forbidden";
	}

	private static String invalid(String messageKey, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("status", 400);
		model.addAttribute("messageKey", messageKey);
		return "error/invalid";
	}
}
