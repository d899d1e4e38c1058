package vn.ngoso.imports.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's binary COPY format: each field is its length and its bytes, so
 * nothing is escaped here and nothing is parsed or hex-decoded by the database (a province's
 * file is 1.7 million rows of 23 fields).
 */
final class CopyBinary {

	/** The signature, no flags, no header extension. */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0,
			0, 0, 0 };

	/** PostgreSQL counts days from 1 January 2000. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int TEXT_OID = 25;

	private final DataOutputStream out;

	CopyBinary(OutputStream out) throws IOException {
		this.out = new DataOutputStream(out);
		this.out.write(HEADER);
	}

	CopyBinary row(int fields) throws IOException {
		out.writeShort(fields);
		return this;
	}

	CopyBinary uuid(UUID value) throws IOException {
		out.writeInt(16);
		out.writeLong(value.getMostSignificantBits());
		out.writeLong(value.getLeastSignificantBits());
		return this;
	}

	CopyBinary text(String value) throws IOException {
		return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
	}

	CopyBinary bytes(byte[] value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(value.length);
		out.write(value);
		return this;
	}

	CopyBinary int2(Integer value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(2);
		out.writeShort(value);
		return this;
	}

	CopyBinary int4(int value) throws IOException {
		out.writeInt(4);
		out.writeInt(value);
		return this;
	}

	CopyBinary int8(Long value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(8);
		out.writeLong(value);
		return this;
	}

	CopyBinary date(LocalDate value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(4);
		out.writeInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
		return this;
	}

	/** A text[] of one dimension; an empty list is written as null. */
	CopyBinary textArray(List<String> values) throws IOException {
		if (values.isEmpty()) {
			return nul();
		}
		byte[][] elements = new byte[values.size()][];
		int length = 20;
		for (int i = 0; i < elements.length; i++) {
			elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
			length += 4 + elements[i].length;
		}
		out.writeInt(length);
		out.writeInt(1); // dimensions
		out.writeInt(0); // no null elements
		out.writeInt(TEXT_OID);
		out.writeInt(elements.length);
		out.writeInt(1); // lower bound
		for (byte[] element : elements) {
			out.writeInt(element.length);
			out.write(element);
		}
		return this;
	}

	/** The end of the data. */
	void finish() throws IOException {
		out.writeShort(-1);
		out.flush();
	}

	private CopyBinary nul() throws IOException {
		out.writeInt(-1);
		return this;
	}
}
