package vn.ngoso.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoso.platform.xlsx.WorkbookRefused.Problem;

/**
 * The streaming workbook reader on its own: what a cell gives (text, number, date), the header
 * check, and each refusal: not a workbook, too many rows (stopping at the first one too many),
 * a sheet or shared strings unpacking past their limits, a cell past Excel's last column or
 * longer than Excel allows.
 */
class XlsxReaderTest {

	private static final List<String> HEADER = List.of("Tên", "Ngày", "Số");

	private static final XlsxReader.Limits ROOMY = new XlsxReader.Limits(100, 10L << 20, 10L << 20);

	@TempDir
	Path dir;

	@Test
	void cellsComeAsTextWithTheirNumbersAndDays() throws Exception {
		Path file = workbook(book -> {
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
			var sheet = book.createSheet();
			header(sheet);
			var row = sheet.createRow(2);
			row.createCell(0).setCellValue("  Lê Văn Tám ");
			row.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue(10.8712);
			row.createCell(4).setCellFormula("2*3");
			sheet.createRow(3).createCell(2).setCellValue(80080012345L);
		});
		// the formula's cached value as Excel would have saved it
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}

		List<SheetRow> rows = read(file, ROOMY, HEADER);

		assertThat(rows).extracting(SheetRow::number).containsExactly(3, 4);
		SheetRow first = rows.get(0);
		assertThat(first.cell(0).text()).isEqualTo("  Lê Văn Tám ");
		assertThat(first.cell(0).number()).isNull();
		assertThat(first.cell(1).day()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(first.cell(2).plainNumber()).isEqualTo("10.8712");
		assertThat(first.cell(2).day()).isNull();
		assertThat(first.cell(3)).isEqualTo(SheetCell.EMPTY);
		assertThat(first.cell(4).plainNumber()).isEqualTo("6");
		assertThat(rows.get(1).cell(2).plainNumber()).isEqualTo("80080012345");
	}

	@Test
	void aWrongOrMissingHeaderIsRefusedAndNoHeaderSkipsRowOne() throws Exception {
		Path wrong = workbook(book -> book.createSheet().createRow(0).createCell(0).setCellValue("Họ tên"));
		assertThat(refusal(wrong, ROOMY, HEADER).problem()).isEqualTo(Problem.BAD_HEADER);
		Path late = workbook(book -> {
			var sheet = book.createSheet();
			sheet.createRow(1).createCell(0).setCellValue("Tên");
		});
		assertThat(refusal(late, ROOMY, HEADER).problem()).isEqualTo(Problem.BAD_HEADER);
		assertThat(refusal(workbook(book -> book.createSheet()), ROOMY, HEADER).problem()).isEqualTo(Problem.BAD_HEADER);

		Path any = workbook(book -> {
			var sheet = book.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("anything");
			sheet.createRow(1).createCell(0).setCellValue("a");
		});
		assertThat(read(any, ROOMY, null)).extracting(SheetRow::number).containsExactly(2);
	}

	@Test
	void readingStopsAtTheFirstRowPastTheLimit() throws Exception {
		Path file = workbook(book -> {
			var sheet = book.createSheet();
			header(sheet);
			for (int r = 1; r <= 10; r++) {
				sheet.createRow(r).createCell(0).setCellValue("hàng " + r);
			}
		});
		List<SheetRow> handed = new ArrayList<>();

		assertThatThrownBy(() -> XlsxReader.read(file, new XlsxReader.Limits(3, 10L << 20, 10L << 20), HEADER, handed::add))
			.isInstanceOfSatisfying(WorkbookRefused.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
				assertThat(e.limit()).isEqualTo(3);
			});
		assertThat(handed).hasSize(3);
	}

	@Test
	void aFileThatIsNoWorkbookIsUnreadable() throws Exception {
		Path text = dir.resolve("a.xlsx");
		Files.writeString(text, "so dien thoai;ngay\n0912345678;01/01/2024\n");
		assertThat(refusal(text, ROOMY, HEADER).problem()).isEqualTo(Problem.UNREADABLE);

		Path zip = dir.resolve("b.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("xin chào".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(refusal(zip, ROOMY, HEADER).problem()).isEqualTo(Problem.UNREADABLE);
	}

	@Test
	void aSheetThatUnpacksPastItsLimitIsRefusedWhileRead() throws Exception {
		String longText = "x".repeat(30_000);
		Path file = workbook(book -> {
			var sheet = book.createSheet();
			header(sheet);
			for (int r = 1; r <= 40; r++) {
				sheet.createRow(r).createCell(0).setCellValue(longText + r);
			}
		});
		Path inline = withSheet(file, sheetOf(40, r -> "<c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + longText
				+ "</t></is></c>"));
		List<SheetRow> handed = new ArrayList<>();

		assertThatThrownBy(() -> XlsxReader.read(inline, new XlsxReader.Limits(100, 1L << 20, 10L << 20), null, handed::add))
			.isInstanceOfSatisfying(WorkbookRefused.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
				assertThat(e.limit()).isEqualTo(1);
			});
		assertThat(handed).hasSizeLessThan(40);
		// the same text as shared strings is held in memory: it counts against the other limit
		assertThat(refusal(file, new XlsxReader.Limits(100, 10L << 20, 1L << 20), HEADER).problem())
			.isEqualTo(Problem.TOO_LARGE);
	}

	@Test
	void aCellPastTheLastColumnOrLongerThanExcelAllowsIsUnreadable() throws Exception {
		Path file = workbook(book -> header(book.createSheet()));
		Path farColumn = withSheet(file, sheetOf(1, r -> "<c r=\"ZZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c>"));
		assertThat(refusal(farColumn, ROOMY, null).problem()).isEqualTo(Problem.UNREADABLE);

		String huge = "y".repeat(CellWatch.MAX_CELL_CHARS + 1);
		Path longCell = withSheet(file, sheetOf(2, r -> "<c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c>"));
		assertThat(refusal(longCell, ROOMY, null).problem()).isEqualTo(Problem.UNREADABLE);
	}

	private interface Filler {

		void fill(XSSFWorkbook book) throws Exception;
	}

	private interface CellXml {

		String of(int row);
	}

	private Path workbook(Filler filler) throws Exception {
		Path file = Files.createTempFile(dir, "b-", ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			filler.fill(book);
			book.write(out);
		}
		return file;
	}

	private static void header(org.apache.poi.ss.usermodel.Sheet sheet) {
		var row = sheet.createRow(0);
		for (int c = 0; c < HEADER.size(); c++) {
			row.createCell(c).setCellValue(HEADER.get(c));
		}
	}

	private static String sheetOf(int rows, CellXml cell) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 1; r <= rows; r++) {
			xml.append("<row r=\"").append(r).append("\">").append(cell.of(r)).append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	/** The same workbook with its first sheet's XML replaced, as a hand-made file could have it. */
	private Path withSheet(Path source, String sheetXml) throws Exception {
		Path file = Files.createTempFile(dir, "w-", ".xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write(sheetXml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
			}
		}
		return file;
	}

	private static List<SheetRow> read(Path file, XlsxReader.Limits limits, List<String> header) throws Exception {
		List<SheetRow> rows = new ArrayList<>();
		XlsxReader.read(file, limits, header, rows::add);
		return rows;
	}

	private static WorkbookRefused refusal(Path file, XlsxReader.Limits limits, List<String> header) {
		try {
			read(file, limits, header);
		}
		catch (WorkbookRefused e) {
			return e;
		}
		catch (Exception e) {
			throw new AssertionError("refused with " + e, e);
		}
		throw new AssertionError("read without refusal");
	}
}
