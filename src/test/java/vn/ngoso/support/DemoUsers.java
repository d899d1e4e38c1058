package vn.ngoso.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests, or calls to services, in as one of the demo accounts, with its real scope. */
public final class DemoUsers {

	/** Work done while signed in. */
	@FunctionalInterface
	public interface Signed {

		void run() throws Exception;
	}

	private final UserDetailsService users;

	public DemoUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Runs the body with this account signed in (for calling services directly), then restores who was. */
	public void runAs(String username, Signed body) throws Exception {
		var before = signIn(username);
		try {
			body.run();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/** As {@link #runAs}, for work that answers something and throws nothing checked. */
	public <T> T callAs(String username, Supplier<T> work) {
		var before = signIn(username);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/** Signs the account in on this thread; the context that was there, to put back. */
	private SecurityContext signIn(String username) {
		SecurityContext before = SecurityContextHolder.getContext();
		var account = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		return before;
	}
}
