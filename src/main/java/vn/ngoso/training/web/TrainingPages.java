package vn.ngoso.training.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.ngoso.platform.web.DateText;
import vn.ngoso.platform.web.UploadedFile;
import vn.ngoso.training.Course;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.training.RecordTrainingSession;
import vn.ngoso.training.TrainingSession;
import vn.ngoso.training.Trainings;

/**
 * The course list with its form for a new course, a course's page (sessions and the form to
 * record one from its sign-in sheet, members who completed it, the list import) and the training
 * history fragment the member's page loads.
 */
@Controller
class TrainingPages {

	private final Trainings trainings;

	private final MessageSource messages;

	private final Clock clock;

	TrainingPages(Trainings trainings, MessageSource messages, Clock clock) {
		this.trainings = trainings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/trainings")
	String courses(Model model) {
		model.addAttribute("courses", trainings.courses());
		model.addAttribute("shares", trainings.sharesByUnit());
		model.addAttribute("organisers", trainings.organisers());
		model.addAttribute("courseErrors", Map.of());
		return "training/courses";
	}

	/** The course form on the list: the officer names it and picks the province or a district. */
	@PostMapping("/trainings")
	String createCourse(@RequestParam(required = false) String title, @RequestParam(required = false) Long unitId,
			Model model, RedirectAttributes redirect) {
		try {
			Course course = trainings.createCourse(title, unitId);
			redirect.addFlashAttribute("flash", "training.created");
			return "redirect:/trainings/" + course.id();
		}
		catch (InvalidInput e) {
			courses(model);
			model.addAttribute("courseErrors", byField(e));
			model.addAttribute("newTitle", title);
			model.addAttribute("newUnitId", unitId);
			return "training/courses";
		}
	}

	@GetMapping("/trainings/{id}")
	String course(@PathVariable long id, Model model) {
		model.addAttribute("course", trainings.course(id));
		model.addAttribute("sessions", trainings.sessions(id));
		model.addAttribute("completions", trainings.completions(id));
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm(UUID.randomUUID(), LocalDate.now(clock), null, null, null));
			model.addAttribute("sessionErrors", Map.of());
		}
		return "training/course";
	}

	/** What the session form holds, given back as typed when something was wrong. */
	record SessionForm(UUID id, @Nullable LocalDate date, @Nullable String trainer, @Nullable String place,
			@Nullable String phones) {
	}

	/**
	 * A session from its sign-in sheet: the attendees' mobile numbers. The form's id is made when
	 * the page is drawn, so sending it twice (a double tap, a reload) records the session once.
	 */
	@PostMapping("/trainings/{id}/sessions")
	String recordSession(@PathVariable long id, @RequestParam UUID sessionId,
			@RequestParam(required = false) String date,
			@RequestParam(required = false) String trainer, @RequestParam(required = false) String place,
			@RequestParam(required = false) String phones, Model model, RedirectAttributes redirect) {
		LocalDate day = DateText.isDay(date) ? DateText.day(date) : null;
		try {
			DateText.day("date", date); // unreadable text is refused before anything is written
			TrainingSession session = trainings.recordSessionByPhones(id,
					new RecordTrainingSession(sessionId, day, trainer, place, null), phones);
			redirect.addFlashAttribute("flash", "trainingSession.recorded");
			redirect.addFlashAttribute("flashArg", session.memberIds().size());
			return "redirect:/trainings/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("sessionForm", new SessionForm(sessionId, day, trainer, place, phones));
			model.addAttribute("sessionErrors", byField(e));
			return course(id, model);
		}
	}

	@PostMapping("/trainings/{id}/import")
	String importList(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		ImportResult outcome;
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInput.of("file", "training.import.empty");
			}
			try (UploadedFile workbook = UploadedFile.of(file)) {
				outcome = trainings.importCompletions(id, workbook.path());
			}
		}
		catch (InvalidInput e) {
			model.addAttribute("fileError", messages.getMessage(e.errors().get(0).messageKey(), e.errors().get(0).args(),
					LocaleContextHolder.getLocale()));
			return course(id, model);
		}
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("flash", "training.import.done");
			redirect.addFlashAttribute("flashArg", outcome.created());
			return "redirect:/trainings/" + id;
		}
		model.addAttribute("rowErrors", outcome.errors());
		return course(id, model);
	}

	/** Every message of a refusal by field (a sign-in sheet may have several unknown numbers). */
	private Map<String, List<String>> byField(InvalidInput e) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.computeIfAbsent(error.field(), f -> new ArrayList<>())
			.add(messages.getMessage(error.messageKey(), error.args(), LocaleContextHolder.getLocale())));
		return errors;
	}

	/** The member page's section: loaded by htmx, so the teams module needs to know nothing of training. */
	@GetMapping("/members/{memberId}/training")
	String history(@PathVariable long memberId, Model model) {
		model.addAttribute("history", trainings.history(memberId));
		return "training/fragments/history :: history";
	}
}
