package vn.ngoso.verification.web;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.verification.DataFlags;
import vn.ngoso.verification.FlagKind;
import vn.ngoso.verification.FlagReview;
import vn.ngoso.verification.FlagRule;
import vn.ngoso.verification.FlagRun;

/**
 * The flags under a unit, for officers: filter by kind, mark one seen or set it aside; the
 * administrator and the province may run the computation for a period, and the administrator
 * changes the thresholds.
 */
@Controller
@RequestMapping("/verification/flags")
class FlagPages {

	private static final int PAGE_SIZE = 25;

	private final DataFlags flags;

	private final Territory territory;

	private final CurrentScope scope;

	FlagPages(DataFlags flags, Territory territory, CurrentScope scope) {
		this.flags = flags;
		this.territory = territory;
		this.scope = scope;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AdminUnit unit = chosen(unitId);
		FlagKind chosenKind = kind(kind);
		model.addAttribute("unit", unit);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("kinds", FlagKind.values());
		model.addAttribute("unitOptions", territory.filterOptions());
		model.addAttribute("page", flags.under(unit.id(), chosenKind, page, PAGE_SIZE));
		Role role = scope.get().role();
		model.addAttribute("mayCompute", role == Role.ADMIN || role == Role.PROVINCE);
		model.addAttribute("mayEditRules", role == Role.ADMIN);
		model.addAttribute("rules", flags.rules());
		model.addAttribute("today", flags.today());
		return "verification/flags";
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) String review,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String kind,
			RedirectAttributes redirect) {
		FlagReview chosen = Arrays.stream(FlagReview.values()).filter(r -> r.name().equals(review)).findFirst()
			.orElse(FlagReview.SEEN);
		flags.review(id, chosen);
		redirect.addFlashAttribute("flash", "flags.reviewed." + chosen.name());
		return back(unitId, kind) + "#flag-" + id;
	}

	@PostMapping("/compute")
	String compute(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		try {
			LocalDate first = DateText.day("from", from);
			LocalDate last = DateText.day("to", to);
			if (first == null || last == null) {
				throw InvalidInput.of("to", "flags.period");
			}
			FlagRun run = flags.compute(first, last);
			redirect.addFlashAttribute("flash", "flags.computed");
			redirect.addFlashAttribute("flashArg", run.flags());
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return back(unitId, null);
	}

	@PostMapping("/rules")
	String rule(@RequestParam String kind, @RequestParam(required = false) Integer threshold,
			@RequestParam(required = false) Integer windowDays, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect) {
		FlagKind chosen = kind(kind);
		try {
			if (chosen == null || threshold == null) {
				throw InvalidInput.of("threshold", "flags.threshold.invalid");
			}
			flags.saveRule(new FlagRule(chosen, threshold, windowDays, enabled));
			redirect.addFlashAttribute("flash", "flags.ruleSaved");
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/verification/flags#rules";
	}

	private AdminUnit chosen(@Nullable Long unitId) {
		if (unitId != null) {
			return territory.get(unitId);
		}
		Long own = scope.get().unitId();
		return territory.get(own != null ? own : territory.startingPoints().get(0).unit().id());
	}

	private static @Nullable FlagKind kind(@Nullable String kind) {
		return Arrays.stream(FlagKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
	}

	private static String back(@Nullable Long unitId, @Nullable String kind) {
		StringBuilder url = new StringBuilder("redirect:/verification/flags");
		String sep = "?";
		if (unitId != null) {
			url.append(sep).append("unitId=").append(unitId);
			sep = "&";
		}
		if (kind(kind) != null) {
			url.append(sep).append("kind=").append(kind);
		}
		return url.toString();
	}
}
