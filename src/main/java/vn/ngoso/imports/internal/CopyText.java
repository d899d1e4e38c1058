package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes values in PostgreSQL's COPY text format: tab separated, {@code \N} for null. A row is
 * put together in memory and goes out as UTF-8 bytes in one write: a million rows make the
 * per-cell cost of a {@code Writer} (a lock and an encoder call for every cell) worth avoiding.
 */
final class CopyText {

	private static final HexFormat HEX = HexFormat.of();

	private final OutputStream out;

	private final StringBuilder row = new StringBuilder(512);

	private boolean first = true;

	CopyText(OutputStream out) {
		this.out = out;
	}

	CopyText text(String value) {
		separator();
		if (value == null) {
			row.append("\\N");
			return this;
		}
		if (plain(value)) {
			row.append(value);
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		return this;
	}

	CopyText value(Object value) {
		return text(value == null ? null : value.toString());
	}

	CopyText value(int value) {
		separator();
		row.append(value);
		return this;
	}

	CopyText date(LocalDate value) {
		return text(value == null ? null : value.toString());
	}

	/** bytea in hex form; its own backslash is doubled for the COPY text format. */
	CopyText bytes(byte[] value) {
		separator();
		if (value == null) {
			row.append("\\N");
		}
		else {
			row.append("\\\\x");
			HEX.formatHex(row, value);
		}
		return this;
	}

	/** A text[] of simple words (no quotes, commas, braces or spaces inside). */
	CopyText array(List<String> values) {
		return text(values.isEmpty() ? null : "{" + String.join(",", values) + "}");
	}

	void endRow() throws IOException {
		row.append('\n');
		out.write(row.toString().getBytes(StandardCharsets.UTF_8));
		row.setLength(0);
		first = true;
	}

	/** Nothing to escape: most cells, appended whole rather than char by char. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	private void separator() {
		if (!first) {
			row.append('\t');
		}
		first = false;
	}
}
