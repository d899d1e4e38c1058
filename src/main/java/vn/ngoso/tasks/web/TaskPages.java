package vn.ngoso.tasks.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.tasks.ActivityWatch;
import vn.ngoso.tasks.AssigneeKind;
import vn.ngoso.tasks.NewTask;
import vn.ngoso.tasks.Tasks;

/**
 * Task pages: the coordinator's list (overdue first), "Việc của tôi" for a phone, a task with its
 * progress form, sign-off, comments and history, and the form that gives a task.
 */
@Controller
class TaskPages {

	private final Tasks tasks;

	private final ActivityWatch activity;

	TaskPages(Tasks tasks, ActivityWatch activity) {
		this.tasks = tasks;
		this.activity = activity;
	}

	@GetMapping("/tasks")
	String list(Model model) {
		model.addAttribute("overdue", tasks.overdue());
		model.addAttribute("tasks", tasks.visible());
		model.addAttribute("canCreate", tasks.canCreate());
		model.addAttribute("today", tasks.today());
		return "tasks/list";
	}

	@GetMapping("/tasks/mine")
	String mine(Model model) {
		model.addAttribute("tasks", tasks.mine());
		model.addAttribute("canCreate", tasks.canCreate());
		model.addAttribute("today", tasks.today());
		return "tasks/mine";
	}

	@GetMapping("/tasks/inactive")
	String inactive(Model model) {
		model.addAttribute("units", activity.inactiveUnits());
		model.addAttribute("days", ActivityWatch.QUIET_DAYS);
		return "tasks/inactive";
	}

	@GetMapping("/tasks/new")
	String form(Model model) {
		if (!tasks.canCreate()) {
			throw new OutOfScope("tasks");
		}
		LocalDate today = tasks.today();
		return form(new NewTask("", "", null, null, today, today.plusDays(14), ""), null, null, model);
	}

	@PostMapping("/tasks")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String doneMeans,
			@RequestParam(required = false) String assignee,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String dueOn,
			@RequestParam(required = false) String accountable, Model model, RedirectAttributes redirect) {
		AssigneeKind kind = null;
		Long id = null;
		if (assignee != null && assignee.contains(":")) {
			try {
				kind = AssigneeKind.valueOf(assignee.substring(0, assignee.indexOf(':')));
				id = Long.valueOf(assignee.substring(assignee.indexOf(':') + 1));
			}
			catch (IllegalArgumentException e) {
				kind = null;
			}
		}
		NewTask command = new NewTask(title, doneMeans, kind, id, null, null, accountable);
		try {
			command = new NewTask(title, doneMeans, kind, id, DateText.day("startsOn", startsOn),
					DateText.day("dueOn", dueOn), accountable);
			var task = tasks.create(command);
			redirect.addFlashAttribute("flash", "task.created");
			redirect.addFlashAttribute("flashArg", task.reference());
			return "redirect:/tasks/" + task.id();
		}
		catch (InvalidInput e) {
			return form(command, assignee, e, model);
		}
	}

	private String form(NewTask command, String assignee, InvalidInput errors, Model model) {
		model.addAttribute("task", command);
		model.addAttribute("assignee", assignee);
		model.addAttribute("errors", errors == null ? null : errors.errors());
		var groups = new java.util.LinkedHashMap<AssigneeKind, java.util.List<vn.ngoso.tasks.AssigneeOption>>();
		for (AssigneeKind k : AssigneeKind.values()) {
			groups.put(k, new java.util.ArrayList<>());
		}
		tasks.assigneeOptions().forEach(o -> groups.get(o.kind()).add(o));
		model.addAttribute("groups", groups);
		model.addAttribute("people", tasks.accountableChoices());
		return "tasks/form";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		model.addAttribute("detail", tasks.detail(id));
		model.addAttribute("today", tasks.today());
		return "tasks/task";
	}

	@PostMapping("/tasks/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) Integer progress,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "task.progressSaved", () -> tasks.updateProgress(id, progress, comment));
	}

	@PostMapping("/tasks/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "task.signedOffDone", () -> tasks.signOff(id, comment));
	}

	@PostMapping("/tasks/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "task.commented", () -> tasks.comment(id, comment));
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/tasks/" + id;
	}
}
