package vn.ngoso.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.figures.Measure;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.SummaryReports;
import vn.ngoso.indicators.internal.RenderedReport;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The provincial report of the community digital technology teams, for a unit of "
		+ "the caller's subtree")
class SummaryReportApi {

	record ReportJson(String title, UnitJson unit, PeriodJson period, Instant madeAt, List<LineJson> lines,
			String legend, List<String> notes) {
	}

	record UnitJson(long id, String code, String name, String type) {
	}

	record PeriodJson(YearMonth from, YearMonth to, boolean cumulative, String label) {
	}

	record LineJson(int number, String key, String label, String value, boolean known, boolean complete,
			boolean applicable, String measure, String sources, List<FigureJson> figures) {
	}

	record FigureJson(String code, String name, @Nullable BigDecimal value, boolean percent, String text,
			@Nullable String source, String sourceName, Measure measure, @Nullable Instant changedAt) {
	}

	private final SummaryReports reports;

	private final ReportFiles files;

	private final Territory territory;

	SummaryReportApi(SummaryReports reports, ReportFiles files, Territory territory) {
		this.territory = territory;
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/summary")
	@Operation(summary = "Báo cáo kết quả hoạt động Tổ công nghệ số cộng đồng: the lines of the provincial report for a "
			+ "unit (by default the caller's own) and period, each figure with its source (tracked by the platform, or reported by an agency and "
			+ "approved); unknown figures are null", responses = {
					@ApiResponse(responseCode = "200", description = "The report", content = {
							@Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)),
							@Content(mediaType = ReportFiles.XLSX), @Content(mediaType = "application/pdf") }),
					@ApiResponse(responseCode = "400", description = "A bad parameter, named in the problem JSON",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "No such unit in the caller's subtree",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<?> summary(
			@ParameterObject UnitQuery unit,
			@Parameter(description = "First month, YYYY-MM; default 2022-01 (to date, lũy kế)")
			@RequestParam(required = false) @Nullable String from,
			@Parameter(description = "Last month, YYYY-MM; default the current month")
			@RequestParam(required = false) @Nullable String to,
			@Parameter(description = "json, xlsx or pdf") @RequestParam(defaultValue = "json") String format,
			Locale locale) throws IOException {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String kind = format.strip().toLowerCase(Locale.ROOT);
		if (!List.of("json", "xlsx", "pdf").contains(kind)) {
			errors.add(new InvalidInput.FieldError("format", "report.param.format", format));
		}
		SummaryReport report = null;
		try {
			// a date or an id names one version of a unit; a bare code is today's version, read by the report itself
			Long id = unit.at() == null && unit.unitId() == null ? null
					: territory.find(unit.reference()).map(AdminUnit::id).orElse(null);
			report = reports.report(id, unit.unit(), from, to);
		}
		catch (InvalidInput e) {
			errors.addAll(e.errors());
		}
		if (!errors.isEmpty() || report == null) {
			throw new InvalidInput(errors);
		}
		return switch (kind) {
			case "xlsx" -> files.xlsx(report, locale);
			case "pdf" -> files.pdf(report, locale);
			default -> ResponseEntity.ok(json(files.render(report, locale)));
		};
	}

	private static ReportJson json(RenderedReport r) {
		SummaryReport report = r.report();
		List<LineJson> lines = new ArrayList<>();
		for (int i = 0; i < report.lines().size(); i++) {
			SummaryReport.Line line = report.lines().get(i);
			RenderedReport.Row row = r.rows().get(i);
			List<FigureJson> figures = new ArrayList<>();
			List<RenderedReport.Detail> details = r.details().stream().filter(d -> d.line() == line.number()).toList();
			for (int f = 0; f < line.figures().size(); f++) {
				SummaryReport.Figure figure = line.figures().get(f);
				RenderedReport.Detail detail = details.get(f);
				figures.add(new FigureJson(figure.code(), detail.name(), detail.value(), figure.percent(), detail.text(),
						figure.source() == null ? null : figure.source().name(), detail.source(), figure.measure(),
						figure.changedAt()));
			}
			lines.add(new LineJson(line.number(), line.key(), row.label(), row.value(), row.known(), row.complete(),
					line.applicable(),
					row.measure(), row.sources(), figures));
		}
		return new ReportJson(r.title(), new UnitJson(report.unit().id(), report.unit().code(), report.unit().name(), report.unit().type().name()),
				new PeriodJson(report.period().from(), report.period().to(), report.cumulative(), r.period()),
				report.madeAt(), lines, r.legend(), r.notes());
	}
}
