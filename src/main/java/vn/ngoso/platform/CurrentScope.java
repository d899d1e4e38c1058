package vn.ngoso.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller's scope, for services that must limit every read and write to it. */
@Component
public class CurrentScope {

	public Scope get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.scope();
		}
		throw new OutOfScope("no signed-in user");
	}
}
