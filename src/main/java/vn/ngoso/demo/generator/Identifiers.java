package vn.ngoso.demo.generator;

import vn.ngoso.teams.Sex;

/**
 * Mobile numbers and citizen IDs that are valid and never repeat in one run: a counter pushed
 * through a bijection, so they look scattered but two residents never share one.
 */
final class Identifiers {

	/** Every mobile prefix in use (see {@code PhoneNumber}). */
	private static final String[] PREFIXES = { "032", "033", "034", "035", "036", "037", "038", "039", "052", "056",
			"058", "059", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088",
			"089", "090", "091", "092", "093", "094", "096", "097", "098", "099" };

	/** Long An's code for where a citizen ID was registered. */
	static final String PROVINCE = "080";

	private long phones;

	/** Per century/sex digit and two-digit year. */
	private final int[] citizenIds = new int[400];

	/** The seven digits after the prefix are unique by themselves; the prefix is scattered over the networks. */
	String phone() {
		long n = phones++;
		if (n >= 10_000_000L) {
			throw new IllegalStateException("Out of mobile numbers");
		}
		long body = (n * 4_999_999L + 1_234_567L) % 10_000_000L;
		String prefix = PREFIXES[(int) (((n * 0x9E3779B97F4A7C15L) >>> 33) % PREFIXES.length)];
		return prefix + pad(body, 7);
	}

	/**
	 * {@code 080} + century and sex (0/1 for men/women born 1900–1999, 2/3 from 2000) + the last
	 * two digits of the birth year + six digits. The six digits stay at or above 100000, clear of
	 * the small numbers the demo households use.
	 */
	String citizenId(Sex sex, int birthYear) {
		int digit = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
		int yy = birthYear % 100;
		int n = citizenIds[digit * 100 + yy]++;
		if (n >= 900_000) {
			throw new IllegalStateException("Out of citizen IDs for " + digit + yy);
		}
		long six = 100_000 + ((n + 4099L * (digit * 100 + yy)) * 386_887L + 12_345L) % 900_000;
		return PROVINCE + digit + pad(yy, 2) + six;
	}

	private static String pad(long value, int width) {
		String s = Long.toString(value);
		return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
	}
}
