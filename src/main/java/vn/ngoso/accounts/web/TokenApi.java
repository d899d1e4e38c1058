package vn.ngoso.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.accounts.internal.ApiTokens;
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

	TokenApi(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping("/token")
	@Operation(summary = "Exchange a username and password for a bearer token (valid 12 hours)")
	ResponseEntity<?> token(@RequestBody Credentials credentials, HttpServletRequest request) {
		if (credentials.username() == null || credentials.username().isBlank()) {
			throw InvalidInput.of("username", "login.username.required");
		}
		if (credentials.password() == null || credentials.password().isEmpty()) {
			throw InvalidInput.of("password", "login.password.required");
		}
		try {
			var auth = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
			var issued = tokens.issue(((SignedInUser) auth.getPrincipal()).id());
			return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
		}
		catch (LockedException e) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "login.locked");
		}
		catch (AuthenticationException e) {
			return problem(HttpStatus.UNAUTHORIZED, "login.failed");
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(status).body(problem);
	}
}
