package vn.ngoso.imports.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.ngoso.platform.xlsx.SheetCell;
import vn.ngoso.platform.xlsx.WorkbookRefused;
import vn.ngoso.platform.xlsx.XlsxReader;

/**
 * The household file as XLSX, streamed through the platform's reader: rows are handed on as
 * they are parsed, so only the shared strings, never the whole workbook, are held in memory.
 * <p>
 * Excel turns typed numbers into numbers: a CCCD loses its leading 0 (every province code starts
 * with one) and so does a phone number. Such numeric cells are given their zero back; a text
 * cell is taken as typed. A date cell (a number formatted as a date, whatever the format shows)
 * reads as dd/MM/yyyy in any column: birth, registration, readiness. Whole numbers read without
 * exponent (a year typed as a number is the year).
 */
public final class XlsxRows {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private XlsxRows() {
	}

	public static void read(Path file, XlsxReader.Limits limits, RowHandler handler) throws BadFile {
		try {
			XlsxReader.readAccepting(file, limits, header -> {
				int columns = HeaderCheck.columns(header);
				if (columns > 0) {
					handler.columns(columns);
				}
				return columns > 0;
			}, row -> handler.row(row.number(), texts(row.cells())));
		}
		catch (WorkbookRefused e) {
			throw switch (e.problem()) {
				case UNREADABLE -> new BadFile("import.file.unreadable");
				case BAD_HEADER -> HeaderCheck.refused();
				case TOO_MANY_ROWS -> new BadFile("import.file.tooManyRows", String.valueOf(e.limit()));
				case TOO_LARGE -> new BadFile("import.file.unpackedTooLarge", String.valueOf(e.limit()));
			};
		}
	}

	private static List<String> texts(List<SheetCell> cells) {
		List<String> texts = new ArrayList<>(cells.size());
		for (int column = 0; column < cells.size(); column++) {
			SheetCell cell = cells.get(column);
			LocalDate day = cell.day();
			Double number = cell.number();
			if (day != null) {
				texts.add(day.format(DAY));
			}
			else if (number != null) {
				boolean whole = number == Math.rint(number) && Math.abs(number) < 1e15;
				texts.add(withLeadingZero(column, whole ? Long.toString(number.longValue()) : cell.text()));
			}
			else {
				texts.add(cell.text());
			}
		}
		return texts;
	}

	private static String withLeadingZero(int column, String value) {
		if (column == Column.CCCD.ordinal() && value.matches("\\d{11}")) {
			return "0" + value;
		}
		if (column == Column.PHONE.ordinal() && value.matches("\\d{9}")) {
			return "0" + value;
		}
		return value;
	}
}
