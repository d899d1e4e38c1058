package vn.ngoso.reported.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.platform.xlsx.SheetCell;
import vn.ngoso.platform.xlsx.TextRow;
import vn.ngoso.platform.xlsx.XlsxReader;

/**
 * The workbook officers fill in to enter many reported values at once: a fixed header, one row
 * per value. Every column of the template is text, so Excel neither turns {@code 03/2024} into a
 * date nor drops the leading zeros of a unit code; dates and numbers typed anyway are read back
 * as the months and numbers they show.
 */
public final class ReportedWorkbook {

	public static final List<String> HEADER = List.of("Mã đơn vị", "Mã chỉ tiêu", "Từ tháng (MM/yyyy)",
			"Đến tháng (MM/yyyy)", "Giá trị", "Ghi chú");

	public static final List<String> EXAMPLE = List.of("27781", "VNEID_DOSSIERS", "01/2024", "12/2024", "7.350",
			"Số liệu Công an xã gửi ngày 05/01/2025");

	public static final int MAX_ROWS = 2000;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private ReportedWorkbook() {
	}

	public static byte[] template(List<String> indicatorCodes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Số liệu báo cáo");
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setDataFormat(text.getDataFormat());
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			int[] widths = { 12, 30, 18, 18, 14, 40 };
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
				header.getCell(i).setCellStyle(bold);
				example.createCell(i).setCellValue(EXAMPLE.get(i));
				example.getCell(i).setCellStyle(text);
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			Sheet codes = workbook.createSheet("Mã chỉ tiêu");
			codes.createRow(0).createCell(0).setCellValue("Mã chỉ tiêu được nhập");
			codes.getRow(0).getCell(0).setCellStyle(bold);
			for (int i = 0; i < indicatorCodes.size(); i++) {
				codes.createRow(i + 1).createCell(0).setCellValue(indicatorCodes.get(i));
			}
			codes.setColumnWidth(0, 34 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The data rows of the first sheet, blank rows left out; the header must be exactly {@link #HEADER}. */
	public static List<TextRow> read(Path file) throws FileRefused {
		return XlsxReader.readTexts(file, MAX_ROWS, HEADER, "reported.import", ReportedWorkbook::texts);
	}

	/**
	 * Every column as text: months typed as dates come back as {@code MM/yyyy}, numbers in full
	 * without grouping or exponent; anything else as it shows.
	 */
	private static List<String> texts(List<SheetCell> cells) {
		List<String> texts = new ArrayList<>(cells.size());
		for (int c = 0; c < cells.size(); c++) {
			SheetCell cell = cells.get(c);
			LocalDate month = c == 2 || c == 3 ? cell.day() : null;
			String number = cell.plainNumber();
			if (month != null) {
				texts.add(month.format(MONTH));
			}
			else if (number != null) {
				// A decimal comma, so that NumberText does not take 1.351 for one thousand three hundred and fifty-one.
				texts.add(c == 4 ? number.replace('.', ',') : number);
			}
			else {
				texts.add(cell.text().strip());
			}
		}
		return texts;
	}
}
