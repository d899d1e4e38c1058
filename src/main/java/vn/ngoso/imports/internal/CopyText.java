package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** Writes values in PostgreSQL's COPY text format: tab separated, {@code \N} for null. */
final class CopyText {

	private static final HexFormat HEX = HexFormat.of();

	private final Writer out;

	private boolean first = true;

	CopyText(Writer out) {
		this.out = out;
	}

	CopyText text(String value) throws IOException {
		separator();
		if (value == null) {
			out.write("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				default -> out.write(c);
			}
		}
		return this;
	}

	CopyText value(Object value) throws IOException {
		return text(value == null ? null : value.toString());
	}

	CopyText date(LocalDate value) throws IOException {
		return text(value == null ? null : value.toString());
	}

	/** bytea in hex form; its own backslash is doubled for the COPY text format. */
	CopyText bytes(byte[] value) throws IOException {
		separator();
		if (value == null) {
			out.write("\\N");
		}
		else {
			out.write("\\\\x");
			out.write(HEX.formatHex(value));
		}
		return this;
	}

	/** A text[] of simple words (no quotes, commas, braces or spaces inside). */
	CopyText array(List<String> values) throws IOException {
		return text(values.isEmpty() ? null : "{" + String.join(",", values) + "}");
	}

	void endRow() throws IOException {
		out.write('\n');
		first = true;
	}

	private void separator() throws IOException {
		if (!first) {
			out.write('\t');
		}
		first = false;
	}
}
