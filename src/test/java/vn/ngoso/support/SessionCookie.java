package vn.ngoso.support;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ngoso.support.SessionCookie;

/**
 * A browser's session for MockMvc: the web sessions live in the database (Spring Session JDBC),
 * found by the {@code SESSION} cookie, so a test carries that cookie as a browser does, not a
 * {@code MockHttpSession}. Use it with {@code .with(session)} and give it each response
 * ({@link #keep}): signing in sets a new cookie, signing out (or a revoked account) clears it.
 */
public final class SessionCookie implements RequestPostProcessor {

	public static final String NAME = "SESSION";

	private @Nullable Cookie cookie;

	private boolean ended;

	/**
	 * The session a response gave the browser: after a form's redirect, the next page reads its
	 * flash message from there (MockMvc's {@code flashAttrs} would put them in a
	 * {@code MockHttpSession}, which the application no longer reads).
	 */
	public static SessionCookie of(MockHttpServletResponse response) {
		SessionCookie session = new SessionCookie();
		session.keep(response);
		return session;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			request.setCookies(cookie);
		}
		return request;
	}

	/** Takes the cookie the response set, if any; a cleared one ends the session. */
	public MockHttpServletResponse keep(MockHttpServletResponse response) {
		Cookie set = response.getCookie(NAME);
		if (set != null) {
			if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
				ended = true;
				cookie = null;
			}
			else {
				cookie = new Cookie(NAME, set.getValue());
			}
		}
		return response;
	}

	/** The session id the browser holds, or null. */
	public @Nullable String id() {
		return cookie == null ? null : cookie.getValue();
	}

	/** The session's id in {@code spring_session}: the cookie holds it in base64. */
	public static String sessionId(String cookieValue) {
		return new String(java.util.Base64.getDecoder().decode(cookieValue), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Whether a response cleared the cookie (the session was invalidated). */
	public boolean ended() {
		return ended;
	}
}
