package vn.ngoso.tasks.internal;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Task numbers people can read out on the phone: a prefix, the year and six characters without
 * look-alikes ({@code YC-26-7KQ3MX}). Random rather than counted, so that nobody can walk
 * through other people's requests by trying the next number.
 */
public final class References {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private References() {
	}

	public static String next(String prefix, LocalDate today) {
		StringBuilder s = new StringBuilder(prefix).append('-').append(String.format("%02d", today.getYear() % 100))
			.append('-');
		for (int i = 0; i < 6; i++) {
			s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return s.toString();
	}

	/** What a person may type: any case, spaces around. */
	public static String normalize(String typed) {
		return typed.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
