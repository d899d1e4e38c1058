package vn.ngoso.territory.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.ShippedPlan;
import vn.ngoso.territory.Territory;

/**
 * The plan form, its preview (the dry run) and the apply step; a unit's history. The previewed
 * plan waits in the session, so "Áp dụng" applies exactly what was shown (checked again).
 */
@Controller
class ReorganisationPages {

	private static final String PLAN = "reorganisation.plan";

	private final Reorganisations reorganisations;

	private final Territory territory;

	ReorganisationPages(Reorganisations reorganisations, Territory territory) {
		this.reorganisations = reorganisations;
		this.territory = territory;
	}

	@GetMapping("/units/reorganisation")
	String form(Model model) {
		requireAllowed();
		model.addAttribute("effective", ShippedPlan.EFFECTIVE);
		return "territory/reorganisation";
	}

	@PostMapping("/units/reorganisation/preview")
	String preview(@RequestParam(required = false) MultipartFile units, @RequestParam(required = false) MultipartFile mapping,
			@RequestParam(required = false) MultipartFile hamlets, @RequestParam(required = false) String effective,
			HttpSession session, Model model) throws IOException {
		ReorganisationPlan plan = PlanUpload.of(units, mapping, hamlets, effective);
		ReorganisationPreview preview = reorganisations.preview(plan);
		if (preview.canApply()) {
			session.setAttribute(PLAN, plan);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("effective", plan.effective());
		return "territory/reorganisation";
	}

	@PostMapping("/units/reorganisation/apply")
	String apply(HttpSession session, Model model) {
		requireAllowed();
		if (!(session.getAttribute(PLAN) instanceof ReorganisationPlan plan)) {
			return "redirect:/units/reorganisation";
		}
		try {
			model.addAttribute("applied", reorganisations.apply(plan));
			session.removeAttribute(PLAN);
		}
		catch (InvalidInput e) {
			model.addAttribute("preview", ReorganisationPreview.refused(plan.effective(), e.errors()));
		}
		model.addAttribute("effective", plan.effective());
		return "territory/reorganisation";
	}

	@GetMapping("/units/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("history", reorganisations.history(id));
		model.addAttribute("breadcrumbs", territory.breadcrumbs(id));
		return "territory/history";
	}

	private void requireAllowed() {
		if (!reorganisations.mayReorganise()) {
			throw new OutOfScope("reorganisation");
		}
	}
}
