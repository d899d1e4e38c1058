package vn.ngoso.indicators.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The report as a workbook. Sheet one is the report as printed (the same texts as the page and
 * the PDF); sheet two has one row per figure with its value as a real number ({@code #,##0}, or a
 * percentage), for whoever adds up several units' reports.
 */
@Component
public class SummaryReportXlsx {

	/** Rows above the table on the report sheet: title, unit, period, made at, a blank line. */
	public static final int TABLE_HEADER_ROW = 5;

	public void write(RenderedReport r, OutputStream out) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			reportSheet(workbook.createSheet(r.columns().reportSheet()), r, styles);
			detailSheet(workbook.createSheet(r.columns().detailSheet()), r, styles);
			workbook.write(out);
		}
	}

	private static void reportSheet(Sheet sheet, RenderedReport r, Styles styles) {
		text(sheet.createRow(0), 0, r.title(), styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
		text(sheet.createRow(1), 0, r.unit(), null);
		text(sheet.createRow(2), 0, r.period(), null);
		text(sheet.createRow(3), 0, r.madeAt(), styles.muted);
		var c = r.columns();
		header(sheet.createRow(TABLE_HEADER_ROW), styles, c.number(), c.indicator(), c.value(), c.source());
		int at = TABLE_HEADER_ROW + 1;
		for (RenderedReport.Row line : r.rows()) {
			Row row = sheet.createRow(at++);
			row.createCell(0).setCellValue(line.number());
			row.getCell(0).setCellStyle(styles.centred);
			text(row, 1, line.label(), styles.wrapped);
			text(row, 2, line.value(), line.complete() ? styles.value : line.known() ? styles.partial : styles.unknown);
			text(row, 3, line.sources(), styles.wrapped);
		}
		Row legend = sheet.createRow(at + 1);
		text(legend, 0, r.legend(), styles.note);
		legend.setHeightInPoints(60);
		sheet.addMergedRegion(new CellRangeAddress(at + 1, at + 1, 0, 3));
		// what a reader must know across a reorganisation, under the legend (the table's place is fixed)
		int next = at + 2;
		for (String note : r.notes()) {
			Row row = sheet.createRow(next);
			text(row, 0, note, styles.wrapped);
			row.setHeightInPoints(45);
			sheet.addMergedRegion(new CellRangeAddress(next, next, 0, 3));
			next++;
		}
		widths(sheet, 6, 62, 26, 30);
		sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void detailSheet(Sheet sheet, RenderedReport r, Styles styles) {
		text(sheet.createRow(0), 0, r.title(), styles.title);
		text(sheet.createRow(1), 0, r.unit(), null);
		text(sheet.createRow(2), 0, r.period(), null);
		var c = r.columns();
		header(sheet.createRow(4), styles, c.line(), c.code(), c.indicator(), c.value(), c.measure(), c.source());
		int at = 5;
		for (RenderedReport.Detail d : r.details()) {
			Row row = sheet.createRow(at++);
			row.createCell(0).setCellValue(d.line());
			row.getCell(0).setCellStyle(styles.centred);
			text(row, 1, d.code(), null);
			text(row, 2, d.name(), styles.wrapped);
			BigDecimal value = d.value();
			if (value == null) {
				text(row, 3, d.text(), styles.unknown);
			}
			else if (d.percent()) {
				row.createCell(3).setCellValue(value.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).doubleValue());
				row.getCell(3).setCellStyle(styles.percent);
			}
			else {
				row.createCell(3).setCellValue(value.doubleValue());
				row.getCell(3).setCellStyle(styles.number);
			}
			text(row, 4, d.measure(), null);
			text(row, 5, d.source(), styles.wrapped);
		}
		widths(sheet, 7, 30, 56, 16, 26, 34);
		sheet.createFreezePane(0, 5);
	}

	private static void header(Row row, Styles styles, String... titles) {
		for (int i = 0; i < titles.length; i++) {
			text(row, i, titles[i], styles.header);
		}
	}

	private static void text(Row row, int column, String value, @Nullable CellStyle style) {
		row.createCell(column).setCellValue(value);
		if (style != null) {
			row.getCell(column).setCellStyle(style);
		}
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	/** Cell styles are per workbook, and a workbook holds only so many: made once each. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle muted;

		final CellStyle header;

		final CellStyle wrapped;

		final CellStyle centred;

		final CellStyle value;

		final CellStyle partial;

		final CellStyle unknown;

		final CellStyle number;

		final CellStyle percent;

		final CellStyle note;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			title = workbook.createCellStyle();
			title.setFont(big);
			muted = workbook.createCellStyle();
			muted.setFont(grey);
			header = bordered(workbook);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			wrapped = bordered(workbook);
			wrapped.setWrapText(true);
			centred = bordered(workbook);
			centred.setAlignment(HorizontalAlignment.CENTER);
			value = bordered(workbook);
			value.setFont(bold);
			value.setAlignment(HorizontalAlignment.RIGHT);
			value.setWrapText(true);
			partial = bordered(workbook);
			partial.setAlignment(HorizontalAlignment.RIGHT);
			partial.setWrapText(true);
			unknown = bordered(workbook);
			unknown.setFont(grey);
			unknown.setAlignment(HorizontalAlignment.RIGHT);
			number = bordered(workbook);
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			percent = bordered(workbook);
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			note = workbook.createCellStyle();
			note.setWrapText(true);
			note.setVerticalAlignment(VerticalAlignment.TOP);
			note.setFont(grey);
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
