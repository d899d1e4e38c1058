package vn.ngoso.accounts.internal;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in for forms and the token endpoint alike: the username normalised once, the
 * attempt let through by the {@link LoginThrottle} or refused before its password is checked.
 * Callers pass a {@link SignInAttempt} as the details; without one, the attempt is counted under
 * an address of its own ("unknown"), never left uncounted.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final SignInAttempt UNKNOWN = new SignInAttempt("unknown", java.util.Map.of());

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	public ThrottledAuthenticationProvider(SignedInUsers users, PasswordEncoder passwords, LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = Usernames.normalise(authentication.getName());
		SignInAttempt attempt = authentication.getDetails() instanceof SignInAttempt a ? a : UNKNOWN;
		Duration wait = throttle.admit(attempt, username);
		if (!wait.isZero()) {
			throw new SignInThrottled(wait);
		}
		var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials());
		normalised.setDetails(attempt);
		try {
			Authentication result = delegate.authenticate(normalised);
			throttle.succeeded(attempt, username);
			return result;
		}
		catch (BadCredentialsException e) {
			throw e; // stays counted as a failure
		}
		catch (RuntimeException e) {
			throttle.undecided(attempt, username);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
