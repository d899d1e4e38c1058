package vn.ngoso.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.accounts.internal.ApiTokens;
import vn.ngoso.accounts.internal.SessionDeviceTokens;
import vn.ngoso.accounts.internal.SignedInUser;

/**
 * A bearer token for the signed-in person's own phone, so that the offline app can send its queue
 * through the sync API without keeping the password. Session and CSRF token required, as for any
 * form; the token carries the same scope as the session, lasts {@link ApiTokens#LIFETIME} and is
 * revoked when the session signs out.
 */
@RestController
class DeviceTokenPage {

	record DeviceToken(String username, String token, Instant expiresAt) {
	}

	private final SessionDeviceTokens tokens;

	DeviceTokenPage(SessionDeviceTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/account/device-token")
	ResponseEntity<DeviceToken> issue(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		var issued = tokens.issue(request, user.id());
		return ResponseEntity.ok(new DeviceToken(user.getUsername(), issued.token(), issued.expiresAt()));
	}
}
