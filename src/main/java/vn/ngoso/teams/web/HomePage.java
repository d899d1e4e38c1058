package vn.ngoso.teams.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;

/**
 * The signed-in person's home: the parts the modules draw for their role, in order (a member's
 * households to visit and tasks, a team leader's week, an agency's inbox, a partner's
 * contributions, an officer's figures).
 */
@Controller
class HomePage {

	private final List<HomeSection> sections;

	private final CurrentScope currentScope;

	HomePage(List<HomeSection> sections, CurrentScope currentScope) {
		this.sections = sections;
		this.currentScope = currentScope;
	}

	@GetMapping("/")
	String home(Model model) {
		Scope scope = currentScope.get();
		model.addAttribute("parts", sections.stream()
			.map(s -> s.partFor(scope))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(HomeSection.Part::order))
			.toList());
		return "home";
	}
}
