package vn.ngoso.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Problem JSON for requests the security filters refuse before any controller runs. */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	/** Vietnamese unless the client asks for English. */
	static java.util.Locale localeOf(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		return accept != null && accept.toLowerCase().startsWith("en") ? java.util.Locale.ENGLISH
				: java.util.Locale.forLanguageTag("vi");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, null, key, localeOf(request)));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
