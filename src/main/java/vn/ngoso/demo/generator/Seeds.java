package vn.ngoso.demo.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Independent random streams per hamlet and purpose, so that what goes into the CSV file does
 * not depend on anything else (teams, visits) and a hamlet's data does not depend on the others.
 */
final class Seeds {

	private Seeds() {
	}

	static SplittableRandom random(long seed, String purpose, String key) {
		long h = mix(seed);
		for (byte b : (purpose + "/" + key).getBytes(StandardCharsets.UTF_8)) {
			h = mix(h ^ b);
		}
		return new SplittableRandom(h);
	}

	/** A version-4 shaped UUID from the stream: the same seed gives the same ids. */
	static UUID uuid(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/**
	 * A version-7 shaped UUID: its time field is {@code order} milliseconds after 2024-01-01, its
	 * 12-bit counter {@code sub}, the rest from the stream (two longs drawn, as {@link #uuid}). Rows
	 * generated in order get ids in order, as records the platform creates do (UUIDv7).
	 */
	static UUID orderedUuid(long order, int sub, SplittableRandom random) {
		long most = ((V7_BASE + order) << 16) | 0x7000L | (sub & 0xFFFL);
		random.nextLong();
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/** 2024-01-01T00:00Z in Unix milliseconds. */
	private static final long V7_BASE = 1_704_067_200_000L;

	/** SplitMix64's finaliser. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
