package vn.ngoso.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.tasks.ActivityWatch;
import vn.ngoso.tasks.InactiveUnit;
import vn.ngoso.tasks.Task;
import vn.ngoso.tasks.TaskDetail;
import vn.ngoso.tasks.Tasks;
import vn.ngoso.territory.Territory;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Clear person, clear work, clear progress, clear responsibility")
class TaskApi {

	private final Tasks tasks;

	private final ActivityWatch activity;

	private final Territory territory;

	TaskApi(Tasks tasks, ActivityWatch activity, Territory territory) {
		this.tasks = tasks;
		this.activity = activity;
		this.territory = territory;
	}

	@GetMapping
	@Operation(summary = "Tasks the caller sees, the most urgent first; mine=true: the caller's own (\"Việc của tôi\"),"
			+ " overdue=true: overdue only")
	List<Task> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean overdue) {
		if (overdue) {
			return tasks.overdue();
		}
		return mine ? tasks.mine() : tasks.visible();
	}

	@PostMapping
	@Operation(summary = "Give a task to a unit (unitCode), team or member (assigneeId) inside the caller's scope"
			+ " (not for members)")
	ResponseEntity<Task> create(@RequestBody TaskBody body) {
		Task task;
		try {
			task = tasks.create(body.toCommand(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().code() == null ? e : new InvalidInput(e.errors().stream()
				.map(err -> err.field().equals("assignee") ? new InvalidInput.FieldError("unitCode", err.messageKey(), err.args())
						: err)
				.toList());
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/tasks/" + task.id())).body(task);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A task with its comments and history")
	TaskDetail get(@PathVariable long id) {
		return tasks.detail(id);
	}

	record ProgressBody(@Nullable Integer progress, @Nullable String comment) {
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Set the progress (0–100); 100 makes the task done, waiting for sign-off")
	Task progress(@PathVariable long id, @RequestBody ProgressBody body) {
		return tasks.updateProgress(id, body.progress(), body.comment());
	}

	record CommentBody(@Nullable String comment) {
	}

	@PostMapping("/{id}/sign-off")
	@Operation(summary = "Sign a done task off; only its accountable person may")
	Task signOff(@PathVariable long id, @RequestBody(required = false) @Nullable CommentBody body) {
		return tasks.signOff(id, body == null ? null : body.comment());
	}

	@PostMapping("/{id}/comments")
	@Operation(summary = "Add a comment to the task's history")
	Task comment(@PathVariable long id, @RequestBody CommentBody body) {
		return tasks.comment(id, body.comment());
	}

	@GetMapping("/inactive-units")
	@Operation(summary = "Units in scope whose team recorded no visit for 30 days")
	List<InactiveUnit> inactive() {
		return activity.inactiveUnits();
	}
}
