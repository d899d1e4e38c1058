package vn.ngoso.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.web.ClientAddress;

/**
 * Device cookies, as OWASP describes them: a device that has signed in to an account gets a
 * long-lived cookie naming the account, signed by the server, and is then exempt from the
 * account-wide slow-down that strangers' failures cause (it keeps a count of its own). One cookie
 * holds the last few accounts used on the device (a shared office computer). It proves nothing
 * but a past sign-in: the password is still asked.
 */
@Component
public class KnownDevices implements AuthenticationDetailsSource<HttpServletRequest, SignInAttempt> {

	static final String COOKIE = "ngoso_device";

	static final int MAX_ACCOUNTS = 5;

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	KnownDevices(SignInProperties properties, Clock clock) {
		byte[] secret;
		if (properties.deviceKey() == null || properties.deviceKey().isBlank()) {
			secret = new byte[32];
			RANDOM.nextBytes(secret);
		}
		else {
			secret = Base64.getDecoder().decode(properties.deviceKey().strip());
			if (secret.length < 32) {
				throw new IllegalStateException("ngoso.sign-in.device-key must be base64 of at least 32 bytes");
			}
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.lifetime = Duration.ofDays(properties.deviceDays());
		this.clock = clock;
	}

	@Override
	public SignInAttempt buildDetails(HttpServletRequest request) {
		return new SignInAttempt(ClientAddress.of(request), read(request));
	}

	/** After a successful sign-in: this device is known for the account from now on. */
	public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		Map<String, String> known = read(request);
		Map<String, String> devices = new LinkedHashMap<>();
		devices.put(username, known.getOrDefault(username, newId()));
		known.forEach((user, id) -> {
			if (devices.size() < MAX_ACCOUNTS) {
				devices.putIfAbsent(user, id);
			}
		});
		long expires = clock.instant().plus(lifetime).getEpochSecond();
		List<String> entries = new ArrayList<>();
		devices.forEach((user, id) -> entries.add(signed(BASE64.encodeToString(user.getBytes(StandardCharsets.UTF_8))
				+ "~" + id + "~" + expires)));
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, String.join(".", entries)).path(path).maxAge(lifetime)
			.httpOnly(true).secure(request.isSecure()).sameSite("Lax").build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	/** The accounts this device is known for, with its id for each; forged or expired entries are ignored. */
	Map<String, String> read(HttpServletRequest request) {
		Map<String, String> devices = new LinkedHashMap<>();
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return devices;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() < 2_000) {
				for (String entry : cookie.getValue().split("\\.", MAX_ACCOUNTS + 1)) {
					readEntry(entry, devices);
				}
			}
		}
		return devices;
	}

	private void readEntry(String entry, Map<String, String> devices) {
		String[] parts = entry.split("~");
		if (devices.size() >= MAX_ACCOUNTS || parts.length != 4) {
			return;
		}
		String content = parts[0] + "~" + parts[1] + "~" + parts[2];
		if (!MessageDigest.isEqual(signature(content).getBytes(StandardCharsets.US_ASCII),
				parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return;
		}
		try {
			if (Long.parseLong(parts[2]) > clock.instant().getEpochSecond()) {
				devices.putIfAbsent(new String(UNBASE64.decode(parts[0]), StandardCharsets.UTF_8), parts[1]);
			}
		}
		catch (IllegalArgumentException e) {
			// signed by us, so well-formed; a key change makes the signature fail first
		}
	}

	private String signed(String content) {
		return content + "~" + signature(content);
	}

	private String signature(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] full = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	private static String newId() {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		return BASE64.encodeToString(id);
	}
}
