package vn.ngoso.partners.web;

import java.time.LocalDate;
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
import vn.ngoso.partners.Partner;
import vn.ngoso.partners.PartnerInput;
import vn.ngoso.partners.PartnerKind;
import vn.ngoso.partners.Partners;
import vn.ngoso.partners.SupportInput;
import vn.ngoso.partners.SupportKind;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.territory.Territory;

/** Partners for officers and teams (list, register, record support) and a partner's own page. */
@Controller
class PartnerPages {

	private final Partners partners;

	private final Territory territory;

	private final MessageSource messages;

	private final LinkChoices linkChoices;

	PartnerPages(Partners partners, Territory territory, MessageSource messages, LinkChoices linkChoices) {
		this.partners = partners;
		this.territory = territory;
		this.messages = messages;
		this.linkChoices = linkChoices;
	}

	@GetMapping("/partners")
	String list(Model model) {
		model.addAttribute("partners", partners.list());
		model.addAttribute("canEdit", partners.canEdit());
		return "partners/list";
	}

	@GetMapping("/partners/new")
	String newPartner(Model model) {
		return form(new PartnerInput("", "", "", "", "", List.of()), null, model);
	}

	@PostMapping("/partners")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactPhone,
			@RequestParam(defaultValue = "") String contactEmail,
			@RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds, Model model,
			RedirectAttributes redirect) {
		var input = new PartnerInput(name, kind, contactName, contactPhone, contactEmail, unitIds);
		try {
			Partner created = partners.create(input);
			redirect.addFlashAttribute("flash", "partner.created");
			return "redirect:/partners/" + created.id();
		}
		catch (InvalidInput e) {
			return form(input, e, model);
		}
	}

	private String form(PartnerInput input, @Nullable InvalidInput e, Model model) {
		partners.requireOfficer();
		model.addAttribute("form", input);
		model.addAttribute("errors", texts(e));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("units", territory.filterOptions());
		return "partners/form";
	}

	@GetMapping("/partners/{id}")
	String partner(@PathVariable UUID id, Model model) {
		return detail(id, null, Map.of(), model);
	}

	@PostMapping("/partners/{id}/support")
	String addSupport(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String date, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "") String quantity, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable UUID sessionId, @RequestParam(required = false) @Nullable UUID deskDayId,
			Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("kind", kind, "date", date, "quantity", quantity, "note", note,
				"unitId", unitId == null ? "" : unitId.toString(), "sessionId", sessionId == null ? "" : sessionId.toString(),
				"deskDayId", deskDayId == null ? "" : deskDayId.toString());
		try {
			partners.addSupport(id,
					new SupportInput(null, kind, day(date), unitId, number(quantity), sessionId, deskDayId, note));
			redirect.addFlashAttribute("flash", "support.created");
			return "redirect:/partners/" + id;
		}
		catch (InvalidInput e) {
			return detail(id, e, typed, model);
		}
	}

	private String detail(UUID id, @Nullable InvalidInput e, Map<String, String> typed, Model model) {
		Partner partner = partners.get(id);
		model.addAttribute("p", partner);
		model.addAttribute("support", partners.support(id));
		model.addAttribute("canEdit", partners.canEdit());
		model.addAttribute("kinds", SupportKind.values());
		model.addAttribute("errors", texts(e));
		model.addAttribute("typed", typed);
		if (partners.canEdit()) {
			model.addAttribute("sessions", linkChoices.sessions());
			model.addAttribute("deskDays", linkChoices.deskDays());
		}
		return "partners/partner";
	}

	/** The partners' support linked to a session or desk day: loaded into those pages by htmx. */
	@GetMapping("/partners/linked-support")
	String linkedSupport(@RequestParam(required = false) @Nullable UUID sessionId,
			@RequestParam(required = false) @Nullable UUID deskDayId, Model model) {
		model.addAttribute("linked", sessionId == null && deskDayId == null ? List.of()
				: partners.linkedTo(sessionId, deskDayId));
		return "partners/linked :: support";
	}

	@GetMapping("/partners/mine")
	String mine(Model model) {
		model.addAttribute("view", partners.mine(partners.yearToDate()));
		model.addAttribute("kinds", SupportKind.values());
		model.addAttribute("codes", List.of("TEAMS", "MEMBERS", "HOUSEHOLDS", "COVERED_HOUSEHOLDS", "GUIDED_ONLINE_SERVICES",
				"GUIDED_PROVINCIAL_APP", "GUIDED_CASHLESS", "VISITS", "CASHLESS_CONVENIENCE_STORES", "CASHLESS_MARKETS"));
		return "partners/mine";
	}

	private static @Nullable LocalDate day(String text) {
		return DateText.day("date", text);
	}

	/** A quantity as typed: "-3" stays negative so that the rule names it; letters are refused here. */
	private static @Nullable Integer number(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("quantity", "support.quantity.notNumber");
		}
	}

	private Map<String, String> texts(@Nullable InvalidInput e) {
		return FormErrors.byField(e, messages);
	}
}
