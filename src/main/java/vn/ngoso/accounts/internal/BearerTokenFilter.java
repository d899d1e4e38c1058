package vn.ngoso.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}, with the account as
 * it stands now (one query): a disabled account's tokens stop at once, and a change of role or
 * scope holds from the next call.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final SignedInUsers principals;

	public BearerTokenFilter(SignedInUsers principals) {
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			principals.ofToken(header.substring(7).strip())
				.filter(SignedInUser::isEnabled)
				.ifPresent(user -> {
					var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(auth);
					SecurityContextHolder.setContext(context);
				});
		}
		chain.doFilter(request, response);
	}
}
