package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit fails before any controller is chosen, so this advice has no
 * selector: it answers with a readable page instead of the container's error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "error/too-large";
	}
}
