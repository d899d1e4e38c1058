package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.indicators.SummaryReport;

/**
 * The report in one language, every text already written: what the page, the XLSX and the PDF
 * show, so the three read the same word for word. {@code notes} say how the figures read across a
 * reorganisation, and travel with every rendering: a report sent on as a file must say it too.
 */
public record RenderedReport(SummaryReport report, String title, String unit, String period, String madeAt,
		String legend, List<String> notes, Columns columns, List<Row> rows, List<Detail> details) {

	/** "Trang 2" / "Page 2". */
	public String pageLabel(int page) {
		return columns.page().replace("{0}", String.valueOf(page));
	}

	/**
	 * One line of the report as printed.
	 *
	 * @param known whether any of its figures is known
	 * @param complete whether all of them are (a partly known line is not printed in bold)
	 */
	public record Row(int number, String key, String label, String measure, String value, String sources,
			boolean known, boolean complete) {
	}

	/** One figure with its own value, for the sheet of figures and the JSON. */
	public record Detail(int line, String code, String name, @Nullable BigDecimal value, boolean percent, String text,
			String measure, String source) {
	}

	/** The column headings, in the report's language. */
	public record Columns(String number, String indicator, String value, String source, String line, String code,
			String measure, String reportSheet, String detailSheet, String page, String figure) {
	}
}
