package vn.ngoso.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.tasks.internal.Assignee;
import vn.ngoso.tasks.internal.Assignees;
import vn.ngoso.tasks.internal.People;
import vn.ngoso.tasks.internal.References;
import vn.ngoso.tasks.internal.TaskRepository;
import vn.ngoso.tasks.internal.TaskVisibility;
import vn.ngoso.teams.Teams;

/**
 * Tasks as the caller may see and change them. Officers and team leaders give tasks inside their
 * scope; whoever sees a task may move its progress; only the accountable person signs it off.
 * Every change and comment goes to the task's history.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	static final int LIST_LIMIT = 500;

	private final TaskRepository repository;

	private final Assignees assignees;

	private final People people;

	private final Teams teams;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Tasks(TaskRepository repository, Assignees assignees, People people, Teams teams, CurrentScope currentScope,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.assignees = assignees;
		this.people = people;
		this.teams = teams;
		this.currentScope = currentScope;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean canCreate() {
		return currentScope.get().role() != Role.MEMBER;
	}

	@Transactional
	public Task create(NewTask command) {
		Scope s = currentScope.get();
		if (!canCreate()) {
			throw new OutOfScope("tasks");
		}
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String title = text(command.title(), "title", 200, errors);
		String doneMeans = text(command.doneMeans(), "doneMeans", 2000, errors);
		Assignee assignee = null;
		if (command.assigneeKind() == null || command.assigneeId() == null) {
			errors.add(new InvalidInput.FieldError("assignee", "task.assignee.required"));
		}
		else {
			try {
				assignee = assignees.resolve(s, command.assigneeKind(), command.assigneeId());
			}
			catch (InvalidInput e) {
				errors.addAll(e.errors());
			}
		}
		if (command.startsOn() == null) {
			errors.add(new InvalidInput.FieldError("startsOn", "task.startsOn.required"));
		}
		if (command.dueOn() == null) {
			errors.add(new InvalidInput.FieldError("dueOn", "task.dueOn.required"));
		}
		else if (command.startsOn() != null && command.dueOn().isBefore(command.startsOn())) {
			errors.add(new InvalidInput.FieldError("dueOn", "task.dueOn.beforeStart"));
		}
		String accountable = command.accountable() == null || command.accountable().isBlank() ? s.username()
				: command.accountable().strip().toLowerCase();
		if (assignee != null && people.accountableFor(assignee.unitPath(), s.subtreeFilter()).stream()
			.noneMatch(p -> p.username().equals(accountable))) {
			errors.add(new InvalidInput.FieldError("accountable", "task.accountable.notAllowed"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		TaskStatus status = statusFor(0, command.dueOn());
		long id = insert(new TaskRepository.Row(uniqueReference("CV"), Task.ASSIGNED, title, doneMeans, assignee.kind(),
				assignee.unitId(), assignee.teamId(), assignee.memberId(), assignee.unitPath(), command.startsOn(),
				command.dueOn(), status, accountable, s.username(), null, null), s.username());
		return get(id);
	}

	long insert(TaskRepository.Row row, String actor) {
		long id = repository.insert(row);
		repository.addEvent(id, actor, "CREATED", 0, row.status(), null);
		events.publishEvent(Audited.created("TASK", id, row.unitPath(), row));
		return id;
	}

	String uniqueReference(String prefix) {
		String reference;
		do {
			reference = References.next(prefix, today());
		}
		while (repository.referenceTaken(reference));
		return reference;
	}

	public Task get(long id) {
		Scope s = currentScope.get();
		Task task = repository.find(id).filter(t -> TaskVisibility.sees(s, t, this::teamOfMember))
			.orElseThrow(() -> new NotFound("task.notFound", id));
		return masked(s, task);
	}

	public TaskDetail detail(long id) {
		Task task = get(id);
		Scope s = currentScope.get();
		return new TaskDetail(task, repository.history(id), task.status() != TaskStatus.SIGNED_OFF,
				task.status() == TaskStatus.DONE && task.accountable().equals(s.username()));
	}

	/** Every task the caller sees, the most urgent first. */
	public List<Task> visible() {
		return list(TaskVisibility.visible(currentScope.get()), null);
	}

	/** "Việc của tôi". */
	public List<Task> mine() {
		return list(TaskVisibility.mine(currentScope.get()), null);
	}

	/** Overdue tasks the caller sees. */
	public List<Task> overdue() {
		return list(TaskVisibility.visible(currentScope.get()), "t.status = 'OVERDUE'");
	}

	private List<Task> list(TaskVisibility.Condition visibility, @Nullable String extra) {
		Scope s = currentScope.get();
		String sql = extra == null ? visibility.sql() : visibility.sql() + " and " + extra;
		return repository.list(sql, visibility.params(), LIST_LIMIT).stream().map(t -> masked(s, t)).toList();
	}

	@Transactional
	public Task updateProgress(long id, @Nullable Integer progress, @Nullable String comment) {
		Task before = get(id);
		if (progress == null || progress < 0 || progress > 100) {
			throw InvalidInput.of("progress", "task.progress.range");
		}
		if (before.status() == TaskStatus.SIGNED_OFF) {
			throw InvalidInput.of("progress", "task.signedOff");
		}
		String note = optionalText(comment, "comment", 2000);
		TaskStatus status = statusFor(progress, before.dueOn());
		repository.setProgress(id, progress, status);
		repository.addEvent(id, currentScope.get().username(), "PROGRESS", progress, status, note);
		Task after = get(id);
		events.publishEvent(Audited.updated("TASK", id, after.unitPath(), before, after));
		return after;
	}

	@Transactional
	public Task comment(long id, @Nullable String text) {
		Task task = get(id);
		String note = optionalText(text, "comment", 2000);
		if (note == null) {
			throw InvalidInput.of("comment", "task.comment.required");
		}
		repository.addEvent(id, currentScope.get().username(), "COMMENT", null, null, note);
		return task;
	}

	@Transactional
	public Task signOff(long id, @Nullable String comment) {
		Task before = get(id);
		Scope s = currentScope.get();
		if (!before.accountable().equals(s.username())) {
			throw InvalidInput.of("accountable", "task.signOff.notAccountable", before.accountableName());
		}
		if (before.status() != TaskStatus.DONE) {
			throw InvalidInput.of("progress", "task.signOff.notDone");
		}
		String note = optionalText(comment, "comment", 2000);
		repository.signOff(id);
		repository.addEvent(id, s.username(), "SIGNED_OFF", before.progress(), TaskStatus.SIGNED_OFF, note);
		Task after = get(id);
		events.publishEvent(new Audited("TASK", String.valueOf(id), "SIGN_OFF", after.unitPath(), before, after));
		return after;
	}

	public List<AssigneeOption> assigneeOptions() {
		return assignees.options(currentScope.get());
	}

	public List<Person> accountableChoices() {
		return people.inSubtree(currentScope.get().subtreeFilter(), 500);
	}

	/** Progress 100 is done; past the deadline and not done is overdue. */
	TaskStatus statusFor(int progress, LocalDate dueOn) {
		if (progress >= 100) {
			return TaskStatus.DONE;
		}
		if (dueOn.isBefore(today())) {
			return TaskStatus.OVERDUE;
		}
		return progress > 0 ? TaskStatus.IN_PROGRESS : TaskStatus.NEW;
	}

	private @Nullable Long teamOfMember(long memberId) {
		return teams.memberIgnoringScope(memberId).map(m -> m.teamId()).orElse(null);
	}

	/** Members see a citizen's phone masked: they call through their leader. */
	private static Task masked(Scope s, Task task) {
		if (s.role() == Role.MEMBER && task.contactPhone() != null) {
			return task.withContactPhone(PhoneNumber.mask(task.contactPhone()));
		}
		return task;
	}

	private static String text(@Nullable String value, String field, int max, List<InvalidInput.FieldError> errors) {
		String clean = value == null ? "" : SearchText.clean(value);
		if (clean.isEmpty()) {
			errors.add(new InvalidInput.FieldError(field, "task." + field + ".required"));
		}
		else if (clean.length() > max) {
			errors.add(new InvalidInput.FieldError(field, "task.text.tooLong", max));
		}
		return clean;
	}

	private static @Nullable String optionalText(@Nullable String value, String field, int max) {
		String clean = value == null ? "" : SearchText.clean(value);
		if (clean.length() > max) {
			throw InvalidInput.of(field, "task.text.tooLong", max);
		}
		return clean.isEmpty() ? null : clean;
	}
}
