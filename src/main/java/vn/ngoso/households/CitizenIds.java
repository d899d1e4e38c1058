package vn.ngoso.households;

import org.springframework.stereotype.Service;
import vn.ngoso.households.internal.PersonalDataCipher;

/**
 * Turns a citizen ID into what is stored: the encrypted number and its keyed hash. For bulk
 * writers (imports, generators) that insert residents without going through {@link Households}.
 */
@Service
public class CitizenIds {

	/** What is stored for one citizen ID. */
	public record Protected(byte[] cipher, byte[] hash) {
	}

	private final PersonalDataCipher cipher;

	CitizenIds(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	public Protected protect(String cccd) {
		return new Protected(cipher.encrypt(cccd), cipher.hash(cccd));
	}

	public byte[] hash(String cccd) {
		return cipher.hash(cccd);
	}
}
