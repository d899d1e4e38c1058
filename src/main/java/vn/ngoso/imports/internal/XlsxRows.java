package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX file through POI's SAX reader: rows are handed on as the
 * XML is parsed, so only the shared strings, never the whole workbook, are held in memory.
 * <p>
 * Excel turns typed numbers into numbers: a CCCD loses its leading 0 (every province code starts
 * with one) and so does a phone number. Such numeric cells are given their zero back; a text
 * cell is taken as typed.
 */
public final class XlsxRows {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private XlsxRows() {
	}

	public static void read(Path file, int maxRows, RowHandler handler) throws IOException, BadFile {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new BadFile("import.file.empty");
			}
			NumberAwareFormatter formatter = new NumberAwareFormatter();
			Rows rows = new Rows(handler, formatter, maxRows);
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
					new ReadOnlySharedStringsTable(pkg), rows, formatter, false));
			try (InputStream sheet = sheets.next()) {
				parser.parse(new InputSource(sheet));
			}
			if (!rows.sawHeader) {
				throw new BadFile("import.file.empty");
			}
		}
		catch (Stop stop) {
			throw stop.reason;
		}
		catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
				| ParserConfigurationException | IllegalArgumentException | IllegalStateException e) {
			throw new BadFile("import.file.unreadable");
		}
	}

	/** Carries a refusal out of the SAX callbacks, which cannot throw checked exceptions. */
	private static final class Stop extends RuntimeException {

		private final BadFile reason;

		Stop(BadFile reason) {
			super(reason.messageKey(), null, false, false);
			this.reason = reason;
		}
	}

	/** Dates as dd/MM/yyyy and whole numbers without exponent; remembers that a cell was a number. */
	private static final class NumberAwareFormatter extends DataFormatter {

		boolean lastWasNumber;

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			lastWasNumber = true;
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().format(DAY);
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}
	}

	private static final class Rows implements SheetContentsHandler {

		private final RowHandler handler;

		private final NumberAwareFormatter formatter;

		private final int maxRows;

		private final List<String> cells = new ArrayList<>(12);

		private boolean sawHeader;

		private int rowNo;

		Rows(RowHandler handler, NumberAwareFormatter formatter, int maxRows) {
			this.handler = handler;
			this.formatter = formatter;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			rowNo = rowNum + 1;
			cells.clear();
			formatter.lastWasNumber = false;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			boolean number = formatter.lastWasNumber;
			formatter.lastWasNumber = false;
			if (cells.size() == column) {
				cells.add(number ? withLeadingZero(column, value) : value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			try {
				if (!sawHeader) {
					if (rowNo != 1) {
						throw new BadFile("import.file.badHeader", String.join(",", Column.HEADER));
					}
					HeaderCheck.require(cells);
					sawHeader = true;
				}
				else if (rowNo - 1 > maxRows) {
					throw new BadFile("import.file.tooManyRows", String.valueOf(maxRows));
				}
				else if (!cells.stream().allMatch(String::isBlank)) {
					handler.row(rowNo, List.copyOf(cells));
				}
			}
			catch (BadFile e) {
				throw new Stop(e);
			}
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
}
