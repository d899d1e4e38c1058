package vn.ngoso.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.Source;
import vn.ngoso.territory.AdminUnit;

/**
 * "Báo cáo kết quả hoạt động Tổ công nghệ số cộng đồng" for one unit and period: the lines of the
 * provincial report in its order, each made of the figures it shows and where they come from.
 * Every rendering (page, XLSX, PDF, JSON) reads this one model, so they cannot disagree.
 *
 * @param cumulative whether the period runs from the start of the teams ("lũy kế")
 */
public record SummaryReport(AdminUnit unit, Period period, boolean cumulative, Instant madeAt, List<Line> lines,
		List<Note> notes) {

	public SummaryReport {
		lines = List.copyOf(lines);
		notes = List.copyOf(notes);
	}

	public SummaryReport(AdminUnit unit, Period period, boolean cumulative, Instant madeAt, List<Line> lines) {
		this(unit, period, cumulative, madeAt, lines, List.of());
	}

	/**
	 * What a reader must know about the figures across a reorganisation (old tree, re-projected,
	 * re-projected only in part), as a message of the reports bundle.
	 */
	public record Note(String key, List<Object> args) {
	}

	public Line line(String key) {
		return lines.stream().filter(l -> l.key().equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(key));
	}

	/** How a line's figures read together. */
	public enum Layout {
		/** One figure, or several side by side: "1.351.439 / 975.628". */
		SEPARATE,
		/** Part of a whole: "188/188". */
		OUT_OF,
		/** A figure and one added to it: "255.600 (+ 23.673 đoàn viên)". */
		WITH_ADDITION
	}

	/**
	 * @param applicable false where the line means nothing at the unit's level (communes with
	 *        teams, for a hamlet)
	 */
	public record Line(int number, String key, Layout layout, boolean applicable, List<Figure> figures) {

		public Line {
			figures = List.copyOf(figures);
		}

		public String labelKey() {
			return "report.line." + key;
		}

		/** The sources of its figures, in order, each once; figures without a source yet left out. */
		public List<Source> sources() {
			return figures.stream().map(Figure::source).filter(Objects::nonNull).distinct().toList();
		}

		/** Whether any of its figures is known. */
		public boolean known() {
			return applicable && figures.stream().anyMatch(Figure::known);
		}

		/** Whether all of its figures are known. */
		public boolean complete() {
			return applicable && figures.stream().allMatch(Figure::known);
		}

		public Measure measure() {
			return figures.get(0).measure();
		}
	}

	/**
	 * One figure: an indicator of the catalogue, or something the report counts itself (the
	 * communes under the unit) or cannot count yet (leaflets, outreach sessions).
	 *
	 * @param source null while nothing provides the figure
	 * @param value null when unknown: nothing recorded, or nothing approved for the period
	 */
	public record Figure(String code, @Nullable Source source, Measure measure, boolean percent,
			@Nullable BigDecimal value, @Nullable Instant changedAt, boolean inCatalogue) {

		public boolean known() {
			return value != null;
		}

		public String nameKey() {
			return inCatalogue ? "indicator." + code + ".name" : "report.figure." + code + ".name";
		}
	}
}
