package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.NotFound;

/**
 * Pages answer "not found" the same way whether a thing is missing, outside the scope or named by
 * an id of the wrong type; a text refused by {@link ControlCharacters} answers 400 with the reason.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
		if (ControlCharacters.inAny(e.getValue())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("messageKey", ControlCharacters.MESSAGE_KEY);
			return "error/invalid";
		}
		return notFound(e, response, model);
	}

	@ExceptionHandler(NotFound.class)
	String notFound(Exception e, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", 404);
		return "error/404";
	}
}
