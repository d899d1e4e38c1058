package vn.ngoso.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opaque bearer tokens: random, stored only as a SHA-256 hash, valid for a working day. */
@Service
public class ApiTokens {

	public static final Duration LIFETIME = Duration.ofHours(12);

	public record Issued(String token, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Issued issue(long userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = clock.instant().plus(LIFETIME);
		jdbc.sql("delete from api_token where expires_at < ?").param(java.sql.Timestamp.from(clock.instant())).update();
		jdbc.sql("insert into api_token (token_hash, user_id, expires_at) values (?, ?, ?)")
			.params(hash(token), userId, java.sql.Timestamp.from(expires)).update();
		return new Issued(token, expires);
	}

	/** Every token of a user: a disabled account keeps none, so re-enabling it brings none back. */
	@Transactional
	public void revokeAll(long userId) {
		jdbc.sql("delete from api_token where user_id = ?").param(userId).update();
	}

	/** The tokens with these hashes ({@link #hash}): they answer 401 from the next call on. */
	@Transactional
	public void revokeHashes(Collection<String> hashes) {
		if (!hashes.isEmpty()) {
			jdbc.sql("delete from api_token where token_hash in (:hashes)").param("hashes", hashes).update();
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
