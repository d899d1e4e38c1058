package vn.ngoso.feedback.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Reference numbers citizens keep: {@code PA-7K3M-9Q2X}. Random (31⁸ ≈ 8.5·10¹¹), so nobody can
 * walk through other people's items by counting; no 0/O or 1/I/L to misread over the phone.
 */
@Component
public class References {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	public String next() {
		StringBuilder s = new StringBuilder("PA-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				s.append('-');
			}
			s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return s.toString();
	}

	/** A reference as typed: upper case, spaces dropped; null unless it has the right shape. */
	public static String normalize(String typed) {
		String s = typed.strip().toUpperCase().replace(" ", "");
		return s.matches("PA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}") ? s : null;
	}
}
