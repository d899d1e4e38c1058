package vn.ngoso.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotAllowed;
import vn.ngoso.platform.NotFound;

/**
 * RFC 9457 problem details for every API error, with the offending fields named and the
 * message in the caller's language (Vietnamese unless {@code Accept-Language} says otherwise).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text(e.messageKey()));
		problem.setTitle(text("error.notFound.title"));
		return problem;
	}

	@ExceptionHandler(NotAllowed.class)
	ProblemDetail notAllowed(NotAllowed e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text(e.messageKey(), e.args()));
		problem.setTitle(text("error.forbidden.title"));
		problem.setType(URI.create("https://ngoso.vn/problems/not-allowed"));
		return problem;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e) {
		List<Map<String, String>> errors = e.errors().stream()
			.map(err -> Map.of("field", err.field(), "message", text(err.messageKey(), err.args())))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail beanValidation(MethodArgumentNotValidException e) {
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
			.map(err -> Map.of("field", err.getField(),
					"message", messages.getMessage(err, LocaleContextHolder.getLocale())))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (LimitedBody.passedIn(e)) {
			// read past RequestBodyLimit's count: the same answer as a body refused by its length
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(413), RequestBodyLimit.DETAIL);
			problem.setTitle("Payload Too Large");
			return problem;
		}
		JsonFault fault = JsonFault.of(e);
		return invalid(List.of(Map.of("field", fault.field(), "message", text(fault.messageKey()))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		String key = ControlCharacters.inAny(e.getValue()) ? ControlCharacters.MESSAGE_KEY : "error.badParameter";
		return invalid(List.of(Map.of("field", e.getName(), "message", text(key))));
	}

	private ProblemDetail invalid(List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? text("error.invalid") : errors.get(0).get("message"));
		problem.setTitle(text("error.invalid"));
		problem.setType(URI.create("https://ngoso.vn/problems/invalid-input"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
