package vn.ngoso.outreach.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.outreach.DeskResults;
import vn.ngoso.outreach.RecordDeskDay;
import vn.ngoso.outreach.ServiceDeskDay;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** Support days at the desks: list, plan or record, and a day's page with its results form. */
@Controller
@RequestMapping("/outreach/desk-days")
class DeskDayPages {

	private static final int PAGE_SIZE = 30;

	private final ServiceDeskDays days;

	private final Territory territory;

	private final Teams teams;

	private final OperationUnits units;

	private final MessageSource messages;

	DeskDayPages(ServiceDeskDays days, Territory territory, Teams teams, OperationUnits units, MessageSource messages) {
		this.days = days;
		this.territory = territory;
		this.teams = teams;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		AdminUnit unit = units.chosen(unitId);
		model.addAttribute("unit", unit);
		model.addAttribute("unitOptions", territory.filterOptions());
		model.addAttribute("page", days.under(unit.id(), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("today", days.today());
		return "outreach/desk-days";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long unitId, Model model) {
		AdminUnit unit = units.chosen(unitId);
		Long desk = ServiceDeskDays.isDesk(unit) ? unit.id() : null;
		return form(new RecordDeskDay(UUID.randomUUID(), desk, days.today(), List.of(), null, null, null, null), Map.of(),
				model);
	}

	@PostMapping
	String record(@RequestParam UUID dayId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String date,
			@RequestParam(required = false) List<Long> memberIds, @RequestParam(required = false) Integer accountsHelped,
			@RequestParam(required = false) Integer dossiersOnline, @RequestParam(required = false) Integer paymentsOnline,
			@RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
		RecordDeskDay command = new RecordDeskDay(dayId, unitId,
				DateText.isDay(date) ? DateText.day(date) : null, memberIds, accountsHelped, dossiersOnline,
				paymentsOnline, notes);
		try {
			DateText.day("date", date); // unreadable text is refused before anything is written
			var recorded = days.record(command);
			redirect.addFlashAttribute("flash", !recorded.created() ? "deskDay.duplicate"
					: recorded.day().planned() ? "deskDay.planned" : "deskDay.recorded");
			return "redirect:/outreach/desk-days/" + recorded.day().id();
		}
		catch (InvalidInput e) {
			return form(command, FormErrors.byField(e, messages), model);
		}
	}

	@GetMapping("/{id}")
	String day(@PathVariable UUID id, Model model) {
		ServiceDeskDay day = days.get(id);
		return day(day, new DeskResults(day.memberIds(), day.accountsHelped(), day.dossiersOnline(),
				day.paymentsOnline(), null), Map.of(), model);
	}

	@PostMapping("/{id}/results")
	String results(@PathVariable UUID id, @RequestParam(required = false) List<Long> memberIds,
			@RequestParam(required = false) Integer accountsHelped, @RequestParam(required = false) Integer dossiersOnline,
			@RequestParam(required = false) Integer paymentsOnline, @RequestParam(required = false) String notes,
			Model model, RedirectAttributes redirect) {
		DeskResults results = new DeskResults(memberIds == null ? List.of() : memberIds, accountsHelped, dossiersOnline,
				paymentsOnline, notes);
		try {
			days.recordResults(id, results);
			redirect.addFlashAttribute("flash", "deskDay.resultsRecorded");
			return "redirect:/outreach/desk-days/" + id;
		}
		catch (InvalidInput e) {
			return day(days.get(id), results, FormErrors.byField(e, messages), model);
		}
	}

	private String day(ServiceDeskDay day, DeskResults results, Map<String, String> errors, Model model) {
		model.addAttribute("day", day);
		model.addAttribute("results", results);
		model.addAttribute("errors", errors);
		model.addAttribute("today", days.today());
		model.addAttribute("members", membersAt(day.unitId()));
		return "outreach/desk-day";
	}

	private String form(RecordDeskDay command, Map<String, String> errors, Model model) {
		model.addAttribute("command", command);
		model.addAttribute("errors", errors);
		model.addAttribute("today", days.today());
		model.addAttribute("desks", days.desks());
		model.addAttribute("members", command.unitId() == null ? List.of() : membersAt(command.unitId()));
		return "outreach/desk-day-form";
	}

	/** Members a commune's desk can name; the provincial centre's duty roster goes through the API. */
	private List<Member> membersAt(long unitId) {
		if (!territory.isVisible(unitId) || !territory.get(unitId).isCommune()) {
			return List.of();
		}
		return teams.members(new MemberFilter(unitId, null, null, null, null, false), 0, 100).items();
	}
}
