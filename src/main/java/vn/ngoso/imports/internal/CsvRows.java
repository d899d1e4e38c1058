package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file (comma separated, RFC 4180 quotes, UTF-8 with or without a BOM) one record
 * at a time. The decoder reports bad bytes instead of replacing them, so a file saved in another
 * encoding is refused as a whole rather than imported as mojibake, wherever the bad byte is.
 */
public final class CsvRows {

	/** A record longer than this is not a household row: most likely an unclosed quote. */
	static final int MAX_RECORD_CHARS = 64 * 1024;

	private final Reader in;

	private final char[] buffer = new char[64 * 1024];

	private int length;

	private int position;

	private CsvRows(InputStream in) {
		this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	/** Checks the header, then hands every non-blank data row to the handler. */
	public static void read(InputStream in, int maxRows, RowHandler handler) throws IOException, BadFile {
		new CsvRows(in).readAll(maxRows, handler);
	}

	private void readAll(int maxRows, RowHandler handler) throws IOException, BadFile {
		try {
			List<String> header = next();
			if (header == null) {
				throw new BadFile("import.file.empty");
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			handler.columns(HeaderCheck.require(header));
			int rowNo = 1;
			for (List<String> cells = next(); cells != null; cells = next()) {
				rowNo++;
				if (rowNo - 1 > maxRows) {
					throw new BadFile("import.file.tooManyRows", String.valueOf(maxRows));
				}
				if (!cells.stream().allMatch(String::isBlank)) {
					handler.row(rowNo, cells);
				}
			}
		}
		catch (CharacterCodingException e) {
			throw new BadFile("import.file.notUtf8");
		}
	}

	/**
	 * The next record's cells, or null at the end of the file. Runs of ordinary characters are
	 * copied from the buffer at once; only quotes, commas and line ends are looked at one by one.
	 */
	private List<String> next() throws IOException, BadFile {
		if (position == length && !fill()) {
			return null;
		}
		List<String> cells = new ArrayList<>(12);
		StringBuilder cell = new StringBuilder(32);
		boolean quoted = false;
		int chars = 0;
		while (position < length || fill()) {
			char[] buf = buffer;
			int start = position;
			int end = length;
			int i = start;
			if (quoted) {
				while (i < end && buf[i] != '"') {
					i++;
				}
			}
			else {
				while (i < end) {
					char ch = buf[i];
					if (ch == '"' || ch == ',' || ch == '\n' || ch == '\r') {
						break;
					}
					i++;
				}
			}
			chars += i - start;
			cell.append(buf, start, i - start);
			position = i;
			if (chars > MAX_RECORD_CHARS) {
				throw new BadFile("import.file.rowTooLong");
			}
			if (i == end) {
				continue;
			}
			char ch = buf[i];
			position++;
			if (++chars > MAX_RECORD_CHARS) {
				throw new BadFile("import.file.rowTooLong");
			}
			if (quoted) {
				// a quote inside quotes: doubled, it stands for itself; alone, it closes the quotes
				if (peek() == '"') {
					cell.append('"');
					position++;
				}
				else {
					quoted = false;
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				if (ch == '\r' && peek() == '\n') {
					position++;
				}
				break;
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	/** The next character without taking it, or -1 at the end of the file. */
	private int peek() throws IOException {
		return position < length || fill() ? buffer[position] : -1;
	}

	/** Reads more into the buffer once it is used up; false at the end of the file. */
	private boolean fill() throws IOException {
		length = in.read(buffer, 0, buffer.length);
		position = 0;
		if (length <= 0) {
			length = 0;
			return false;
		}
		return true;
	}
}
