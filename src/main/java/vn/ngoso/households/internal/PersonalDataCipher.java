package vn.ngoso.households.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for citizen IDs (random IV stored with the text) and HMAC-SHA256 to look them up.
 * Neither {@link Cipher} nor {@link Mac} is thread-safe, and looking them up is dearer than using
 * them (an import protects a million IDs), so each thread keeps its own.
 */
@Component
public class PersonalDataCipher {

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::aesGcm);

	private final ThreadLocal<Mac> macs;

	PersonalDataCipher(PersonalDataProperties properties) {
		byte[] keyBytes = Base64.getDecoder().decode(properties.key());
		if (keyBytes.length != 32) {
			throw new IllegalStateException("ngoso.personal-data.key must be base64 of 32 bytes");
		}
		byte[] hashBytes = Base64.getDecoder().decode(properties.hashKey());
		if (hashBytes.length < 32) {
			throw new IllegalStateException("ngoso.personal-data.hash-key must be base64 of at least 32 bytes");
		}
		this.key = new SecretKeySpec(keyBytes, "AES");
		this.hashKey = new SecretKeySpec(hashBytes, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> hmac(hashKey));
	}

	public byte[] encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public String decrypt(byte[] stored) {
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, IV_BYTES));
			return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A citizen ID cannot be decrypted: wrong ngoso.personal-data.key?", e);
		}
	}

	public byte[] hash(String plain) {
		// doFinal leaves the Mac ready for the next message with the same key
		return macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8));
	}

	private static Cipher aesGcm() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Mac hmac(SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
