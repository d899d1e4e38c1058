package vn.ngoso.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.IndicatorTargets;
import vn.ngoso.indicators.internal.TargetRules;
import vn.ngoso.indicators.internal.ValueFormat;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * A unit's targets for officers: those in force for a year and where each comes from, the unit's
 * own (set, change, remove) and their history. A unit outside the scope, or a caller who is not
 * an officer, is not found, as everywhere.
 */
@Controller
@RequestMapping("/indicators/targets")
class IndicatorTargetPages {

	/** The form's fields, kept as typed when refused. */
	record Form(String indicator, String year, String value, String note) {
	}

	private final IndicatorTargets targets;

	private final Indicators indicators;

	private final Territory territory;

	private final MessageSource messages;

	private final Clock clock;

	IndicatorTargetPages(IndicatorTargets targets, Indicators indicators, Territory territory, MessageSource messages,
			Clock clock) {
		this.targets = targets;
		this.indicators = indicators;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
	}

	/** The caller's own unit; an administrator starts from the first root. */
	@GetMapping
	String start() {
		requireOfficer();
		return "redirect:/indicators/targets/" + territory.startingPoints().get(0).unit().id();
	}

	@GetMapping("/{unitId}")
	String page(@PathVariable long unitId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String indicator, Model model) {
		requireOfficer();
		int shown = shownYear(year, model);
		String chosen = indicator != null && indicators.find(indicator).isPresent() ? indicator : "";
		return render(unitId, shown, new Form(chosen, String.valueOf(shown), "", ""), Map.of(), model);
	}

	@PostMapping("/{unitId}")
	String set(@PathVariable long unitId, Form form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			targets.set(unitId, form.indicator(), form.year(), form.value(), form.note());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Integer year = TargetRules.year(form.year());
			return render(unitId, year == null ? thisYear() : year, form, errors(e), model);
		}
		redirect.addFlashAttribute("flash", "goal.flash.saved");
		return "redirect:/indicators/targets/" + unitId + "?year=" + form.year().strip();
	}

	@PostMapping("/{unitId}/remove")
	String remove(@PathVariable long unitId, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String year, RedirectAttributes redirect) {
		try {
			targets.remove(unitId, indicator, year);
			redirect.addFlashAttribute("flash", "goal.flash.removed");
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		Integer shown = TargetRules.year(year);
		return "redirect:/indicators/targets/" + unitId + (shown == null ? "" : "?year=" + shown);
	}

	private String render(long unitId, int year, Form form, Map<String, String> errors, Model model) {
		AdminUnit unit = territory.get(unitId);
		model.addAttribute("unit", unit);
		model.addAttribute("breadcrumbs", territory.breadcrumbs(unitId));
		model.addAttribute("year", year);
		model.addAttribute("years", IntStream.rangeClosed(TargetRules.FIRST_YEAR, TargetRules.LAST_YEAR).boxed().toList());
		model.addAttribute("inForce", targets.inForce(unit, year));
		model.addAttribute("own", targets.own(unitId));
		model.addAttribute("history", targets.history(unitId, 100));
		model.addAttribute("settable", indicators.all().stream().filter(TargetRules::settable).toList());
		model.addAttribute("catalogue", catalogue());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxNote", TargetRules.MAX_NOTE);
		model.addAttribute("fmt", new ValueFormat(LocaleContextHolder.getLocale(), messages));
		return "indicators/targets";
	}

	private Map<String, Indicator> catalogue() {
		Map<String, Indicator> map = new LinkedHashMap<>();
		indicators.all().forEach(i -> map.put(i.code(), i));
		return map;
	}

	private Map<String, String> errors(InvalidInput e) {
		return FormErrors.byField(e, messages);
	}

	private int shownYear(String year, Model model) {
		if (year == null || year.isBlank()) {
			return thisYear();
		}
		Integer y = TargetRules.year(year);
		if (y == null) {
			model.addAttribute("yearError", messages.getMessage("goal.year.invalid",
					TargetRules.yearRange(), LocaleContextHolder.getLocale()));
			return thisYear();
		}
		return y;
	}

	private int thisYear() {
		return Math.min(TargetRules.LAST_YEAR, LocalDate.now(clock).getYear());
	}

	private void requireOfficer() {
		if (!targets.canSet()) {
			throw new OutOfScope("indicator targets");
		}
	}
}
