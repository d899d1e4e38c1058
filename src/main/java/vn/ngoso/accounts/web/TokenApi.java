package vn.ngoso.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.accounts.internal.ApiTokens;
import vn.ngoso.accounts.internal.KnownDevices;
import vn.ngoso.accounts.internal.SignInThrottled;
import vn.ngoso.accounts.internal.SignedInUser;
import vn.ngoso.platform.InvalidInput;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenApi {

	record Credentials(@Nullable String username, @Nullable String password) {
	}

	record Token(String token, Instant expiresAt) {
	}

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final KnownDevices devices;

	TokenApi(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages, KnownDevices devices) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
		this.devices = devices;
	}

	@PostMapping("/token")
	@Operation(summary = "Exchange a username and password for a bearer token (valid 12 hours)")
	ResponseEntity<?> token(@RequestBody Credentials credentials, HttpServletRequest request,
			HttpServletResponse response) {
		if (credentials.username() == null || credentials.username().isBlank()) {
			throw InvalidInput.of("username", "login.username.required");
		}
		if (credentials.password() == null || credentials.password().isEmpty()) {
			throw InvalidInput.of("password", "login.password.required");
		}
		try {
			var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
			attempt.setDetails(devices.buildDetails(request));
			var auth = authentication.authenticate(attempt);
			devices.remember(request, response, auth.getName());
			var issued = tokens.issue(((SignedInUser) auth.getPrincipal()).id());
			return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
		}
		catch (SignInThrottled e) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.seconds()))
				.body(problem(HttpStatus.TOO_MANY_REQUESTS, SignInThrottled.waitMessage(e.seconds())));
		}
		catch (AuthenticationException e) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem(HttpStatus.UNAUTHORIZED,
					new DefaultMessageSourceResolvable(new String[] { "login.failed" }, "login.failed")));
		}
	}

	private ProblemDetail problem(HttpStatus status, MessageSourceResolvable message) {
		return ProblemDetail.forStatusAndDetail(status, messages.getMessage(message, LocaleContextHolder.getLocale()));
	}
}
