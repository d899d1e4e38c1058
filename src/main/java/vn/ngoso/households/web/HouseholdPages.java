package vn.ngoso.households.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.HamletChoice;
import vn.ngoso.households.HouseholdDetail;
import vn.ngoso.households.HouseholdFilter;
import vn.ngoso.households.HouseholdMoves;
import vn.ngoso.households.Households;
import vn.ngoso.households.ProvincialApps;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.ResidentEdits;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;

@Controller
@RequestMapping("/households")
class HouseholdPages {

	static final int PAGE_SIZE = 50;

	/** "Hộ cần thăm" a page at a time: 20 cards are a few screens on a phone. */
	static final int TO_VISIT_PAGE = 20;

	private final Households households;

	private final Territory territory;

	private final ProvincialApps apps;

	private final CurrentScope scope;

	private final ResidentEdits edits;

	private final HouseholdMoves moves;

	private final MessageSource messages;

	HouseholdPages(Households households, Territory territory, ProvincialApps apps, CurrentScope scope,
			ResidentEdits edits, HouseholdMoves moves, MessageSource messages) {
		this.edits = edits;
		this.moves = moves;
		this.messages = messages;
		this.households = households;
		this.territory = territory;
		this.apps = apps;
		this.scope = scope;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Boolean covered,
			@RequestParam(required = false) Integer notVisitedDays,
			@RequestParam(defaultValue = "false") boolean missingConsent, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		var filter = new HouseholdFilter(unitId, covered, notVisitedDays, missingConsent, q);
		model.addAttribute("filter", filter);
		model.addAttribute("page", households.households(filter, Math.max(0, page), PAGE_SIZE));
		if (htmx != null) {
			return "households/fragments/household-table :: table";
		}
		model.addAttribute("unitOptions", territory.filterOptions());
		return "households/list";
	}

	/**
	 * "Hộ cần thăm": a page of {@link #TO_VISIT_PAGE} households in order of need, with a search
	 * and filters that are plain GET parameters (bookmarks, no script needed); htmx asks for the
	 * list alone.
	 */
	@GetMapping("/to-visit")
	String toVisit(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String notCovered,
			@RequestParam(required = false) String neverVisited, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<HamletChoice> hamlets = households.toVisitUnits();
		var query = ToVisitQuery.parse(unitId, notCovered, neverVisited, q, page, hamlets);
		if (query.filter().unitId() == null && unitId != null) {
			// not one of the scope's hamlets with households: a unit elsewhere is not found, as on
			// every list; one inside the scope (the commune itself, an empty hamlet) narrows nothing
			territory.get(unitId);
		}
		model.addAttribute("filter", query.filter());
		model.addAttribute("query", query);
		model.addAttribute("page", households.toVisit(query.filter(), query.page(), TO_VISIT_PAGE));
		model.addAttribute("manyHamlets", hamlets.size() > 1);
		if (htmx != null) {
			return "households/to-visit :: list";
		}
		model.addAttribute("hamlets", hamlets);
		return "households/to-visit";
	}

	@GetMapping("/{id}")
	String household(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	/**
	 * "Chuyển ấp": on success back to the household with a note; refused, the page again with the
	 * form open, the choices kept and each reason beside its field.
	 */
	@PostMapping("/{id}/move")
	String move(@PathVariable UUID id, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String movedOn, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var moved = moves.move(id, MoveForm.parse(unitId, movedOn));
			redirect.addFlashAttribute("flash", "household.moved");
			redirect.addFlashAttribute("flashArg", moved.unitName());
			return "redirect:/households/" + id;
		}
		catch (InvalidInput e) {
			Map<String, String> errors = FormErrors.byField(e, messages);
			model.addAttribute("moveErrors", errors);
			model.addAttribute("moveUnitId", unitId);
			model.addAttribute("moveDate", movedOn);
			return show(id, model);
		}
	}

	private String show(UUID id, Model model) {
		HouseholdDetail detail = households.household(id);
		model.addAttribute("detail", detail);
		model.addAttribute("items", ReadinessItem.values());
		model.addAttribute("appName", apps.nameFor(detail.household().provinceCode()));
		model.addAttribute("consentMethods", ConsentMethod.values());
		model.addAttribute("canReveal", scope.get().role().isOfficer());
		// members do not see them: the phone numbers there are whole
		model.addAttribute("edits", edits.history(id));
		model.addAttribute("moves", moves.history(id));
		if (moves.canMove()) {
			model.addAttribute("moveOptions", moves.options(id));
		}
		return "households/household";
	}

	@GetMapping("/{id}/residents/{residentId}/cccd")
	String revealCccd(@PathVariable UUID id, @PathVariable UUID residentId, Model model) {
		model.addAttribute("cccd", households.revealCitizenId(id, residentId));
		return "households/fragments/cccd :: cccd";
	}

	@PostMapping("/{id}/residents/{residentId}/consent")
	String consent(@PathVariable UUID id, @PathVariable UUID residentId,
			@RequestParam(defaultValue = "PAPER") ConsentMethod method, RedirectAttributes redirect) {
		try {
			households.recordConsent(id, residentId, method);
			redirect.addFlashAttribute("flash", "resident.consent.recorded");
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/households/" + id;
	}

	@PostMapping("/{id}/residents/{residentId}/consent/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID residentId, RedirectAttributes redirect) {
		households.withdrawConsent(id, residentId);
		redirect.addFlashAttribute("flash", "resident.consent.withdrawn");
		return "redirect:/households/" + id;
	}
}
