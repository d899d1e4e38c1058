package vn.ngoso.outreach.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.outreach.OutreachSessions;
import vn.ngoso.outreach.RecordSession;
import vn.ngoso.outreach.Topic;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Outreach sessions: the list of a unit's subtree, the form (the session's id is made when the
 * form is shown, so a double tap records one session) and a session's page.
 */
@Controller
@RequestMapping("/outreach/sessions")
class SessionPages {

	private static final int PAGE_SIZE = 30;

	private final OutreachSessions sessions;

	private final Territory territory;

	private final Teams teams;

	private final OperationUnits units;

	private final MessageSource messages;

	SessionPages(OutreachSessions sessions, Territory territory, Teams teams, OperationUnits units,
			MessageSource messages) {
		this.sessions = sessions;
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
		model.addAttribute("page", sessions.under(unit.id(), Math.max(0, page), PAGE_SIZE));
		return "outreach/sessions";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long unitId, Model model) {
		AdminUnit unit = units.chosen(unitId);
		return form(new RecordSession(UUID.randomUUID(), unit.id(), sessions.today(), null, List.of(), List.of(), null,
				List.of(), null, null, null), Map.of(), model);
	}

	@PostMapping
	String record(@RequestParam UUID sessionId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String date,
			@RequestParam(required = false) String place, @RequestParam(required = false) List<Long> teamIds,
			@RequestParam(required = false) List<Topic> topics, @RequestParam(required = false) Integer attendees,
			@RequestParam(required = false) Integer leaflets, @RequestParam(required = false) String partners,
			@RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
		RecordSession command = new RecordSession(sessionId, unitId,
				DateText.isDay(date) ? DateText.day(date) : null, place, teamIds, topics, attendees, List.of(),
				leaflets, partners, notes);
		try {
			DateText.day("date", date); // unreadable text is refused before anything is written
			var recorded = sessions.record(command);
			redirect.addFlashAttribute("flash", recorded.created() ? "session.recorded" : "session.duplicate");
			return "redirect:/outreach/sessions/" + recorded.session().id();
		}
		catch (InvalidInput e) {
			return form(command, FormErrors.byField(e, messages), model);
		}
	}

	@GetMapping("/{id}")
	String session(@PathVariable UUID id, Model model) {
		model.addAttribute("outreachSession", sessions.get(id));
		return "outreach/session";
	}

	private String form(RecordSession command, Map<String, String> errors, Model model) {
		@Nullable Long unitId = command.unitId();
		model.addAttribute("command", command);
		model.addAttribute("errors", errors);
		model.addAttribute("today", sessions.today());
		model.addAttribute("unitOptions", territory.filterOptions());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("teams", unitId == null || !territory.isVisible(unitId) ? List.of()
				: teams.teams(new TeamFilter(unitId, false, null), 0, 60).items());
		return "outreach/session-form";
	}
}
