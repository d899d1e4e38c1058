package vn.ngoso.tasks.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.tasks.CascadeTarget;
import vn.ngoso.tasks.NewTarget;
import vn.ngoso.tasks.Target;
import vn.ngoso.tasks.Targets;
import vn.ngoso.territory.Territory;

/** Targets with live progress (at risk first on request), the form that sets one, and the cascade. */
@Controller
class TargetPages {

	private final Targets targets;

	private final Territory territory;

	TargetPages(Targets targets, Territory territory) {
		this.targets = targets;
		this.territory = territory;
	}

	@GetMapping("/targets")
	String list(@RequestParam(defaultValue = "false") boolean atRisk, Model model) {
		model.addAttribute("targets", atRisk ? targets.atRisk() : targets.all());
		model.addAttribute("atRisk", atRisk);
		model.addAttribute("canSet", targets.canSet());
		return "tasks/targets";
	}

	@GetMapping("/targets/new")
	String form(Model model) {
		if (!targets.canSet()) {
			throw new OutOfScope("targets");
		}
		int year = targets.today().getYear();
		return form(null, null, YearMonth.of(year, 1).toString(), YearMonth.of(year, 12).toString(), null, null, model);
	}

	@PostMapping("/targets")
	String create(@RequestParam(required = false) String indicator, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String value, Model model, RedirectAttributes redirect) {
		try {
			Target target = targets.create(new NewTarget(indicator, unitId, month(from, "from"), month(to, "to"),
					number(value, "value")));
			redirect.addFlashAttribute("flash", "target.created");
			return "redirect:/targets/" + target.id();
		}
		catch (InvalidInput e) {
			return form(indicator, unitId, from, to, value, e, model);
		}
	}

	private String form(String indicator, Long unitId, String from, String to, String value, InvalidInput errors,
			Model model) {
		model.addAttribute("indicators", targets.indicators());
		model.addAttribute("units", territory.filterOptions());
		model.addAttribute("indicator", indicator);
		model.addAttribute("unitId", unitId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("value", value);
		model.addAttribute("errors", errors == null ? null : errors.errors());
		return "tasks/target-form";
	}

	@GetMapping("/targets/{id}")
	String target(@PathVariable long id, Model model) {
		Target target = targets.get(id);
		model.addAttribute("progress", targets.progress(id));
		model.addAttribute("children", targets.progress(targets.children(id)));
		model.addAttribute("canCascade", targets.canSet() && target.split() == null);
		model.addAttribute("childUnits", target.split() == null ? territory.children(target.unitId()) : java.util.List.of());
		return "tasks/target";
	}

	@PostMapping("/targets/{id}/cascade")
	String cascade(@PathVariable long id, @RequestParam(required = false) String split,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			Map<Long, BigDecimal> values = new HashMap<>();
			params.forEach((k, v) -> {
				if (k.startsWith("value_") && !v.isBlank()) {
					values.put(Long.valueOf(k.substring(6)), number(v, "values"));
				}
			});
			Target.Split chosen = split == null || split.isBlank() ? null : Target.Split.valueOf(split);
			targets.cascade(id, new CascadeTarget(chosen, values));
			redirect.addFlashAttribute("flash", "target.cascaded");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("cascadeErrors", e.errors());
		}
		return "redirect:/targets/" + id;
	}

	private static YearMonth month(String text, String field) {
		return DateText.month(field, text);
	}

	/** 80 or 80,5 or 1.200 as Vietnamese people type them. */
	private static BigDecimal number(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		t = t.contains(",") ? t.replace(".", "").replace(',', '.') : t.replaceAll("\\.(?=\\d{3}(\\D|$))", "");
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of(field, "target.value.count");
		}
	}
}
