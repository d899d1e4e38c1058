package vn.ngoso.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in for forms and the token endpoint alike, refused while throttled. */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	public ThrottledAuthenticationProvider(SignedInUsers users, PasswordEncoder passwords, LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName());
		if (throttle.isLocked(username)) {
			throw new LockedException("too many failed attempts");
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.failed(username);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
