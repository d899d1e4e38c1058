package vn.ngoso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body but file uploads at 1 MB, counted on the bytes read: no JSON call or
 * form needs more, and a huge body should cost the server nothing. A stated length over the limit
 * is refused before anything is read; a body sent in chunks (no length) fails at the first byte
 * past the limit, and the answer is the same 413. Tomcat parses form posts itself, within
 * {@code server.tomcat.max-http-form-post-size}: a chunked one is parsed here, first, so that a
 * form past that limit gets this 413 as well instead of an exception in the log. Uploads
 * (multipart) are streamed to disk and bounded by {@code spring.servlet.multipart}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 1_000_000;

	static final String DETAIL = "Nội dung gửi lên quá lớn (tối đa 1 MB).";

	private static final String PROBLEM = "{\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"" + DETAIL
			+ "\"}";

	private static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
			+ "<title>Nội dung quá lớn</title></head><body><p>" + DETAIL + "</p></body></html>";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES || isChunkedForm(request) && !formFits(request)) {
			refuse(request, response);
			return;
		}
		LimitedBody limited = new LimitedBody(request, MAX_BYTES);
		try {
			chain.doFilter(limited, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (!limited.passed() || response.isCommitted()) {
				throw e;
			}
			response.reset();
			refuse(request, response);
		}
	}

	private static boolean isChunkedForm(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && request.getContentLengthLong() < 0 && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/** Has Tomcat parse the form now; it stops at its limit instead of holding the rest. */
	private static boolean formFits(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (InvalidParameterException e) {
			if (e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				return false;
			}
			throw e;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		BodyLimitFilter.refuse(response, api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE,
				api ? PROBLEM : PAGE);
	}
}
