package vn.ngoso.teams.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ngoso.teams.Teams;

/** The signed-in person's scope at a glance. */
@Controller
class HomePage {

	private final Teams teams;

	HomePage(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", teams.overview());
		return "home";
	}
}
