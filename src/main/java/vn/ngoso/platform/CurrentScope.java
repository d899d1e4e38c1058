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

	/**
	 * The caller's scope when they are an officer (a unit's officer or the administrator); to anyone
	 * else the thing does not exist ({@link OutOfScope}, a 404), as for anything outside their scope.
	 *
	 * @param what what was asked for, for the log
	 */
	public Scope officer(Object what) {
		Scope s = get();
		if (!s.role().isOfficer()) {
			throw new OutOfScope(what);
		}
		return s;
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
