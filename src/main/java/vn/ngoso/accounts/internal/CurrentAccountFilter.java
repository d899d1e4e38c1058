package vn.ngoso.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a browser session to its account as the account stands now, on every page request (one
 * primary-key query; static files are left alone): a disabled account is signed out there and
 * then, and a change of role, scope or team replaces the session's principal before the request
 * is authorised. Without it the principal built at sign-in lived as long as the session.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	static final String DISABLED_NOTICE = "/login?disabled";

	private final SignedInUsers principals;

	private final RequestMatcher skipped;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	CurrentAccountFilter(SignedInUsers principals, RequestMatcher skipped) {
		this.principals = principals;
		this.skipped = skipped;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return skipped.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser held) {
			Optional<SignedInUser> now = principals.current(held.id()).filter(SignedInUser::isEnabled);
			if (now.isEmpty()) {
				signOut(request, response);
				return;
			}
			if (!now.get().sameAs(held)) {
				replace(now.get(), auth, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		String notice = request.getContextPath() + DISABLED_NOTICE;
		if (request.getHeader("HX-Request") != null) {
			// htmx would follow a redirect and swap the login form into a fragment
			response.setHeader("HX-Redirect", notice);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(notice);
		}
	}

	private void replace(SignedInUser now, Authentication before, HttpServletRequest request,
			HttpServletResponse response) {
		var auth = UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
		auth.setDetails(before.getDetails());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}
}
