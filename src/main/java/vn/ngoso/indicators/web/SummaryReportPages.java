package vn.ngoso.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.SummaryReports;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;

/**
 * The report as a page (printable), with the period picker, the way down to the units below and
 * the XLSX and PDF of what is shown. A bad month is shown beside the picker, never as an error page.
 */
@Controller
@RequestMapping("/reports")
class SummaryReportPages {

	/** A period to pick with one tap. */
	record QuickPeriod(String labelKey, YearMonth from, YearMonth to) {
	}

	private final SummaryReports reports;

	private final ReportFiles files;

	private final Territory territory;

	private final CurrentScope scope;

	SummaryReportPages(SummaryReports reports, ReportFiles files, Territory territory, CurrentScope scope) {
		this.reports = reports;
		this.files = files;
		this.territory = territory;
		this.scope = scope;
	}

	@GetMapping("/summary")
	String page(@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model,
			HttpServletResponse response) {
		model.addAttribute("from", from == null || from.isBlank() ? reports.toDate().from().toString() : from.strip());
		model.addAttribute("to", to == null || to.isBlank() ? reports.thisMonth().toString() : to.strip());
		model.addAttribute("quickPeriods", quickPeriods());
		model.addAttribute("thisMonth", reports.thisMonth().toString());
		if ((unit == null || unit.isBlank()) && scope.get().unitId() == null) {
			model.addAttribute("roots", territory.startingPoints());
			return htmx != null ? "indicators/fragments/summary :: report" : "indicators/summary";
		}
		try {
			SummaryReport report = reports.report(unit, from, to);
			model.addAttribute("report", files.render(report, locale));
			model.addAttribute("unit", report.unit());
			model.addAttribute("breadcrumbs", territory.breadcrumbs(report.unit().id()));
			model.addAttribute("children", territory.children(report.unit().id()));
			model.addAttribute("xlsx", link("/reports/summary.xlsx", report));
			model.addAttribute("pdf", link("/reports/summary.pdf", report));
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", e.errors());
			model.addAttribute("errorFields", e.firstKeyByField().keySet());
			model.addAttribute("unitCode", unit);
		}
		return htmx != null ? "indicators/fragments/summary :: report" : "indicators/summary";
	}

	@GetMapping("/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) throws IOException {
		try {
			return files.xlsx(reports.report(unit, from, to), locale);
		}
		catch (InvalidInput e) {
			return backToPage(unit, from, to);
		}
	}

	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) throws IOException {
		try {
			return files.pdf(reports.report(unit, from, to), locale);
		}
		catch (InvalidInput e) {
			return backToPage(unit, from, to);
		}
	}

	/** A download asked with bad parameters: the page says what is wrong. */
	private static ResponseEntity<byte[]> backToPage(@Nullable String unit, @Nullable String from, @Nullable String to) {
		String page = UriComponentsBuilder.fromPath("/reports/summary")
			.queryParamIfPresent("unit", Optional.ofNullable(unit))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to)).encode().build().toUriString();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
	}

	private List<QuickPeriod> quickPeriods() {
		YearMonth now = reports.thisMonth();
		YearMonth quarter = YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1);
		return List.of(new QuickPeriod("report.pick.toDate", SummaryReports.TEAMS_BEGAN, now),
				new QuickPeriod("report.pick.thisYear", YearMonth.of(now.getYear(), 1), now),
				new QuickPeriod("report.pick.lastYear", YearMonth.of(now.getYear() - 1, 1), YearMonth.of(now.getYear() - 1, 12)),
				new QuickPeriod("report.pick.thisQuarter", quarter, now),
				new QuickPeriod("report.pick.thisMonth", now, now));
	}

	private static String link(String path, SummaryReport report) {
		return UriComponentsBuilder.fromPath(path).queryParam("unit", report.unit().code())
			.queryParam("from", report.period().from()).queryParam("to", report.period().to()).build().toUriString();
	}
}
