package vn.ngoso.support;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and mobile numbers no other test in the JVM uses. The database is shared by every test
 * class, so whatever a test creates must not collide with the demo data or another test.
 */
public final class UniqueValues {

	/** Valid Vietnamese mobile prefixes (Viettel, VinaPhone, MobiFone). */
	private static final List<String> PREFIXES = List.of("086", "098", "091", "096", "097", "088", "090", "093");

	/** The demo data uses prefix + 1xxxxxx; these numbers are prefix + 9xxxxxx. */
	private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500_000));

	private static final AtomicInteger WORDS = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 100_000));

	/** Letters only: member names must not contain digits. */
	private static final String LETTERS = "bcdghklmnpqrstvx";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 1 << 20));

	private UniqueValues() {
	}

	/** A valid 10-digit mobile number never handed out before in this JVM. */
	public static String phone() {
		int n = PHONES.getAndIncrement();
		return PREFIXES.get(n % PREFIXES.size()) + "9" + String.format("%06d", n % 1_000_000);
	}

	/**
	 * A client address (10.x.y.z) no other test in the JVM uses: the sign-in throttle counts
	 * failures per address for the whole JVM, and MockMvc's requests all come from 127.0.0.1.
	 */
	public static String address() {
		int n = ADDRESSES.getAndIncrement() & 0xffffff;
		return "10." + (n >> 16) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	/** A capitalised word of letters (no digits), different on every call. */
	public static String word() {
		int n = WORDS.getAndIncrement();
		StringBuilder word = new StringBuilder();
		do {
			word.append(LETTERS.charAt(n % LETTERS.length()));
			n /= LETTERS.length();
		}
		while (n > 0);
		while (word.length() < 5) {
			word.append('a');
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A Vietnamese person's name, with diacritics, unique in this JVM. */
	public static String personName() {
		return "Trần Thị Thử " + word();
	}
}
