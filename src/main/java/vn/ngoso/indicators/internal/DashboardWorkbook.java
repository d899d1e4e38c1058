package vn.ngoso.indicators.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.internal.DashboardView.MonthFigures;
import vn.ngoso.indicators.internal.DashboardView.Tile;

/**
 * A dashboard's tables as an Excel workbook, one sheet per table: a title and the period on top,
 * then a header row and real numbers (counts as {@code #,##0}, rates as Excel percentages, times
 * as dates), so the figures can be summed and charted again. A few hundred rows at most: no
 * streaming needed.
 */
@Component
public class DashboardWorkbook {

	/** Rows above each sheet's header row: the title, the period, a blank line. */
	public static final int HEADER_ROW = 3;

	public void write(DashboardView view, List<DashboardTable> tables, ValueFormat fmt, OutputStream out)
			throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			for (DashboardTable table : tables) {
				Sheet sheet = workbook.createSheet(fmt.text(table.sheetKey()));
				Writer writer = new Writer(sheet, styles, fmt);
				writer.title(view);
				switch (table) {
					case INDICATORS -> indicators(view, writer, fmt);
					case CHILDREN -> children(view, writer, fmt);
					case RANKING -> ranking(view, writer, fmt);
					case TREND -> trend(view, writer, fmt);
					case REPORTED -> reported(view, writer, fmt);
				}
			}
			workbook.write(out);
		}
	}

	private static void indicators(DashboardView view, Writer w, ValueFormat fmt) {
		w.header(List.of("dashboard.xlsx.indicator", "dashboard.xlsx.value", "dashboard.xlsx.unitOfMeasure",
				"dashboard.xlsx.measure", "dashboard.xlsx.target", "dashboard.xlsx.light", "dashboard.xlsx.updated"),
				new int[] { 52, 14, 10, 26, 14, 20, 18 });
		for (Tile tile : view.tiles()) {
			Indicator indicator = tile.indicator();
			Row row = w.row();
			row.createCell(0).setCellValue(fmt.text("dashboard.tile." + indicator.code()));
			w.value(row, 1, tile.figure().value(), indicator.percent());
			row.createCell(2).setCellValue(fmt.text(indicator.percent() ? "dashboard.xlsx.percent" : "dashboard.xlsx.count"));
			row.createCell(3).setCellValue(fmt.text("measure." + indicator.measure()));
			if (tile.target() != null) {
				w.value(row, 4, tile.target().value(), indicator.percent());
			}
			if (tile.light() != null) {
				row.createCell(5).setCellValue(fmt.text("dashboard.light." + tile.light()));
			}
			w.time(row, 6, tile.figure().changedAt());
			if (tile.outOf() != null) {
				Row outOf = w.row();
				outOf.createCell(0).setCellValue(fmt.text("dashboard.xlsx.communes"));
				w.value(outOf, 1, BigDecimal.valueOf(tile.outOf()), false);
				outOf.createCell(2).setCellValue(fmt.text("dashboard.xlsx.count"));
			}
		}
	}

	private static void children(DashboardView view, Writer w, ValueFormat fmt) {
		List<String> headers = new ArrayList<>(List.of("dashboard.unit", "dashboard.xlsx.unitCode"));
		boolean communes = view.childrenCountCommunes();
		if (communes) {
			headers.add("dashboard.col.outOf");
			headers.add("dashboard.xlsx.communes");
		}
		Dashboards.COLUMNS.forEach(c -> headers.add("dashboard.col." + c));
		int[] widths = new int[headers.size()];
		java.util.Arrays.fill(widths, 14);
		widths[0] = 30;
		w.header(headers, widths);
		for (UnitFigures child : view.children()) {
			unitRow(w, w.row(), child, communes, child.unit().name());
		}
		unitRow(w, w.row(), view.own(), communes, fmt.text("dashboard.children.total", view.unit().name()));
	}

	private static void unitRow(Writer w, Row row, UnitFigures figures, boolean communes, String name) {
		row.createCell(0).setCellValue(name);
		row.createCell(1).setCellValue(figures.unit().code());
		int column = 2;
		if (communes) {
			w.value(row, column++, figures.value(Indicators.COMMUNES_WITH_TEAMS), false);
			w.value(row, column++, figures.communes() == null ? null : BigDecimal.valueOf(figures.communes()), false);
		}
		for (String code : Dashboards.COLUMNS) {
			w.value(row, column++, figures.value(code), code.equals(Indicators.COVERED_RATE));
		}
	}

	private static void ranking(DashboardView view, Writer w, ValueFormat fmt) {
		w.header(List.of("dashboard.ranking.rank", "dashboard.unit", "dashboard.col.COVERED_RATE",
				"dashboard.col.COVERED_HOUSEHOLDS", "dashboard.col.HOUSEHOLDS"), new int[] { 8, 30, 16, 16, 12 });
		int rank = 1;
		for (UnitFigures child : view.ranking()) {
			Row row = w.row();
			row.createCell(0).setCellValue(rank++);
			row.createCell(1).setCellValue(child.unit().name());
			w.value(row, 2, child.coveredRate(), true);
			w.value(row, 3, child.value(Indicators.COVERED_HOUSEHOLDS), false);
			w.value(row, 4, child.value(Indicators.HOUSEHOLDS), false);
		}
		for (UnitFigures child : view.unranked()) {
			Row row = w.row();
			row.createCell(1).setCellValue(child.unit().name());
			w.value(row, 2, null, true);
			w.value(row, 3, child.value(Indicators.COVERED_HOUSEHOLDS), false);
			w.value(row, 4, child.value(Indicators.HOUSEHOLDS), false);
		}
	}

	private static void trend(DashboardView view, Writer w, ValueFormat fmt) {
		w.header(List.of("dashboard.trend.month", "dashboard.trend.covered", "dashboard.trend.visits"),
				new int[] { 12, 26, 24 });
		for (MonthFigures month : view.trend()) {
			Row row = w.row();
			row.createCell(0).setCellValue(fmt.month(month.month()));
			w.value(row, 1, month.covered(), false);
			w.value(row, 2, month.visits(), false);
		}
	}

	private static void reported(DashboardView view, Writer w, ValueFormat fmt) {
		w.header(List.of("dashboard.reported.indicator", "dashboard.reported.source", "dashboard.reported.value",
				"dashboard.reported.updated"), new int[] { 52, 30, 16, 18 });
		for (Tile tile : view.reported()) {
			Row row = w.row();
			row.createCell(0).setCellValue(fmt.text(tile.indicator().nameKey()));
			row.createCell(1).setCellValue(fmt.text("source." + tile.indicator().source()));
			FigureValue figure = tile.figure();
			w.value(row, 2, figure.value(), tile.indicator().percent());
			w.time(row, 3, figure.changedAt());
		}
	}

	private record Styles(CellStyle bold, CellStyle count, CellStyle percent, CellStyle time) {

		Styles(XSSFWorkbook workbook) {
			this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle(),
					workbook.createCellStyle());
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var formats = workbook.createDataFormat();
			count.setDataFormat(formats.getFormat("#,##0"));
			percent.setDataFormat(formats.getFormat("0.0%"));
			time.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
		}
	}

	/** Writes one sheet row by row. */
	private static final class Writer {

		private final Sheet sheet;

		private final Styles styles;

		private final ValueFormat fmt;

		private int next;

		Writer(Sheet sheet, Styles styles, ValueFormat fmt) {
			this.sheet = sheet;
			this.styles = styles;
			this.fmt = fmt;
		}

		void title(DashboardView view) {
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(fmt.text("dashboard.xlsx.title", view.unit().name()));
			title.setCellStyle(styles.bold());
			sheet.createRow(1).createCell(0).setCellValue(fmt.text("dashboard.xlsx.period",
					fmt.text(view.period().labelKey(), view.period().labelArgs())));
			next = HEADER_ROW;
		}

		void header(List<String> keys, int[] widths) {
			Row row = row();
			for (int i = 0; i < keys.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(fmt.text(keys.get(i)));
				cell.setCellStyle(styles.bold());
				sheet.setColumnWidth(i, widths[i] * 256);
			}
		}

		Row row() {
			return sheet.createRow(next++);
		}

		/** A count, or a rate as an Excel percentage (45.0 → 0.45 shown as 45,0%); the words for unknown. */
		void value(Row row, int column, @Nullable BigDecimal value, boolean percent) {
			Cell cell = row.createCell(column);
			if (value == null) {
				cell.setCellValue(fmt.noData());
				return;
			}
			if (percent) {
				cell.setCellValue(value.movePointLeft(2).doubleValue());
				cell.setCellStyle(styles.percent());
			}
			else {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(styles.count());
			}
		}

		void time(Row row, int column, @Nullable Instant instant) {
			if (instant == null) {
				return;
			}
			Cell cell = row.createCell(column);
			cell.setCellValue(instant.atZone(ValueFormat.VIETNAM).toLocalDateTime());
			cell.setCellStyle(styles.time());
		}
	}
}
