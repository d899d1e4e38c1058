package vn.ngoso.outreach.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.households.HouseholdDetail;
import vn.ngoso.households.Households;
import vn.ngoso.households.ProvincialApps;
import vn.ngoso.households.ReadinessItem;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.outreach.Evidence;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.VisitEvidence;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Teams;

/**
 * The visit form, made for a 360 px phone: one tap per outcome. The form carries the visit's id
 * from the moment it is shown, so a double tap or a resend on a bad connection records one visit.
 */
@Controller
class VisitPages {

	private final Visits visits;

	private final Households households;

	private final Teams teams;

	private final ProvincialApps apps;

	private final VisitEvidence evidence;

	private final PhotoUploads photos;

	VisitPages(Visits visits, Households households, Teams teams, ProvincialApps apps, VisitEvidence evidence,
			PhotoUploads photos) {
		this.evidence = evidence;
		this.photos = photos;
		this.visits = visits;
		this.households = households;
		this.teams = teams;
		this.apps = apps;
	}

	@GetMapping("/households/{id}/visits/new")
	String form(@PathVariable UUID id, Model model) {
		return form(id, UUID.randomUUID(), households.today(), List.of(), null, List.of(), null, model);
	}

	@PostMapping("/households/{id}/visits")
	String record(@PathVariable UUID id, @RequestParam UUID visitId,
			@RequestParam(required = false) String date,
			@RequestParam(name = "memberIds", required = false) List<Long> memberIds,
			@RequestParam(name = "outcome", required = false) List<String> outcomes,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(required = false) String photoKind, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		List<String> chosen = outcomes == null ? List.of() : outcomes;
		LocalDate day = DateText.isDay(date) ? DateText.day(date) : null;
		try {
			DateText.day("date", date);
			var command = new RecordVisit(visitId, id, day, memberIds,
					withCertificates(parse(chosen), certificates(params)), note);
			// the photo is checked before anything is written: a refused photo records no visit
			var recorded = photo == null || photo.isEmpty() ? visits.record(command)
					: evidence.record(command, photos.read(photo, photoKind));
			redirect.addFlashAttribute("flash", recorded.created() ? "visit.recorded" : "visit.duplicate");
			return "redirect:/households/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.errors());
			model.addAttribute("certificates", certificateTexts(params));
			return form(id, visitId, day, memberIds == null ? List.of() : memberIds, note, chosen, e, model);
		}
	}

	private static final String CERTIFICATE = "certificate:";

	/** The certificate dates typed, as text by resident id (shown back when the form is refused). */
	private static Map<String, String> certificateTexts(Map<String, String> params) {
		Map<String, String> texts = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(CERTIFICATE) && value != null && !value.isBlank()) {
				texts.put(name.substring(CERTIFICATE.length()), value.strip());
			}
		});
		return texts;
	}

	/** The Bình dân học vụ số certificate dates by resident; an unreadable one is refused. */
	private static Map<UUID, LocalDate> certificates(Map<String, String> params) {
		Map<UUID, LocalDate> dates = new LinkedHashMap<>();
		for (var e : certificateTexts(params).entrySet()) {
			LocalDate day = DateText.day("certificateDate", e.getValue());
			try {
				dates.put(UUID.fromString(e.getKey()), day);
			}
			catch (IllegalArgumentException ignored) {
				// a tampered name is simply not a certificate
			}
		}
		return dates;
	}

	/** The outcomes with each resident's certificate date; a date alone is an outcome of its own. */
	private static List<RecordVisit.Outcome> withCertificates(List<RecordVisit.Outcome> outcomes,
			Map<UUID, LocalDate> certificates) {
		List<RecordVisit.Outcome> result = new ArrayList<>();
		for (RecordVisit.Outcome o : outcomes) {
			result.add(new RecordVisit.Outcome(o.residentId(), o.items(), certificates.get(o.residentId())));
		}
		certificates.forEach((resident, day) -> {
			if (outcomes.stream().noneMatch(o -> resident.equals(o.residentId()))) {
				result.add(new RecordVisit.Outcome(resident, List.of(), day));
			}
		});
		return result;
	}

	private String form(UUID id, UUID visitId, LocalDate date, List<Long> memberIds, String note, List<String> chosen,
			InvalidInput errors, Model model) {
		HouseholdDetail detail = households.household(id);
		var members = teams.members(new MemberFilter(detail.household().unitId(), null, null, null, null, false), 0, 50)
			.items();
		model.addAttribute("detail", detail);
		model.addAttribute("visitId", visitId);
		model.addAttribute("date", date);
		// Vietnam's today, as the service checks it (not the server's zone, hours behind after midnight).
		model.addAttribute("today", households.today());
		model.addAttribute("members", members);
		model.addAttribute("memberIds", memberIds.isEmpty() && members.size() == 1 ? List.of(members.get(0).id()) : memberIds);
		model.addAttribute("note", note);
		model.addAttribute("chosen", chosen);
		model.addAttribute("items", ReadinessItem.values());
		model.addAttribute("appName", apps.nameFor(detail.household().provinceCode()));
		model.addAttribute("evidenceKinds", Evidence.Kind.values());
		model.addAttribute("photoMaxMb", evidence.maxMegabytes());
		return "outreach/visit-form";
	}

	/** "residentId:ITEM" pairs from the toggles, grouped by resident. */
	private static List<RecordVisit.Outcome> parse(List<String> values) {
		Map<UUID, List<ReadinessItem>> byResident = new LinkedHashMap<>();
		for (String value : values) {
			int colon = value.indexOf(':');
			if (colon < 0) {
				continue;
			}
			try {
				byResident.computeIfAbsent(UUID.fromString(value.substring(0, colon)), k -> new ArrayList<>())
					.add(ReadinessItem.valueOf(value.substring(colon + 1)));
			}
			catch (IllegalArgumentException ignored) {
				// a tampered value is simply not an outcome
			}
		}
		return byResident.entrySet().stream().map(e -> new RecordVisit.Outcome(e.getKey(), e.getValue())).toList();
	}
}
