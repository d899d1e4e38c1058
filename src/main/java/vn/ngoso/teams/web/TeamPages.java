package vn.ngoso.teams.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.Territory;

@Controller
@RequestMapping("/teams")
class TeamPages {

	static final int PAGE_SIZE = 50;

	private final Teams teams;

	private final Territory territory;

	TeamPages(Teams teams, Territory territory) {
		this.teams = teams;
		this.territory = territory;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean sizeWarning,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var filter = new TeamFilter(unitId, sizeWarning, q);
		model.addAttribute("filter", filter);
		model.addAttribute("filterUnit", unitId == null ? null : territory.get(unitId));
		if (htmx == null) {
			model.addAttribute("unitOptions", territory.filterOptions());
		}
		model.addAttribute("page", teams.teams(filter, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("canCreate", teams.canManageTeams());
		return htmx != null ? "teams/fragments/team-table :: table" : "teams/list";
	}

	@GetMapping("/new")
	String newTeam(@RequestParam(required = false) Long unitId, Model model) {
		var form = new TeamForm();
		form.setUnitId(unitId);
		return form(form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") TeamForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(form, null, model);
		}
		try {
			Team team = teams.createTeam(form.toDetails());
			redirect.addFlashAttribute("flash", "team.created");
			return "redirect:/teams/" + team.id();
		}
		catch (InvalidInput e) {
			FormErrors.onForm(e, binding);
			return form(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String team(@PathVariable long id, Model model) {
		model.addAttribute("team", teams.team(id));
		model.addAttribute("members", teams.membersOf(id));
		model.addAttribute("today", teams.today());
		model.addAttribute("canEdit", teams.canManageTeams());
		model.addAttribute("canChangeMembers", teams.canChangeMembers(id));
		return "teams/team";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(TeamForm.of(teams.team(id)), id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TeamForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		teams.team(id);
		if (binding.hasErrors()) {
			return form(form, id, model);
		}
		try {
			teams.updateTeam(id, form.toDetails());
			redirect.addFlashAttribute("flash", "team.updated");
			return "redirect:/teams/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.onForm(e, binding);
			return form(form, id, model);
		}
	}

	private String form(TeamForm form, Long teamId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("teamId", teamId);
		model.addAttribute("units", teams.unitsForTeam(form.getUnitId()));
		return "teams/team-form";
	}
}
