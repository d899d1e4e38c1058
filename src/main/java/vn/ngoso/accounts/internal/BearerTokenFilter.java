package vn.ngoso.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API request that carries {@code Authorization: Bearer <token>}. */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final UserRepository users;

	private final SignedInUsers principals;

	public BearerTokenFilter(ApiTokens tokens, UserRepository users, SignedInUsers principals) {
		this.tokens = tokens;
		this.users = users;
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.userOf(header.substring(7).strip())
				.flatMap(users::findById)
				.map(account -> principals.principalOf(account, ""))
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
