package vn.ngoso.accounts.internal;

import java.time.Duration;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the account or from the address: the password was not even checked. */
public class SignInThrottled extends AuthenticationException {

	private final Duration wait;

	public SignInThrottled(Duration wait) {
		super("too many failed sign-ins, wait " + wait);
		this.wait = wait;
	}

	/** Whole seconds to wait, rounded up. */
	public long seconds() {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	/** What to tell the person: seconds under a minute, whole minutes (rounded up) past that. */
	public static MessageSourceResolvable waitMessage(long seconds) {
		return seconds < 60
				? new DefaultMessageSourceResolvable(new String[] { "login.throttled.seconds" }, new Object[] { seconds })
				: new DefaultMessageSourceResolvable(new String[] { "login.throttled.minutes" },
						new Object[] { (seconds + 59) / 60 });
	}
}
