package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.ngoso.platform.NotFound;

/** Pages answer "not found" the same way whether a thing is missing or outside the scope. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	String notFound(Exception e, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", 404);
		return "error/404";
	}
}
