package vn.ngoso.indicators.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.indicators.Confidence;
import vn.ngoso.indicators.IndicatorTargets;
import vn.ngoso.indicators.internal.ChartData;
import vn.ngoso.indicators.internal.DashboardTable;
import vn.ngoso.indicators.internal.DashboardView;
import vn.ngoso.indicators.internal.DashboardWorkbook;
import vn.ngoso.indicators.internal.Dashboards;
import vn.ngoso.indicators.internal.FigureFormat;
import vn.ngoso.indicators.internal.PeriodChoice;
import vn.ngoso.indicators.internal.ValueFormat;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;

/**
 * A unit's dashboard for a period. Links carry the period as {@code from} and {@code to}; the
 * picker's form is sent with htmx (only the dashboard is swapped, and the address bar gets the
 * short link) or, without JavaScript, redirected to that short link.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPages {

	private final Dashboards dashboards;

	private final Territory territory;

	private final DashboardWorkbook workbook;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final IndicatorTargets targets;

	/** The confidence figure's maker (module verification), when the application has one. */
	private final ObjectProvider<Confidence.Source> confidence;

	DashboardPages(Dashboards dashboards, Territory territory, DashboardWorkbook workbook, MessageSource messages,
			JsonMapper json, Clock clock, IndicatorTargets targets,
			ObjectProvider<Confidence.Source> confidence) {
		this.confidence = confidence;
		this.targets = targets;
		this.dashboards = dashboards;
		this.territory = territory;
		this.workbook = workbook;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** The caller's own unit (a hamlet for team leaders and members); an administrator chooses a province. */
	@GetMapping
	String start(Model model) {
		var starts = territory.startingPoints();
		if (starts.size() == 1) {
			return "redirect:/dashboard/" + starts.get(0).unit().id();
		}
		PeriodChoice period = PeriodChoice.yearToDate(today());
		model.addAttribute("roots", dashboards.roots(starts, period.period()));
		model.addAttribute("period", period);
		model.addAttribute("fmt", format());
		return "indicators/roots";
	}

	@GetMapping("/{unitId}")
	String unit(@PathVariable long unitId, PeriodChoice.Form form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PeriodChoice period;
		try {
			period = PeriodChoice.of(form, today());
		}
		catch (InvalidInput e) {
			period = PeriodChoice.yearToDate(today());
			model.addAttribute("periodError", e.errors().get(0));
		}
		String link = request.getContextPath() + "/dashboard/" + unitId + "?" + period.query();
		if (htmx == null && form.kind() != null && !model.containsAttribute("periodError")) {
			territory.get(unitId);
			return "redirect:/dashboard/" + unitId + "?" + period.query();
		}
		DashboardView view = dashboards.of(unitId, period);
		ValueFormat fmt = format();
		model.addAttribute("view", view);
		model.addAttribute("fmt", fmt);
		model.addAttribute("canSetTargets", targets.canSet());
		// issue 18: beside the headline figures, how far they can be trusted
		Confidence trust = confidence.getIfAvailable() == null ? null
				: confidence.getObject().of(view.unit(), period.period());
		if (trust != null && trust.any()) {
			model.addAttribute("confidence", trust);
			model.addAttribute("confidencePercent", trust.percent() == null ? "—"
					: FigureFormat.format(trust.percent(), true, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("kinds", PeriodChoice.Kind.values());
		model.addAttribute("columns", Dashboards.COLUMNS);
		model.addAttribute("years", PeriodChoice.years(today()));
		model.addAttribute("childrenChart", json.writeValueAsString(ChartData.children(view, fmt, request.getContextPath())));
		model.addAttribute("trendChart", json.writeValueAsString(ChartData.trend(view, fmt)));
		if (htmx != null) {
			response.setHeader("HX-Push-Url", link);
			return "indicators/fragments/dashboard :: dashboard";
		}
		return "indicators/dashboard";
	}

	/** Every table of the dashboard (or the one named by {@code table}) as an Excel workbook. */
	@GetMapping("/{unitId}/export.xlsx")
	void export(@PathVariable long unitId, PeriodChoice.Form form, @RequestParam(required = false) String table,
			HttpServletResponse response) throws IOException {
		PeriodChoice period = PeriodChoice.of(form, today());
		DashboardView view = dashboards.of(unitId, period);
		String name = "bang-dieu-khien-" + view.unit().code() + "-" + period.from() + "-" + period.to()
				+ (table == null || table.isBlank() ? "" : "-" + DashboardTable.chosen(table).get(0).param()) + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		workbook.write(view, DashboardTable.chosen(table), format(), response.getOutputStream());
	}

	/** Only the export can be refused this way: the page falls back to the year to date and says why. */
	@ExceptionHandler(InvalidInput.class)
	String invalid(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
		return "error";
	}

	private ValueFormat format() {
		return new ValueFormat(LocaleContextHolder.getLocale(), messages);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
