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
 * A Content-Security-Policy and a Referrer-Policy on every answer (pages, API, static files, the
 * citizens' pages and Open311), set here once rather than in each security chain. Spring
 * Security adds the rest (nosniff, frame denial, HSTS over HTTPS).
 * <ul>
 * <li>Scripts only from our own files: no inline script, handler or {@code javascript:} URL in
 * any template, htmx with {@code allowEval} off, ECharts draws on canvas.</li>
 * <li>Styles from our files and inline: ECharts sets style attributes in its tooltips and
 * htmx's swaps carry a few {@code style=} (progress bars, chart heights). Inline styles cannot
 * run code; the cost is only that injected markup could restyle the page.</li>
 * <li>Referrer: same origin only, since our addresses carry search words (people's names) and
 * record ids that other sites have no business seeing.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeaders extends OncePerRequestFilter {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	public static final String REFERRER_POLICY = "same-origin";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		chain.doFilter(request, response);
	}
}
