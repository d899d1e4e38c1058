package vn.ngoso.indicators.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.SummaryReports;
import vn.ngoso.indicators.internal.ReportHeading;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * The report as a page (printable), with the period picker, the way up and down the tree and the
 * XLSX and PDF of what is shown. A bad month is shown beside the picker, never as an error page.
 * The unit is {@code unit} (its code) or {@code unitId}: links use the code where it finds the
 * unit, the id where a reused code would find another one.
 */
@Controller
@RequestMapping("/reports")
class SummaryReportPages {

	/** A period to pick with one tap. */
	record QuickPeriod(String labelKey, String href, boolean current) {
	}

	/** A unit whose report is a tap away. */
	record UnitLink(String name, String href) {
	}

	/** A unit closed by a reorganisation that the shown one was formed from, with its last full year's report. */
	record PredecessorLink(String name, String dissolvedOn, String year, String href) {
	}

	/** How a link names a unit: {@code unit=80}, or {@code unitId=4711} where the code would find another. */
	record UnitRef(String param, String value) {
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
	String page(@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@ModelAttribute("heading") ReportHeadingForm heading, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response) {
		String shownFrom = from == null || from.isBlank() ? reports.toDate().from().toString() : from.strip();
		String shownTo = to == null || to.isBlank() ? reports.thisMonth().toString() : to.strip();
		model.addAttribute("from", shownFrom);
		model.addAttribute("to", shownTo);
		model.addAttribute("thisMonth", reports.thisMonth().toString());
		String view = htmx != null ? "indicators/fragments/summary :: report" : "indicators/summary";
		if (unitId == null && (unit == null || unit.isBlank()) && scope.get().unitId() == null) {
			model.addAttribute("roots", territory.startingPoints().stream().map(UnitSummary::unit)
				.map(u -> link(u, shownFrom, shownTo)).toList());
			return view;
		}
		try {
			SummaryReport report = reports.report(unitId, unit, from, to);
			AdminUnit shown = report.unit();
			String from0 = report.period().from().toString();
			String to0 = report.period().to().toString();
			model.addAttribute("report", files.render(report, locale));
			model.addAttribute("unitRef", ref(shown));
			model.addAttribute("breadcrumbs", territory.breadcrumbsForReports(shown.id()).stream()
				.filter(b -> b.id() != shown.id()).map(b -> link(b, from0, to0)).toList());
			model.addAttribute("children", territory.childrenForReports(shown.id()).stream().map(UnitSummary::unit)
				.map(c -> link(c, from0, to0)).toList());
			model.addAttribute("quickPeriods", quickPeriods(shown, report));
			model.addAttribute("predecessors", predecessors(shown));
			model.addAttribute("xlsx", href("/reports/summary.xlsx", shown, from0, to0));
			model.addAttribute("pdf", href("/reports/summary.pdf", shown, from0, to0));
			model.addAttribute("from0", from0);
			model.addAttribute("to0", to0);
			List<InvalidInput.FieldError> headingErrors = new ArrayList<>();
			ReportHeadingForm.bindingErrors(binding, headingErrors);
			heading.resolve(files.defaultHeading(report), files.today(), headingErrors);
			heading.fillIn(files.defaultHeading(report));
			if (!headingErrors.isEmpty()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("headingErrors", headingErrors);
				model.addAttribute("headingErrorFields",
						headingErrors.stream().map(InvalidInput.FieldError::field).collect(Collectors.toSet()));
			}
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// a refused character in the heading is named even when there is no report to show its form
			List<InvalidInput.FieldError> errors = new ArrayList<>(e.errors());
			ReportHeadingForm.bindingErrors(binding, errors);
			model.addAttribute("errors", errors);
			model.addAttribute("errorFields", e.firstKeyByField().keySet());
			if (unitId != null || unit != null) {
				model.addAttribute("unitRef",
						unitId != null ? new UnitRef("unitId", String.valueOf(unitId)) : new UnitRef("unit", unit));
			}
		}
		return view;
	}

	@GetMapping("/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @ModelAttribute("heading") ReportHeadingForm heading,
			BindingResult binding, Locale locale, HttpServletRequest request) throws IOException {
		if (binding.hasErrors()) {
			throw new HeadingRefused(heading, binding, unit, unitId, from, to);
		}
		try {
			SummaryReport report = reports.report(unitId, unit, from, to);
			return files.xlsx(report, heading(report, heading, binding, unit, unitId, from, to), locale);
		}
		catch (InvalidInput e) {
			return backToPage(request);
		}
	}

	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @ModelAttribute("heading") ReportHeadingForm heading,
			BindingResult binding, Locale locale, HttpServletRequest request) throws IOException {
		if (binding.hasErrors()) {
			throw new HeadingRefused(heading, binding, unit, unitId, from, to);
		}
		try {
			SummaryReport report = reports.report(unitId, unit, from, to);
			return files.pdf(report, heading(report, heading, binding, unit, unitId, from, to), locale);
		}
		catch (InvalidInput e) {
			return backToPage(request);
		}
	}

	/** The heading as sent; refused (the page answers, naming what is wrong) when something in it is. */
	private ReportHeading heading(SummaryReport report, ReportHeadingForm form, BindingResult binding,
			@Nullable String unit, @Nullable Long unitId, @Nullable String from, @Nullable String to) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		ReportHeadingForm.bindingErrors(binding, errors);
		ReportHeading heading = form.resolve(files.defaultHeading(report), files.today(), errors);
		if (!errors.isEmpty()) {
			throw new HeadingRefused(form, binding, unit, unitId, from, to);
		}
		return heading;
	}

	/**
	 * A download with a bad heading: the page itself answers 400, the form open with the values
	 * sent and each error named (a redirect would carry a refused control character in its URL).
	 */
	@ExceptionHandler(HeadingRefused.class)
	String refused(HeadingRefused e, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("heading", e.form);
		return page(e.unit, e.unitId, e.from, e.to, null, e.form, e.binding, locale, model, response);
	}

	/** Thrown by a download whose heading is refused, for {@link #refused}. */
	static final class HeadingRefused extends RuntimeException {

		final transient ReportHeadingForm form;

		final transient BindingResult binding;

		final @Nullable String unit;

		final @Nullable Long unitId;

		final @Nullable String from;

		final @Nullable String to;

		HeadingRefused(ReportHeadingForm form, BindingResult binding, @Nullable String unit, @Nullable Long unitId,
				@Nullable String from, @Nullable String to) {
			super("heading refused", null, false, false);
			this.form = form;
			this.binding = binding;
			this.unit = unit;
			this.unitId = unitId;
			this.from = from;
			this.to = to;
		}
	}

	/**
	 * A download asked with bad parameters: the page, with the same parameters, says what is wrong
	 * (beside the period picker, or in the heading's form).
	 */
	private static ResponseEntity<byte[]> backToPage(HttpServletRequest request) {
		var page = UriComponentsBuilder.fromPath("/reports/summary");
		request.getParameterMap().forEach((name, values) -> page.queryParam(name, (Object[]) values));
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page.encode().build().toUriString())).build();
	}

	private List<QuickPeriod> quickPeriods(AdminUnit unit, SummaryReport report) {
		YearMonth now = reports.thisMonth();
		YearMonth quarter = YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1);
		return List.of(quick("report.pick.toDate", unit, SummaryReports.TEAMS_BEGAN, now, report),
				quick("report.pick.thisYear", unit, YearMonth.of(now.getYear(), 1), now, report),
				quick("report.pick.lastYear", unit, YearMonth.of(now.getYear() - 1, 1), YearMonth.of(now.getYear() - 1, 12),
						report),
				quick("report.pick.thisQuarter", unit, quarter, now, report),
				quick("report.pick.thisMonth", unit, now, now, report));
	}

	private QuickPeriod quick(String key, AdminUnit unit, YearMonth from, YearMonth to, SummaryReport report) {
		return new QuickPeriod(key, href("/reports/summary", unit, from.toString(), to.toString()),
				report.period().from().equals(from) && report.period().to().equals(to));
	}

	/** Tỉnh Long An for Tây Ninh: the dissolved units' last full year, one tap away (read-only, aggregates). */
	private List<PredecessorLink> predecessors(AdminUnit shown) {
		if (shown.validTo() != null) {
			return List.of();
		}
		return territory.predecessorsForReports(shown.id()).stream().map(p -> {
			String year = String.valueOf(p.lastFullYear());
			return new PredecessorLink(p.unit().name(), DAY.format(p.dissolvedOn()), year,
					href("/reports/summary", p.unit(), year + "-01", year + "-12"));
		}).toList();
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private UnitLink link(AdminUnit unit, String from, String to) {
		return new UnitLink(unit.name(), href("/reports/summary", unit, from, to));
	}

	private String href(String path, AdminUnit unit, String from, String to) {
		UnitRef ref = ref(unit);
		return UriComponentsBuilder.fromPath(path).queryParam(ref.param(), ref.value()).queryParam("from", from)
			.queryParam("to", to).encode().build().toUriString();
	}

	private UnitRef ref(AdminUnit unit) {
		return reports.codeFinds(unit) ? new UnitRef("unit", unit.code()) : new UnitRef("unitId", String.valueOf(unit.id()));
	}
}
