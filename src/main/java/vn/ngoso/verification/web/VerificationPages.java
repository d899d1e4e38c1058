package vn.ngoso.verification.web;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
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
import vn.ngoso.households.ProvincialApps;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.verification.Sample;
import vn.ngoso.verification.Resolution;
import vn.ngoso.verification.VerificationResult;
import vn.ngoso.verification.Verifications;

/**
 * The month's sample, on an officer's phone: draw it, reveal a resident's phone, record what the
 * resident said. Every write redirects back to the list (Post/Redirect/Get) at the visit's card.
 */
@Controller
@RequestMapping("/verification")
class VerificationPages {

	private final Verifications verifications;

	private final ProvincialApps apps;

	VerificationPages(Verifications verifications, ProvincialApps apps) {
		this.verifications = verifications;
		this.apps = apps;
	}

	@GetMapping
	String sample(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month,
			Model model) {
		AdminUnit unit = verifications.verifyingUnit(unitId);
		YearMonth chosen = month(month);
		if (chosen == null) {
			model.addAttribute("flashError", "verification.month.invalid");
			chosen = verifications.lastMonth();
		}
		model.addAttribute("unit", unit);
		model.addAttribute("month", chosen);
		model.addAttribute("lastMonth", verifications.lastMonth());
		model.addAttribute("appName", apps.nameFor(unit.provinceCode()));
		model.addAttribute("sample", verifications.sample(unit.id(), chosen).orElse(null));
		model.addAttribute("results", VerificationResult.values());
		model.addAttribute("resolutions", Resolution.values());
		model.addAttribute("excludesOpen", verifications.excludesOpen());
		return "verification/sample";
	}

	@PostMapping("/draw")
	String draw(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		AdminUnit unit = verifications.verifyingUnit(unitId);
		YearMonth chosen = month(month);
		if (chosen == null) {
			redirect.addFlashAttribute("flashError", "verification.month.invalid");
			return "redirect:/verification?unitId=" + unit.id();
		}
		try {
			Sample sample = verifications.draw(unit.id(), chosen);
			redirect.addFlashAttribute("flash", "verification.drawn");
			redirect.addFlashAttribute("flashArg", sample.items().size());
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/verification?unitId=" + unit.id() + "&month=" + chosen;
	}

	@PostMapping("/{sampleId}/visits/{visitId}")
	String record(@PathVariable long sampleId, @PathVariable UUID visitId, @RequestParam(required = false) String result,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String month, RedirectAttributes redirect) {
		saved(() -> verifications.record(sampleId, visitId, result(result), reason), "verification.recorded", redirect);
		return back(unitId, month, visitId);
	}

	@PostMapping("/{sampleId}/visits/{visitId}/resolve")
	String resolve(@PathVariable long sampleId, @PathVariable UUID visitId,
			@RequestParam(required = false) String resolution, @RequestParam(required = false) String note,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		saved(() -> verifications.resolve(sampleId, visitId, resolution(resolution), note), "verification.resolve.saved",
				redirect);
		return back(unitId, month, visitId);
	}

	/** Does the work, flashing the saved message or the first refusal. */
	private static void saved(Runnable work, String message, RedirectAttributes redirect) {
		try {
			work.run();
			redirect.addFlashAttribute("flash", message);
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
	}

	/** Back to the sample's page, at the visit's card. */
	private String back(@Nullable Long unitId, @Nullable String month, UUID visitId) {
		YearMonth chosen = month(month);
		return "redirect:/verification?unitId=" + (unitId == null ? "" : unitId)
				+ (chosen == null ? "" : "&month=" + chosen) + "#visit-" + visitId;
	}

	private static @Nullable Resolution resolution(@Nullable String text) {
		return Arrays.stream(Resolution.values()).filter(r -> r.name().equals(text)).findFirst().orElse(null);
	}

	@GetMapping("/{sampleId}/visits/{visitId}/phone")
	String phone(@PathVariable long sampleId, @PathVariable UUID visitId, Model model) {
		model.addAttribute("phone", verifications.revealPhone(sampleId, visitId));
		return "verification/fragments/phone :: phone";
	}

	/** The month asked for (the last one over when none); null when the text is not a month. */
	private @Nullable YearMonth month(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return verifications.lastMonth();
		}
		try {
			return DateText.month(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static @Nullable VerificationResult result(@Nullable String text) {
		if (text == null) {
			return null;
		}
		for (VerificationResult r : VerificationResult.values()) {
			if (r.name().equals(text)) {
				return r;
			}
		}
		return null;
	}
}
