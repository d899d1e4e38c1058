package vn.ngoso.indicators.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Period;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.SummaryReport.Figure;
import vn.ngoso.indicators.SummaryReport.Line;
import vn.ngoso.indicators.SummaryReports;

/** Writes the report out in one language: labels, values ("chưa có dữ liệu" where unknown), sources. */
@Component
public class SummaryReportText {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final MessageSource messages;

	private final Clock clock;

	SummaryReportText(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public RenderedReport render(SummaryReport report, Locale locale) {
		Texts t = new Texts(locale);
		ZonedDateTime made = report.madeAt().atZone(clock.getZone());
		List<RenderedReport.Row> rows = new ArrayList<>();
		List<RenderedReport.Detail> details = new ArrayList<>();
		for (Line line : report.lines()) {
			rows.add(new RenderedReport.Row(line.number(), line.key(), t.get(line.labelKey()),
					t.get("measure." + line.measure()), value(line, t), sources(line, t), line.known(), line.complete()));
			for (Figure figure : line.figures()) {
				details.add(new RenderedReport.Detail(line.number(), figure.code(), t.get(figure.nameKey()),
						line.applicable() ? figure.value() : null, figure.percent(),
						line.applicable() ? figure(figure, t) : t.get("report.notApplicable"),
						t.get("measure." + figure.measure()),
						figure.source() == null ? t.get("report.source.none") : t.get("source." + figure.source())));
			}
		}
		var columns = new RenderedReport.Columns(t.get("report.column.number"), t.get("report.column.indicator"),
				t.get("report.column.value"), t.get("report.column.source"), t.get("report.column.line"),
				t.get("report.column.code"), t.get("report.column.measure"), t.get("report.sheet.report"),
				t.get("report.sheet.details"), t.get("report.page"), t.get("report.column.figure"));
		return new RenderedReport(report, t.get("report.title"),
				t.get("report.unit", report.unit().name(), report.unit().code()), period(report, t),
				t.get("report.madeAt", made.format(DateTimeFormatter.ofPattern("HH:mm")),
						made.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
				t.get("report.legend"),
				report.notes().stream().map(n -> t.get(n.key(), n.args().toArray())).toList(), columns, rows, details);
	}

	private static String value(Line line, Texts t) {
		if (!line.applicable()) {
			return t.get("report.notApplicable");
		}
		if (!line.known()) {
			return t.get("report.unknown");
		}
		List<Figure> figures = line.figures();
		return switch (line.layout()) {
			case OUT_OF -> figures.stream().map(f -> figure(f, t)).collect(Collectors.joining("/"));
			case SEPARATE -> figures.stream().map(f -> figure(f, t)).collect(Collectors.joining(" / "));
			case WITH_ADDITION -> {
				Figure added = figures.get(1);
				String key = "report.addition." + added.code();
				yield figure(figures.get(0), t) + " "
						+ (added.known() ? t.get(key, figure(added, t)) : t.get(key + ".unknown"));
			}
		};
	}

	private static String figure(Figure figure, Texts t) {
		return figure.value() == null ? t.get("report.unknown")
				: FigureFormat.format(figure.value(), figure.percent(), t.locale());
	}

	private static String sources(Line line, Texts t) {
		if (line.sources().isEmpty()) {
			return t.get("report.source.none");
		}
		return line.sources().stream().map(s -> t.get("source." + s)).collect(Collectors.joining("; "));
	}

	private static String period(SummaryReport report, Texts t) {
		Period p = report.period();
		YearMonth from = p.from();
		YearMonth to = p.to();
		if (report.cumulative()) {
			return t.get("report.period.toDate", SummaryReports.shown(from), SummaryReports.shown(to));
		}
		if (from.equals(to)) {
			return t.get("report.period.month", SummaryReports.shown(from));
		}
		if (from.getYear() == to.getYear() && from.getMonthValue() == 1 && to.getMonthValue() == 12) {
			return t.get("report.period.year", String.valueOf(from.getYear()));
		}
		if (from.getYear() == to.getYear() && from.getMonthValue() % 3 == 1 && p.months() == 3) {
			int quarter = (from.getMonthValue() - 1) / 3;
			return t.get("report.period.quarter", ROMAN[quarter], String.valueOf(from.getYear()),
					String.valueOf(quarter + 1));
		}
		return t.get("report.period.range", SummaryReports.shown(from), SummaryReports.shown(to));
	}

	/** The messages in one locale. */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		Locale locale() {
			return locale;
		}

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}
}
