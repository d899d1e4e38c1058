package vn.ngoso.teams.web;

import java.io.IOException;
import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.Territory;

@Controller
class MemberPages {

	static final int PAGE_SIZE = 50;

	private final Teams teams;

	private final Territory territory;

	private final MemberExport export;

	MemberPages(Teams teams, Territory territory, MemberExport export) {
		this.teams = teams;
		this.territory = territory;
		this.export = export;
	}

	@GetMapping("/members")
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Boolean youth,
			@RequestParam(required = false) Affiliation affiliation, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean includeLeft, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var filter = new MemberFilter(unitId, null, youth, affiliation, q, includeLeft);
		model.addAttribute("filter", filter);
		model.addAttribute("filterUnit", unitId == null ? null : territory.get(unitId));
		if (htmx == null) {
			model.addAttribute("unitOptions", territory.filterOptions());
		}
		model.addAttribute("page", teams.members(filter, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("affiliations", Affiliation.values());
		model.addAttribute("today", teams.today());
		return htmx != null ? "teams/fragments/member-table :: table" : "teams/members";
	}

	@GetMapping("/members/export.xlsx")
	void exportXlsx(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Boolean youth,
			@RequestParam(required = false) Affiliation affiliation, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean includeLeft, HttpServletResponse response) throws IOException {
		var filter = new MemberFilter(unitId, null, youth, affiliation, q, includeLeft);
		if (unitId != null) {
			territory.get(unitId); // an outside unit answers 404 before the response is started
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"thanh-vien-" + teams.today() + ".xlsx\"");
		export.write(filter, response.getOutputStream());
	}

	@GetMapping("/teams/{teamId}/members/new")
	String newMember(@PathVariable long teamId, Model model) {
		var form = new MemberForm();
		form.setJoinedOn(teams.today());
		return form(form, teamId, null, model);
	}

	@PostMapping("/teams/{teamId}/members")
	String add(@PathVariable long teamId, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		teams.team(teamId);
		if (binding.hasErrors()) {
			return form(form, teamId, null, model);
		}
		try {
			Member member = teams.addMember(teamId, form.toDetails());
			redirect.addFlashAttribute("flash", "member.added");
			redirect.addFlashAttribute("flashArg", member.fullName());
			return "redirect:/teams/" + teamId;
		}
		catch (InvalidInput e) {
			FormErrors.onForm(e, binding);
			return form(form, teamId, null, model);
		}
	}

	@GetMapping("/members/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Member member = teams.member(id);
		return form(MemberForm.of(member), member.teamId(), member, model);
	}

	@PostMapping("/members/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Member member = teams.member(id);
		if (binding.hasErrors()) {
			return form(form, member.teamId(), member, model);
		}
		try {
			teams.updateMember(id, form.toDetails());
			redirect.addFlashAttribute("flash", "member.updated");
			redirect.addFlashAttribute("flashArg", member.fullName());
			return "redirect:/teams/" + member.teamId();
		}
		catch (InvalidInput e) {
			FormErrors.onForm(e, binding);
			return form(form, member.teamId(), member, model);
		}
	}

	@PostMapping("/members/{id}/leave")
	String leave(@PathVariable long id,
			@RequestParam(required = false) LocalDate leftOn,
			RedirectAttributes redirect) {
		Member member = teams.member(id);
		try {
			teams.leave(id, leftOn);
			redirect.addFlashAttribute("flash", "member.left");
			redirect.addFlashAttribute("flashArg", member.fullName());
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/teams/" + member.teamId();
	}

	private String form(MemberForm form, long teamId, Member member, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("team", teams.team(teamId));
		model.addAttribute("member", member);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("roles", TeamRole.values());
		model.addAttribute("affiliations", Affiliation.values());
		return "teams/member-form";
	}
}
