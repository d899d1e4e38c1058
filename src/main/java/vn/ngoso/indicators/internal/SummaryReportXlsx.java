package vn.ngoso.indicators.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
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
 * The report as a workbook. Sheet one is the report as filed: the administrative heading (issuing
 * body, number, national title, place and date), then one row per figure of each line with its
 * value as a real number ({@code #,##0}, or a percentage), then the recipients and the signer.
 * Sheet two has one row per figure with its code and measure, for whoever adds up several units'
 * reports.
 */
@Component
public class SummaryReportXlsx {

	/** Rows above the table on the report sheet: the heading, title, subject, unit, period, made at. */
	public static final int TABLE_HEADER_ROW = 10;

	private static final int LAST_COLUMN = 4;

	public void write(RenderedReport r, ReportHeading.Text h, OutputStream out) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			reportSheet(workbook.createSheet(r.columns().reportSheet()), r, h, styles);
			detailSheet(workbook.createSheet(r.columns().detailSheet()), r, styles);
			workbook.write(out);
		}
	}

	private static void reportSheet(Sheet sheet, RenderedReport r, ReportHeading.Text h, Styles styles) {
		pair(sheet, 0, h.parentBody(), styles.heading, h.nation(), styles.headingBold);
		pair(sheet, 1, h.issuingBody(), styles.headingBold, h.motto(), styles.motto);
		pair(sheet, 2, h.numberLine(), styles.heading, h.placeAndDate(), styles.italic);
		across(sheet, 4, h.title(), styles.title);
		across(sheet, 5, h.subject(), styles.headingBold);
		across(sheet, 6, r.unit(), styles.heading);
		across(sheet, 7, r.period(), styles.heading);
		across(sheet, 8, r.madeAt(), styles.muted);
		var c = r.columns();
		header(sheet.createRow(TABLE_HEADER_ROW), styles, c.number(), c.indicator(), c.figure(), c.value(), c.source());
		int at = TABLE_HEADER_ROW + 1;
		for (RenderedReport.Row line : r.rows()) {
			List<RenderedReport.Detail> figures = r.details().stream().filter(d -> d.line() == line.number()).toList();
			int first = at;
			for (RenderedReport.Detail d : figures) {
				Row row = sheet.createRow(at++);
				row.createCell(0).setCellValue(line.number());
				row.getCell(0).setCellStyle(styles.centred);
				text(row, 1, line.label(), styles.wrapped);
				text(row, 2, d.name(), styles.wrapped);
				value(row, 3, d, styles);
				text(row, 4, d.source(), styles.wrapped);
			}
			if (at - first > 1) {
				// the line's number and label once, beside its figures
				sheet.addMergedRegion(new CellRangeAddress(first, at - 1, 0, 0));
				sheet.addMergedRegion(new CellRangeAddress(first, at - 1, 1, 1));
			}
		}
		Row legend = sheet.createRow(at + 1);
		text(legend, 0, r.legend(), styles.note);
		legend.setHeightInPoints(60);
		sheet.addMergedRegion(new CellRangeAddress(at + 1, at + 1, 0, LAST_COLUMN));
		// what a reader must know across a reorganisation, under the legend (the table's place is fixed)
		int next = at + 2;
		for (String note : r.notes()) {
			Row row = sheet.createRow(next);
			text(row, 0, note, styles.wrapped);
			row.setHeightInPoints(45);
			sheet.addMergedRegion(new CellRangeAddress(next, next, 0, LAST_COLUMN));
			next++;
		}
		signature(sheet, next + 1, h, styles);
		widths(sheet, 6, 46, 34, 16, 28);
		sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	/** "Nơi nhận" and its list under the first three columns, the signer under the last two. */
	private static void signature(Sheet sheet, int from, ReportHeading.Text h, Styles styles) {
		List<String> left = new ArrayList<>();
		left.add(h.recipientsLabel());
		left.addAll(h.recipients());
		List<String> right = new ArrayList<>();
		if (!h.signerAuthority().isBlank()) {
			right.add(h.signerAuthority());
		}
		right.add(h.signerTitle());
		right.addAll(List.of("", "", ""));
		right.add(h.signerName());
		for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
			pair(sheet, from + i, i < left.size() ? left.get(i) : "", i == 0 ? styles.recipientsLabel : styles.recipient,
					i < right.size() ? right.get(i) : "", styles.headingBold, 2);
		}
	}

	private static void value(Row row, int column, RenderedReport.Detail d, Styles styles) {
		BigDecimal value = d.value();
		if (value == null) {
			text(row, column, d.text(), styles.unknown);
		}
		else if (d.percent()) {
			row.createCell(column).setCellValue(value.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).doubleValue());
			row.getCell(column).setCellStyle(styles.percent);
		}
		else {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(styles.number);
		}
	}

	private static void pair(Sheet sheet, int at, String left, CellStyle leftStyle, String right, CellStyle rightStyle) {
		pair(sheet, at, left, leftStyle, right, rightStyle, 1);
	}

	/** One row of two blocks side by side: columns 0 to {@code split}, and the rest. */
	private static void pair(Sheet sheet, int at, String left, CellStyle leftStyle, String right, CellStyle rightStyle,
			int split) {
		Row row = sheet.createRow(at);
		text(row, 0, left, leftStyle);
		text(row, split + 1, right, rightStyle);
		if (split > 0) {
			sheet.addMergedRegion(new CellRangeAddress(at, at, 0, split));
		}
		if (split + 1 < LAST_COLUMN) {
			sheet.addMergedRegion(new CellRangeAddress(at, at, split + 1, LAST_COLUMN));
		}
	}

	private static void across(Sheet sheet, int at, String value, CellStyle style) {
		text(sheet.createRow(at), 0, value, style);
		sheet.addMergedRegion(new CellRangeAddress(at, at, 0, LAST_COLUMN));
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
			value(row, 3, d, styles);
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

		final CellStyle heading;

		final CellStyle headingBold;

		final CellStyle motto;

		final CellStyle italic;

		final CellStyle recipientsLabel;

		final CellStyle recipient;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			title = centredWith(workbook, big);
			heading = centredWith(workbook, null);
			headingBold = centredWith(workbook, bold);
			Font underlined = workbook.createFont();
			underlined.setBold(true);
			underlined.setUnderline(Font.U_SINGLE);
			motto = centredWith(workbook, underlined);
			Font slanted = workbook.createFont();
			slanted.setItalic(true);
			italic = centredWith(workbook, slanted);
			Font boldSlanted = workbook.createFont();
			boldSlanted.setBold(true);
			boldSlanted.setItalic(true);
			recipientsLabel = workbook.createCellStyle();
			recipientsLabel.setFont(boldSlanted);
			recipient = workbook.createCellStyle();
			muted = workbook.createCellStyle();
			muted.setFont(grey);
			muted.setAlignment(HorizontalAlignment.CENTER);
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

		private static CellStyle centredWith(Workbook workbook, @Nullable Font font) {
			CellStyle style = workbook.createCellStyle();
			if (font != null) {
				style.setFont(font);
			}
			style.setAlignment(HorizontalAlignment.CENTER);
			return style;
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
