package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.imports.RowError;

/**
 * The row errors and notices of a job as an XLSX file (Dòng, Cột, Giá trị, Lỗi, Loại: a notice is
 * a row left out while its household was imported), streamed: the rows are read with a cursor and
 * written through SXSSF, so a report of every row of a bad file stays small in memory.
 */
@Component
public class ErrorReport {

	/** An XLSX sheet holds 1,048,576 rows; the header takes one. */
	static final int MAX_ROWS = 1_048_575;

	private final ImportJobs jobs;

	ErrorReport(ImportJobs jobs) {
		this.jobs = jobs;
	}

	/** Read in one transaction so that the cursor streams instead of loading every error. */
	@Transactional(readOnly = true)
	public void write(UUID id, Function<ImportJobs.StoredError, RowError> text, Locale locale, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(locale.getLanguage().equals("en") ? "Errors" : "Lỗi");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			boolean english = locale.getLanguage().equals("en");
			String[] headers = english ? new String[] { "Row", "Column", "Value", "Error", "Kind" }
					: new String[] { "Dòng", "Cột", "Giá trị", "Lỗi", "Loại" };
			String errorKind = english ? "Error" : "Lỗi";
			String noticeKind = english ? "Notice" : "Ghi chú";
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
				header.getCell(i).setCellStyle(bold);
			}
			int[] next = { 1 };
			jobs.eachError(id, stored -> {
				if (next[0] > MAX_ROWS) {
					return;
				}
				RowError error = text.apply(stored);
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(error.rowNo());
				row.createCell(1).setCellValue(error.column());
				row.createCell(2).setCellValue(error.value() == null ? "" : error.value());
				row.createCell(3).setCellValue(error.message());
				row.createCell(4).setCellValue(error.notice() ? noticeKind : errorKind);
			});
			int[] widths = { 8, 18, 30, 70, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}
}
