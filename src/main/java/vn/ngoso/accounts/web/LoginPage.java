package vn.ngoso.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngoso.accounts.internal.LastUsername;
import vn.ngoso.accounts.internal.SignInThrottled;

@Controller
class LoginPage {

	/** A wait longer than this in the address bar is not ours (the throttle's longest is minutes). */
	private static final long LONGEST_WAIT = 24 * 3600;

	private final MessageSource messages;

	LoginPage(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code ?wait=N}: the throttle refused the last attempt; the page says how long to wait. */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) @Nullable String wait, Model model, Locale locale,
			HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LastUsername.ATTRIBUTE) instanceof String username) {
			// shown once, after the failed attempt it comes from
			session.removeAttribute(LastUsername.ATTRIBUTE);
			model.addAttribute("username", username);
		}
		long seconds = seconds(wait);
		if (seconds > 0) {
			model.addAttribute("throttled", messages.getMessage(SignInThrottled.waitMessage(seconds), locale));
		}
		return "accounts/login";
	}

	private static long seconds(@Nullable String wait) {
		if (wait == null || !wait.matches("\\d{1,6}")) {
			return 0;
		}
		return Math.min(Long.parseLong(wait), LONGEST_WAIT);
	}
}
