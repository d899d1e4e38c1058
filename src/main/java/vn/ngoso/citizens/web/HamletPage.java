package vn.ngoso.citizens.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ngoso.citizens.HamletTeam;
import vn.ngoso.citizens.HelpTopic;
import vn.ngoso.citizens.NearbyServices;
import vn.ngoso.citizens.TeamDirectory;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.platform.NotFound;

/**
 * Fills the hamlet's page: its team, the desk days coming up, the cashless points of the commune
 * and the two forms (ask for a visit, send feedback). Shared by the controllers of both forms,
 * which show the page again with a refused form's messages.
 */
@Component
class HamletPage {

	private final TeamDirectory directory;

	private final Feedbacks feedbacks;

	private final NearbyServices nearby;

	HamletPage(TeamDirectory directory, Feedbacks feedbacks, NearbyServices nearby) {
		this.directory = directory;
		this.feedbacks = feedbacks;
		this.nearby = nearby;
	}

	HamletTeam hamlet(long id) {
		return directory.hamlet(id).orElseThrow(() -> new NotFound("error.notFound", id));
	}

	String render(long id, Model model) {
		HamletTeam hamlet = hamlet(id);
		model.addAttribute("hamlet", hamlet);
		model.addAttribute("categories", feedbacks.categories());
		model.addAttribute("deskDays", nearby.upcomingDeskDays(id));
		model.addAttribute("cashless", nearby.cashlessPoints(hamlet));
		model.addAttribute("topics", HelpTopic.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FeedbackForm());
		}
		if (!model.containsAttribute("visit")) {
			model.addAttribute("visit", new VisitRequestForm());
		}
		return "citizens/hamlet";
	}
}
