package vn.ngoso.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.FeedbackRouting;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.feedback.PublicFeedback;
import vn.ngoso.platform.InvalidInput;

/**
 * The officers' side: the agency's inbox (or everything raised under an officer's unit), an
 * item with its history and the agency's actions, the routing table the province keeps, and the
 * form on which staff write down a call to the 1022 hotline or what a resident said on a visit.
 */
@Controller
class FeedbackPages {

	private final Feedbacks feedbacks;

	private final FeedbackRouting routing;

	private final vn.ngoso.feedback.FeedbackStats stats;

	private final MessageSource messages;

	FeedbackPages(Feedbacks feedbacks, FeedbackRouting routing, vn.ngoso.feedback.FeedbackStats stats,
			MessageSource messages) {
		this.messages = messages;
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

	/** What the form holds, given back as typed when something was wrong. */
	record RecordForm(@Nullable Channel channel, @Nullable String category, @Nullable Long unitId,
			@Nullable String description, @Nullable String contactName, @Nullable String contactPhone, boolean consent,
			boolean published) {
	}

	/** The form for a call to the 1022 hotline or what a resident said on a visit. */
	@GetMapping("/feedback/new")
	String recordForm(Model model) {
		return recordForm(new RecordForm(Channel.HOTLINE, null, null, null, null, null, false, false), Map.of(), model);
	}

	@PostMapping("/feedback/new")
	String record(@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String contactName,
			@RequestParam(required = false) @Nullable String contactPhone,
			@RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(name = "public", defaultValue = "false") boolean published, Model model, RedirectAttributes redirect) {
		// anything but the two channels offered is refused by the service, with its message
		Channel chosen = java.util.Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
			.orElse(Channel.WEB);
		RecordForm form = new RecordForm(chosen, category, unitId, description, contactName, contactPhone, consent, published);
		try {
			PublicFeedback recorded = feedbacks.record(new NewFeedback(category, description, unitId, null, null, contactName,
					contactPhone, consent, chosen, published));
			redirect.addFlashAttribute("flash", "feedback.recorded");
			redirect.addFlashAttribute("flashArg", recorded.reference());
			return "redirect:/feedback/new";
		}
		catch (InvalidInput e) {
			Map<String, String> errors = FormErrors.byField(e, messages);
			return recordForm(form, errors, model);
		}
	}

	private String recordForm(RecordForm form, Map<String, String> errors, Model model) {
		feedbacks.checkMayRecord();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", feedbacks.categories());
		model.addAttribute("units", feedbacks.recordableUnits());
		model.addAttribute("channels", List.of(Channel.HOTLINE, Channel.VISIT));
		return "feedback/new";
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
			FormErrors.flash(e, redirect);
		}
		return "redirect:/feedback/routes";
	}

	private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/feedback/" + id;
	}
}
