package vn.ngoso.figures.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.figures.Figures;

/**
 * The administrator's page for the live figures: check them against the raw records, and
 * rebuild them all (after loading data by hand, or if the check ever finds a difference).
 */
@Controller
class FigureAdminPages {

	private final Figures figures;

	FigureAdminPages(Figures figures) {
		this.figures = figures;
	}

	@GetMapping("/indicators/figures")
	String page(Model model) {
		figures.checkAccess();
		return "indicators/figures";
	}

	@PostMapping("/indicators/figures/check")
	String check(Model model) {
		List<String> differences = figures.checkAsAdministrator();
		model.addAttribute("checked", true);
		model.addAttribute("differences", differences.stream().limit(50).toList());
		model.addAttribute("differenceCount", differences.size());
		return "indicators/figures";
	}

	@PostMapping("/indicators/figures/recompute")
	String recompute(RedirectAttributes redirect) {
		Figures.Recomputed done = figures.recomputeAsAdministrator();
		redirect.addFlashAttribute("flash", "figures.recomputed");
		redirect.addFlashAttribute("flashArg", String.format("%,d", done.rows()).replace(',', '.'));
		return "redirect:/indicators/figures";
	}

	@PostMapping("/api/v1/indicators/recompute")
	@ResponseBody
	@Operation(summary = "Rebuild every live figure from the raw records (administrators)")
	ResponseEntity<Figures.Recomputed> recomputeApi() {
		return ResponseEntity.ok(figures.recomputeAsAdministrator());
	}
}
