package vn.ngoso.citizens.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
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
import vn.ngoso.citizens.HelpTopic;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.feedback.Throttled;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.web.BindingErrors;
import vn.ngoso.tasks.VisitRequest;
import vn.ngoso.tasks.VisitRequestStatus;
import vn.ngoso.tasks.VisitRequests;

/**
 * "Ask the team to come": a citizen's visit request from the hamlet's page becomes a task for the
 * hamlet's team; the citizen keeps the reference and reads its status, without any name or phone.
 * Same protection as the feedback form: honeypot, limit per address, every field checked and
 * nothing written on refusal.
 */
@Controller
@RequestMapping("/cong-dan")
class VisitRequestPages {

	/** The form's fields in page order and the id of each input, for the error summary's links. */
	private static final Map<String, String> INPUT_IDS = orderedInputIds();

	private final VisitRequests requests;

	private final SubmissionThrottle throttle;

	private final HamletPage page;

	VisitRequestPages(VisitRequests requests, SubmissionThrottle throttle, HamletPage page) {
		this.requests = requests;
		this.throttle = throttle;
		this.page = page;
	}

	@InitBinder("visit")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("topic", "details", "contactName", "contactPhone", "consent", "website");
	}

	@PostMapping("/ap/{id}/yeu-cau")
	String ask(@PathVariable long id, @ModelAttribute("visit") VisitRequestForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		HamletTeam hamlet = page.hamlet(id);
		if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
			return refused(response, model, id, "feedback.refused", null, 400);
		}
		try {
			throttle.acquire(request.getRemoteAddr());
		}
		catch (Throttled e) {
			return refused(response, model, id, "feedback.throttled", e.minutes(), 429);
		}
		Map<String, String> errors = new LinkedHashMap<>(BindingErrors.of(binding, "typeMismatch").firstKeyByField());
		HelpTopic topic = HelpTopic.parse(form.getTopic()).orElse(null);
		if (topic == null && form.getTopic() != null && !form.getTopic().isEmpty()) {
			errors.put("topic", "citizens.request.topic.unknown");
		}
		if (!form.isConsent()) {
			errors.put("consent", "citizens.request.consent.required");
		}
		VisitRequest visit = new VisitRequest(hamlet.hamletId(), HelpTopic.what(topic, form.getDetails()),
				form.getContactName(), form.getContactPhone());
		if (errors.isEmpty()) {
			try {
				String reference = requests.request(visit);
				return "redirect:/cong-dan/yeu-cau/" + UriUtils.encodePathSegment(reference, "UTF-8") + "?moi";
			}
			catch (InvalidInput e) {
				e.errors().forEach(err -> errors.putIfAbsent(field(err.field()), err.messageKey()));
			}
		}
		else {
			// every problem at once, not one round trip per field
			requests.problems(visit).forEach(err -> errors.putIfAbsent(field(err.field()), err.messageKey()));
		}
		response.setStatus(400);
		model.addAttribute("visitErrors", errors);
		model.addAttribute("visitErrorList", FormError.inFormOrder(errors, INPUT_IDS));
		return page.render(id, model);
	}

	@GetMapping("/yeu-cau/{reference}")
	String status(@PathVariable String reference, @RequestParam(name = "moi", required = false) @Nullable String fresh,
			Model model) {
		VisitRequestStatus status = requests.status(reference)
			.orElseThrow(() -> new NotFound("citizens.request.notFound", reference));
		model.addAttribute("item", status);
		model.addAttribute("stageKey", RequestStage.of(status.status()).messageKey());
		model.addAttribute("stageSince", RequestStage.since(status));
		model.addAttribute("fresh", fresh != null);
		return "citizens/request";
	}

	/** The service's fields as the form names them: the request's text is the topic and details. */
	private static String field(String serviceField) {
		return switch (serviceField) {
			case "what" -> "details";
			case "hamletId" -> "hamlet";
			default -> serviceField;
		};
	}

	private static Map<String, String> orderedInputIds() {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("topic", "topic");
		ids.put("details", "details");
		ids.put("contactName", "visit-name");
		ids.put("contactPhone", "visit-phone");
		ids.put("consent", "visit-consent");
		return ids;
	}

	private String refused(HttpServletResponse response, Model model, long id, String key, @Nullable Object arg, int status) {
		response.setStatus(status);
		model.addAttribute("visitRefusal", key);
		model.addAttribute("visitRefusalArg", arg);
		return page.render(id, model);
	}
}
