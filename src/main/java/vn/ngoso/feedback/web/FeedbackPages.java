package vn.ngoso.feedback.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.feedback.FeedbackRouting;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.platform.InvalidInput;

/**
 * The officers' side: the agency's inbox (or everything raised under an officer's unit), an
 * item with its history and the agency's actions, and the routing table the province keeps.
 */
@Controller
class FeedbackPages {

	private final Feedbacks feedbacks;

	private final FeedbackRouting routing;

	private final vn.ngoso.feedback.FeedbackStats stats;

	FeedbackPages(Feedbacks feedbacks, FeedbackRouting routing, vn.ngoso.feedback.FeedbackStats stats) {
		this.feedbacks = feedbacks;
		this.stats = stats;
		this.routing = routing;
	}

	@GetMapping("/feedback")
	String list(@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
		model.addAttribute("items", feedbacks.inbox(!all));
		model.addAttribute("all", all);
		model.addAttribute("today", feedbacks.today());
		return "feedback/list";
	}

	@GetMapping("/feedback/{id}")
	String item(@PathVariable UUID id, Model model) {
		var item = feedbacks.item(id);
		model.addAttribute("item", item);
		model.addAttribute("history", feedbacks.history(id));
		model.addAttribute("canAct", feedbacks.canAct(item));
		model.addAttribute("canRoute", feedbacks.canReroute(item));
		model.addAttribute("agencies", feedbacks.agencies());
		model.addAttribute("today", feedbacks.today());
		return "feedback/item";
	}

	@PostMapping("/feedback/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.flash.accepted", () -> feedbacks.accept(id));
	}

	@PostMapping("/feedback/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.flash.answered", () -> feedbacks.answer(id, answer));
	}

	@PostMapping("/feedback/{id}/reroute")
	String reroute(@PathVariable UUID id, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		String next = act(id, redirect, "feedback.flash.rerouted", () -> feedbacks.reroute(id, agency, reason));
		// once re-routed, an agency officer no longer sees the item
		return redirect.getFlashAttributes().containsKey("flash") && !feedbacks.inbox(false).stream()
			.anyMatch(i -> i.id().equals(id)) ? "redirect:/feedback" : next;
	}

	@GetMapping("/feedback/stats")
	String stats(@RequestParam(name = "year", required = false) @Nullable Integer year, Model model) {
		int y = year == null || year < 2020 || year > feedbacks.today().getYear() ? feedbacks.today().getYear() : year;
		java.time.LocalDate from = java.time.LocalDate.of(y, 1, 1);
		java.time.LocalDate to = java.time.LocalDate.of(y, 12, 31);
		model.addAttribute("year", y);
		model.addAttribute("byCategory", stats.byCategory(from, to, feedbacks.today()));
		model.addAttribute("byAgency", stats.byAgency(from, to, feedbacks.today()));
		return "feedback/stats";
	}

	@GetMapping("/feedback/routes")
	String routes(Model model) {
		model.addAttribute("routes", routing.routes());
		model.addAttribute("canEdit", routing.canEdit());
		model.addAttribute("categories", feedbacks.categories());
		model.addAttribute("agencies", feedbacks.agencies());
		return "feedback/routes";
	}

	@PostMapping("/feedback/routes")
	String setRoute(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String agency,
			RedirectAttributes redirect) {
		try {
			routing.setRoute(category, unitCode, agency);
			redirect.addFlashAttribute("flash", "feedback.routes.saved");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/feedback/routes";
	}

	private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
		}
		return "redirect:/feedback/" + id;
	}
}
