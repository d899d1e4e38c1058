package vn.ngoso.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;

/**
 * Where a phone is in the change feed. Opaque to the phone; two kinds:
 *
 * <ul>
 * <li>{@code f.<xid>.<household>}: in the middle of the first, full pull, which started when no
 * transaction below {@code xid} was still running; the next page starts after that household.
 * <li>{@code c.<xid>.<seq>}: every change up to position {@code (xid, seq)} of the change log
 * has been handed out.
 * </ul>
 *
 * Positions are PostgreSQL transaction ids and a sequence, never clock times.
 */
public sealed interface Cursor {

	/** Every change at or before this position has been seen. */
	record Changes(long xid, long seq) implements Cursor {
		@Override
		public String toString() {
			return "c." + xid + "." + seq;
		}
	}

	/** Part of the full working set has been sent, in household-id order, up to {@code after}. */
	record Full(long startXid, @Nullable UUID after) implements Cursor {
		@Override
		public String toString() {
			return "f." + startXid + "." + (after == null ? "" : after);
		}
	}

	static Cursor parse(String text) {
		String[] parts = text.strip().split("\\.", -1);
		try {
			if (parts.length == 3 && parts[0].equals("c")) {
				return new Changes(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
			}
			if (parts.length == 3 && parts[0].equals("f")) {
				return new Full(Long.parseLong(parts[1]), parts[2].isEmpty() ? null : UUID.fromString(parts[2]));
			}
		}
		catch (IllegalArgumentException e) {
			// falls through to the refusal below
		}
		throw InvalidInput.of("cursor", "sync.cursor.invalid");
	}
}
