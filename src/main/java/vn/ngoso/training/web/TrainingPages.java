package vn.ngoso.training.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.training.ImportOutcome;
import vn.ngoso.training.Trainings;

/**
 * The course list, a course's page (sessions, members who completed it, the list import) and the
 * training history fragment the member's page loads.
 */
@Controller
class TrainingPages {

	private final Trainings trainings;

	private final MessageSource messages;

	TrainingPages(Trainings trainings, MessageSource messages) {
		this.trainings = trainings;
		this.messages = messages;
	}

	@GetMapping("/trainings")
	String courses(Model model) {
		model.addAttribute("courses", trainings.courses());
		model.addAttribute("shares", trainings.sharesByUnit());
		return "training/courses";
	}

	@GetMapping("/trainings/{id}")
	String course(@PathVariable long id, Model model) {
		model.addAttribute("course", trainings.course(id));
		model.addAttribute("sessions", trainings.sessions(id));
		model.addAttribute("completions", trainings.completions(id));
		return "training/course";
	}

	@PostMapping("/trainings/{id}/import")
	String importList(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		ImportOutcome outcome;
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInput.of("file", "training.import.empty");
			}
			outcome = trainings.importCompletions(id, file.getInputStream());
		}
		catch (InvalidInput e) {
			model.addAttribute("fileError", messages.getMessage(e.errors().get(0).messageKey(), e.errors().get(0).args(),
					LocaleContextHolder.getLocale()));
			return course(id, model);
		}
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("flash", "training.import.done");
			redirect.addFlashAttribute("flashArg", outcome.recorded());
			return "redirect:/trainings/" + id;
		}
		model.addAttribute("rowErrors", outcome.errors());
		return course(id, model);
	}

	/** The member page's section: loaded by htmx, so the teams module needs to know nothing of training. */
	@GetMapping("/members/{memberId}/training")
	String history(@PathVariable long memberId, Model model) {
		model.addAttribute("history", trainings.history(memberId));
		return "training/fragments/history :: history";
	}
}
