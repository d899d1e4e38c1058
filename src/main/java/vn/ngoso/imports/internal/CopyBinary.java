package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's binary COPY format: each field is its length and its bytes, so
 * nothing is escaped here and nothing is parsed or hex-decoded by the database (a province's
 * file is 1.7 million rows of 27 fields). A row is put together in one reused buffer, text
 * encoded into it as UTF-8 directly, and written out whole.
 */
final class CopyBinary {

	/** The signature, no flags, no header extension. */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0,
			0, 0, 0 };

	/** PostgreSQL counts days from 1 January 2000. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int TEXT_OID = 25;

	private final OutputStream out;

	private byte[] row = new byte[1024];

	private int length;

	CopyBinary(OutputStream out) throws IOException {
		this.out = out;
		out.write(HEADER);
	}

	/** Starts a row of so many fields (the previous one is written out). */
	CopyBinary row(int fields) throws IOException {
		flushRow();
		putShort(fields);
		return this;
	}

	CopyBinary uuid(UUID value) {
		putInt(16);
		putLong(value.getMostSignificantBits());
		putLong(value.getLeastSignificantBits());
		return this;
	}

	CopyBinary text(String value) {
		if (value == null) {
			return nul();
		}
		int lengthAt = length;
		putInt(0);
		utf8(value);
		int bytes = length - lengthAt - 4;
		row[lengthAt] = (byte) (bytes >>> 24);
		row[lengthAt + 1] = (byte) (bytes >>> 16);
		row[lengthAt + 2] = (byte) (bytes >>> 8);
		row[lengthAt + 3] = (byte) bytes;
		return this;
	}

	CopyBinary bytes(byte[] value) {
		if (value == null) {
			return nul();
		}
		putInt(value.length);
		ensure(value.length);
		System.arraycopy(value, 0, row, length, value.length);
		length += value.length;
		return this;
	}

	CopyBinary smallint(Integer value) {
		if (value == null) {
			return nul();
		}
		putInt(2);
		putShort(value);
		return this;
	}

	CopyBinary integer(int value) {
		putInt(4);
		putInt(value);
		return this;
	}

	CopyBinary bigint(Long value) {
		if (value == null) {
			return nul();
		}
		putInt(8);
		putLong(value);
		return this;
	}

	CopyBinary date(LocalDate value) {
		if (value == null) {
			return nul();
		}
		putInt(4);
		putInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
		return this;
	}

	/** A text[] of one dimension; an empty list is written as null. */
	CopyBinary textArray(List<String> values) {
		if (values.isEmpty()) {
			return nul();
		}
		byte[][] elements = new byte[values.size()][];
		int bytes = 20;
		for (int i = 0; i < elements.length; i++) {
			elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
			bytes += 4 + elements[i].length;
		}
		putInt(bytes);
		putInt(1); // dimensions
		putInt(0); // no null elements
		putInt(TEXT_OID);
		putInt(elements.length);
		putInt(1); // lower bound
		for (byte[] element : elements) {
			bytes(element);
		}
		return this;
	}

	/** The end of the data. */
	void finish() throws IOException {
		flushRow();
		putShort(-1);
		flushRow();
		out.flush();
	}

	private void flushRow() throws IOException {
		out.write(row, 0, length);
		length = 0;
	}

	private CopyBinary nul() {
		putInt(-1);
		return this;
	}

	/** As {@code String.getBytes(UTF_8)}: a lone surrogate becomes '?'. */
	private void utf8(String value) {
		int n = value.length();
		ensure(3 * n);
		byte[] b = row;
		int at = length;
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				b[at++] = (byte) c;
			}
			else if (c < 0x800) {
				b[at++] = (byte) (0xC0 | c >> 6);
				b[at++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				b[at++] = (byte) (0xF0 | cp >> 18);
				b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
				b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
				b[at++] = (byte) (0x80 | cp & 0x3F);
			}
			else if (Character.isSurrogate(c)) {
				b[at++] = '?';
			}
			else {
				b[at++] = (byte) (0xE0 | c >> 12);
				b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
				b[at++] = (byte) (0x80 | c & 0x3F);
			}
		}
		length = at;
	}

	private void putShort(int value) {
		ensure(2);
		row[length++] = (byte) (value >>> 8);
		row[length++] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		row[length++] = (byte) (value >>> 24);
		row[length++] = (byte) (value >>> 16);
		row[length++] = (byte) (value >>> 8);
		row[length++] = (byte) value;
	}

	private void putLong(long value) {
		putInt((int) (value >>> 32));
		putInt((int) value);
	}

	private void ensure(int more) {
		if (length + more > row.length) {
			row = Arrays.copyOf(row, Math.max(2 * row.length, length + more));
		}
	}
}
