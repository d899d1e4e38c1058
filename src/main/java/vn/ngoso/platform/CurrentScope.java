package vn.ngoso.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller's scope, for services that must limit every read and write to it. */
@Component
public class CurrentScope {

	public Scope get() {
		return signedIn().orElseThrow(() -> new OutOfScope("no signed-in user"));
	}

	/** The caller's scope, or empty where nobody is signed in (start-up data, scheduled jobs). */
	public Optional<Scope> signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return Optional.of(principal.scope());
		}
		return Optional.empty();
	}
}
