package vn.ngoso.imports.internal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDv7 ids (RFC 9562) drawn in order as a file is read: the millisecond, then a 12-bit counter
 * within it (so ids of one millisecond still follow the file), then random bits. A row's
 * resident id is known from the moment it is staged: new residents are inserted under it, and
 * what the row says about them (readiness) finds them by it. Time-ordered ids append to the
 * resident indexes instead of landing all over them.
 */
final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private long millis;

	private int counter;

	UUID next() {
		long now = System.currentTimeMillis();
		if (now > millis) {
			millis = now;
			counter = 0;
		}
		else if (++counter > 0xFFF) {
			// more than 4,096 ids in a millisecond: borrow the next one
			millis++;
			counter = 0;
		}
		long most = (millis << 16) | 0x7000L | counter;
		long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}
}
