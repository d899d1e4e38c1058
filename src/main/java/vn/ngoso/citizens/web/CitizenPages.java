package vn.ngoso.citizens.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.ngoso.citizens.HamletTeam;
import vn.ngoso.citizens.TeamDirectory;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.feedback.PublicFeedback;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.feedback.Throttled;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.web.BindingErrors;
import vn.ngoso.tasks.VisitRequests;

/**
 * The citizens' page at {@code /cong-dan}: find a hamlet and its team, send feedback about it,
 * follow an item (or a visit request) by reference and reopen its answer. Post/Redirect/Get; a refused form is shown
 * again with the message beside each field, and nothing is written.
 */
@Controller
@RequestMapping("/cong-dan")
class CitizenPages {

	private final TeamDirectory directory;

	private final Feedbacks feedbacks;

	private final VisitRequests visitRequests;

	private final SubmissionThrottle throttle;

	private final HamletPage page;

	CitizenPages(TeamDirectory directory, Feedbacks feedbacks, VisitRequests visitRequests, SubmissionThrottle throttle,
			HamletPage page) {
		this.directory = directory;
		this.feedbacks = feedbacks;
		this.visitRequests = visitRequests;
		this.throttle = throttle;
		this.page = page;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("category", "description", "lat", "lon", "contactName", "contactPhone", "consent", "public", "website");
	}

	@GetMapping
	String home(@RequestParam(name = "q", required = false) @Nullable String q, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("results", query.isEmpty() ? List.of() : directory.search(query, 20));
		return "citizens/home";
	}

	@GetMapping("/ap/{id}")
	String hamlet(@PathVariable long id, Model model) {
		model.addAttribute("form", new FeedbackForm());
		return hamletPage(id, model);
	}

	@PostMapping("/ap/{id}/phan-anh")
	String send(@PathVariable long id, @ModelAttribute("form") FeedbackForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		HamletTeam hamlet = page.hamlet(id);
		if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
			return refused(response, model, id, "feedback.refused", null, 400);
		}
		if (binding.hasErrors()) {
			model.addAttribute("errors", BindingErrors.of(binding, "citizens.number").firstKeyByField());
			response.setStatus(400);
			return hamletPage(id, model);
		}
		try {
			throttle.acquire(request.getRemoteAddr());
			PublicFeedback created = feedbacks.submit(new NewFeedback(form.getCategory(), form.getDescription(),
					hamlet.hamletId(), form.getLat(), form.getLon(), form.getContactName(), form.getContactPhone(),
					form.isConsent(), Channel.WEB, form.isPublic()));
			return "redirect:/cong-dan/phan-anh/" + UriUtils.encodePathSegment(created.reference(), "UTF-8") + "?moi";
		}
		catch (Throttled e) {
			return refused(response, model, id, "feedback.throttled", e.minutes(), 429);
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.firstKeyByField());
			model.addAttribute("errorArgs", args(e));
			response.setStatus(400);
			return hamletPage(id, model);
		}
	}

	@GetMapping("/tra-cuu")
	String lookup(@RequestParam(name = "ma", required = false) @Nullable String reference, Model model) {
		if (reference != null && !reference.isBlank()) {
			var found = feedbacks.byReference(reference);
			if (found.isPresent()) {
				return "redirect:/cong-dan/phan-anh/" + found.get().reference();
			}
			var request = visitRequests.status(reference);
			if (request.isPresent()) {
				return "redirect:/cong-dan/yeu-cau/" + request.get().reference();
			}
			model.addAttribute("notFound", true);
		}
		model.addAttribute("ma", reference == null ? "" : reference.strip());
		model.addAttribute("q", "");
		model.addAttribute("results", List.of());
		return "citizens/home";
	}

	@GetMapping("/phan-anh/{reference}")
	String status(@PathVariable String reference, @RequestParam(name = "moi", required = false) @Nullable String fresh,
			Model model) {
		PublicFeedback item = feedbacks.byReference(reference).orElseThrow(() -> new NotFound("feedback.notFound", reference));
		model.addAttribute("item", item);
		model.addAttribute("times", Times.of(item));
		model.addAttribute("fresh", fresh != null);
		return "citizens/status";
	}

	@PostMapping("/phan-anh/{reference}/mo-lai")
	String reopen(@PathVariable String reference, @RequestParam(name = "reason", required = false) @Nullable String reason,
			@RequestParam(name = "website", required = false) @Nullable String website, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicFeedback item = feedbacks.byReference(reference).orElseThrow(() -> new NotFound("feedback.notFound", reference));
		try {
			if (website != null && !website.isEmpty()) {
				throw InvalidInput.of("reason", "feedback.refused");
			}
			throttle.acquire(request.getRemoteAddr());
			feedbacks.reopen(item.reference(), reason);
			return "redirect:/cong-dan/phan-anh/" + item.reference();
		}
		catch (Throttled e) {
			response.setStatus(429);
			model.addAttribute("refusal", "feedback.throttled");
			model.addAttribute("refusalArg", e.minutes());
		}
		catch (InvalidInput e) {
			response.setStatus(400);
			model.addAttribute("errors", e.firstKeyByField());
			model.addAttribute("errorArgs", args(e));
		}
		model.addAttribute("item", item);
		model.addAttribute("times", Times.of(item));
		model.addAttribute("fresh", false);
		model.addAttribute("reason", reason);
		return "citizens/status";
	}

	/** The item's moments as people read them, in Vietnam's time. */
	record Times(String received, String answered, String reopenUntil) {

		private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

		static Times of(PublicFeedback f) {
			return new Times(FORMAT.format(f.receivedAt()), f.answeredAt() == null ? "" : FORMAT.format(f.answeredAt()),
					f.reopenUntil() == null ? "" : FORMAT.format(f.reopenUntil()));
		}
	}

	private String refused(HttpServletResponse response, Model model, long id, String key, @Nullable Object arg, int status) {
		response.setStatus(status);
		model.addAttribute("refusal", key);
		model.addAttribute("refusalArg", arg);
		return hamletPage(id, model);
	}

	private String hamletPage(long id, Model model) {
		return page.render(id, model);
	}

	private static Map<String, Object[]> args(InvalidInput e) {
		Map<String, Object[]> args = new LinkedHashMap<>();
		e.errors().forEach(err -> args.putIfAbsent(err.field(), err.args()));
		return args;
	}
}
