package vn.ngoso.platform.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV file (RFC 4180 quoting, comma separated) that must be valid UTF-8: a file
 * saved in another encoding is refused as a whole instead of turning names into mojibake.
 */
public final class CsvReader {

	/** A parsed row with its 1-based line number in the file (the header is line 1). */
	public record Row(int line, List<String> cells) {

		public String cell(int index) {
			return index < cells.size() ? cells.get(index).strip() : "";
		}
	}

	/** Why a whole file was refused; the key is a message key. */
	public static final class BadFile extends Exception {

		private final String messageKey;

		public BadFile(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private CsvReader() {
	}

	/**
	 * Parses the file, checking its size, encoding and exact header.
	 * @return the data rows (header excluded); blank lines are skipped
	 */
	public static List<Row> read(InputStream in, long maxBytes, List<String> header) throws IOException, BadFile {
		byte[] bytes = in.readNBytes((int) maxBytes + 1);
		if (bytes.length > maxBytes) {
			throw new BadFile("csv.tooLarge");
		}
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> rows = parse(text);
		if (rows.isEmpty()) {
			throw new BadFile("csv.empty");
		}
		List<String> actual = rows.get(0).cells().stream().map(c -> c.strip().toLowerCase()).toList();
		if (!actual.equals(header)) {
			throw new BadFile("csv.badHeader");
		}
		return rows.subList(1, rows.size());
	}

	public static List<Row> read(byte[] bytes, List<String> header) throws BadFile {
		try {
			return read(new ByteArrayInputStream(bytes), bytes.length, header);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String decode(byte[] bytes) throws BadFile {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new BadFile("csv.notUtf8");
		}
	}

	private static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRow(rows, cells, cell, rowLine);
				line++;
				rowLine = line;
			}
			else {
				cell.append(c);
			}
		}
		endRow(rows, cells, cell, rowLine);
		return rows;
	}

	private static void endRow(List<Row> rows, List<String> cells, StringBuilder cell, int line) {
		cells.add(cell.toString());
		cell.setLength(0);
		boolean blank = cells.stream().allMatch(String::isBlank);
		if (!blank) {
			rows.add(new Row(line, List.copyOf(cells)));
		}
		cells.clear();
	}
}
