package vn.ngoso.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The bearer tokens a browser session handed to its phone ({@code POST /account/device-token}),
 * remembered (as hashes, like in the database) in the session so that signing out revokes them: whoever picks up a shared phone
 * after a member signed out finds no token there that still works. Tokens asked for with the
 * password belong to their API client and outlive the browser session.
 */
@Component
public class SessionDeviceTokens implements LogoutHandler {

	private static final String ATTRIBUTE = SessionDeviceTokens.class.getName();

	private final ApiTokens tokens;

	SessionDeviceTokens(ApiTokens tokens) {
		this.tokens = tokens;
	}

	public ApiTokens.Issued issue(HttpServletRequest request, long userId) {
		ApiTokens.Issued issued = tokens.issue(userId);
		HttpSession session = request.getSession();
		synchronized (WebUtils.getSessionMutex(session)) {
			List<String> issuedHere = new ArrayList<>(held(session));
			issuedHere.add(ApiTokens.hash(issued.token()));
			session.setAttribute(ATTRIBUTE, issuedHere);
		}
		return issued;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			tokens.revokeHashes(held(session));
			session.removeAttribute(ATTRIBUTE);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> held(HttpSession session) {
		Object held = session.getAttribute(ATTRIBUTE);
		return held instanceof List<?> list ? (List<String>) list : List.of();
	}
}
