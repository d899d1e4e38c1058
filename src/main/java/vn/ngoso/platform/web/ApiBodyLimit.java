package vn.ngoso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over 1 MB before anything reads them: no JSON call needs more,
 * and a huge body should cost the server nothing. File uploads (multipart) are the exception:
 * they are streamed to disk and bounded by {@code spring.servlet.multipart}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiBodyLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 1_000_000;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
		return upload || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getWriter().write("{\"title\":\"Payload Too Large\",\"status\":413,"
					+ "\"detail\":\"Nội dung gửi lên quá lớn (tối đa 1 MB).\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
