package vn.ngoso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For doors open to anyone (the citizens' page, Open311): refuses a request body over a few
 * kilobytes, or sent in chunks of unknown total, before anything reads it, and counts the bytes
 * read as well (a length may be missing or wrong). Added to a security chain by hand, not as a
 * component, so it guards only that chain's paths.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final String contentType;

	private final String body;

	/** Answers 413 with this body (in this content type) when the request is too large. */
	public BodyLimitFilter(long maxBytes, String contentType, String body) {
		this.maxBytes = maxBytes;
		this.contentType = contentType;
		this.body = body;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
		if (hasBody && (length > maxBytes || chunked)) {
			refuse(response, contentType, body);
			return;
		}
		LimitedBody limited = new LimitedBody(request, maxBytes);
		try {
			chain.doFilter(limited, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (!limited.passed() || response.isCommitted()) {
				throw e;
			}
			response.reset();
			refuse(response, contentType, body);
		}
	}

	/** A 413 with this body; the rest of the request is left for the server to discard. */
	static void refuse(HttpServletResponse response, String contentType, String body) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body);
	}
}
