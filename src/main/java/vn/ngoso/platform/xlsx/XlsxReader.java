package vn.ngoso.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.xlsx.WorkbookRefused.Problem;

/**
 * Reads the first sheet of an XLSX file row by row with POI's SAX reader, for every import: a
 * row is handed on as soon as it is parsed and then forgotten, so memory does not grow with the
 * sheet. What a workbook may cost is bounded while it is read, not after: the row limit stops
 * the reading at the first row too many, and the unpacked bytes are counted as they come out of
 * the zip (see {@link CappedZip}), so neither a file of a million rows nor a small file that
 * unpacks to gigabytes is ever held.
 */
public final class XlsxReader {

	/** The last column Excel has (XFD); a cell reference past it is no Excel file. */
	private static final int MAX_COLUMN = 16_383;

	private XlsxReader() {
	}

	/**
	 * @param maxRows data rows (below the header, blank rows not counted) a sheet may have
	 * @param maxSheetBytes the sheet's XML, unpacked; it is streamed, so this bounds the time spent
	 * @param maxOtherBytes all the other parts POI reads, unpacked, together: shared strings,
	 *        styles, the package's own parts; they are held in memory while the sheet is read
	 */
	public record Limits(int maxRows, long maxSheetBytes, long maxOtherBytes) {

		private static final long MB = 1024 * 1024;

		/**
		 * For imports of a few thousand rows uploaded in a few MB: 2,000 rows of a template take
		 * 2 to 3 MB of sheet and well under 1 MB of shared strings.
		 */
		public static Limits small(int maxRows) {
			return new Limits(maxRows, 50 * MB, 20 * MB);
		}
	}

	/**
	 * Hands each data row of the first sheet to {@code rows}, blank rows left out.
	 *
	 * @param header when not null, row 1 must be exactly this (compared as {@link SearchText#clean}
	 *        leaves it, trailing empty cells allowed); when null, row 1 is skipped unread
	 */
	public static <E extends Exception> void read(Path file, Limits limits, @Nullable List<String> header,
			SheetRows<E> rows) throws WorkbookRefused, E {
		read(file, limits, header == null ? null : (Predicate<List<String>>) header::equals, rows);
	}

	/**
	 * The data rows of a small import's first sheet as text, blank rows left out, for imports that
	 * check every row before writing any: the header must be exactly {@code header}; a file refused
	 * whole, or one without a data row, answers the import's message under {@code prefix}
	 * ({@code .unreadable}, {@code .badHeader}, {@code .tooManyRows}, {@code .unpackedTooLarge},
	 * {@code .noRows}).
	 *
	 * @param texts turns a row's cells into the texts the import's rules read (a date cell as the
	 *        import writes days, a number in full)
	 */
	public static List<TextRow> readTexts(Path file, int maxRows, List<String> header, String prefix,
			Function<List<SheetCell>, List<String>> texts) throws FileRefused {
		List<TextRow> rows = new ArrayList<>();
		try {
			read(file, Limits.small(maxRows), header, row -> rows.add(new TextRow(row.number(), texts.apply(row.cells()))));
		}
		catch (WorkbookRefused e) {
			throw e.as(prefix, header);
		}
		if (rows.isEmpty()) {
			throw new FileRefused(prefix + ".noRows");
		}
		return rows;
	}

	/**
	 * As {@link #read(Path, Limits, List, SheetRows)} for a sheet whose row 1 may take more than
	 * one form (a file with optional columns): {@code header} is given row 1's cells, as
	 * {@link SearchText#clean} leaves them and without trailing empty cells, and says whether the
	 * sheet is accepted.
	 */
	public static <E extends Exception> void readAccepting(Path file, Limits limits, Predicate<List<String>> header,
			SheetRows<E> rows) throws WorkbookRefused, E {
		read(file, limits, header, rows);
	}

	private static <E extends Exception> void read(Path file, Limits limits, @Nullable Predicate<List<String>> header,
			SheetRows<E> rows) throws WorkbookRefused, E {
		CappedZip zip = null;
		try {
			zip = new CappedZip(file, limits);
			OPCPackage pkg = OPCPackage.open(zip);
			try {
				readFirstSheet(pkg, zip, new Rows<>(limits.maxRows(), header, rows));
			}
			finally {
				pkg.revert();
			}
		}
		catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
			Stop stop = stopIn(e);
			if (stop != null) {
				throw stop.<E>reason();
			}
			if (zip != null && zip.passed() != null) {
				throw new WorkbookRefused(Problem.TOO_LARGE, zip.passed().megabytes());
			}
			// not a zip, not a workbook, encrypted or damaged
			throw WorkbookRefused.because(Problem.UNREADABLE);
		}
		finally {
			closeQuietly(zip);
		}
	}

	private static void readFirstSheet(OPCPackage pkg, CappedZip zip, Rows<?> rows)
			throws IOException, SAXException, OpenXML4JException, ParserConfigurationException, WorkbookRefused {
		Set<String> sheets = new HashSet<>();
		for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType())) {
			sheets.add(entryName(part));
		}
		// the workbook part is read whole: it may not pass for a sheet to get a sheet's allowance
		var core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (core.size() == 0) {
			throw WorkbookRefused.because(Problem.UNREADABLE);
		}
		sheets.remove(entryName(pkg.getPart(core.getRelationship(0))));
		zip.streamed(sheets);

		XSSFReader reader = new XSSFReader(pkg);
		XSSFReader.SheetIterator iterator = reader.getSheetIterator();
		if (!iterator.hasNext()) {
			throw WorkbookRefused.because(Problem.UNREADABLE);
		}
		StylesTable styles = reader.getStylesTable();
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
		CellWatch watch = new CellWatch(
				new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false), styles);
		rows.watch = watch;
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(watch);
		try (InputStream sheet = iterator.next()) {
			parser.parse(new InputSource(sheet));
		}
		rows.finish();
	}

	private static String entryName(@Nullable PackagePart part) {
		return part == null ? "" : part.getPartName().getName().substring(1);
	}

	private static @Nullable Stop stopIn(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof Stop stop) {
				return stop;
			}
			if (t instanceof SAXException sax && sax.getException() instanceof Stop stop) {
				return stop;
			}
		}
		return null;
	}

	private static void closeQuietly(@Nullable CappedZip zip) {
		if (zip != null && !zip.isClosed()) {
			try {
				zip.close();
			}
			catch (IOException e) {
				// read-only: nothing is lost
			}
		}
	}

	/** Carries a refusal, or the row handler's own exception, out of the SAX callbacks. */
	private static final class Stop extends RuntimeException {

		private final Exception reason;

		Stop(Exception reason) {
			super(reason.getMessage(), null, false, false);
			this.reason = reason;
		}

		@SuppressWarnings("unchecked")
		<E extends Exception> E reason() throws WorkbookRefused {
			if (reason instanceof WorkbookRefused refused) {
				throw refused;
			}
			if (reason instanceof RuntimeException runtime) {
				throw runtime;
			}
			// only the row handler's exceptions, of its declared type E, are carried
			return (E) reason;
		}
	}

	/** Gathers each row's cells and checks the header and the row limit as the rows go by. */
	private static final class Rows<E extends Exception> implements SheetContentsHandler {

		private final int maxRows;

		private final @Nullable Predicate<List<String>> header;

		private final SheetRows<E> handler;

		private final List<SheetCell> cells = new ArrayList<>(16);

		private @Nullable CellWatch watch;

		private boolean sawHeader;

		private int number;

		private int dataRows;

		Rows(int maxRows, @Nullable Predicate<List<String>> header, SheetRows<E> handler) {
			this.maxRows = maxRows;
			this.header = header;
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			number = rowNum + 1;
			cells.clear();
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String formatted, @Nullable XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column < 0 || column > MAX_COLUMN) {
				throw new Stop(WorkbookRefused.because(Problem.UNREADABLE));
			}
			while (cells.size() < column) {
				cells.add(SheetCell.EMPTY);
			}
			if (cells.size() == column && watch != null) {
				cells.add(new SheetCell(formatted == null ? "" : formatted, watch.number(), watch.date()));
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (header != null && !sawHeader) {
				if (number != 1 || !isHeader()) {
					throw new Stop(WorkbookRefused.because(Problem.BAD_HEADER));
				}
				sawHeader = true;
				return;
			}
			if (number == 1 || cells.stream().allMatch(SheetCell::isBlank)) {
				return;
			}
			if (++dataRows > maxRows) {
				throw new Stop(new WorkbookRefused(Problem.TOO_MANY_ROWS, maxRows));
			}
			try {
				handler.row(new SheetRow(number, List.copyOf(cells)));
			}
			catch (Exception e) {
				throw new Stop(e);
			}
		}

		void finish() throws WorkbookRefused {
			if (header != null && !sawHeader) {
				throw WorkbookRefused.because(Problem.BAD_HEADER);
			}
		}

		private boolean isHeader() {
			List<String> actual = cells.stream().map(c -> SearchText.clean(c.text())).toList();
			int end = actual.size();
			while (end > 0 && actual.get(end - 1).isEmpty()) {
				end--;
			}
			return header != null && header.test(actual.subList(0, end));
		}
	}
}
