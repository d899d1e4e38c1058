package vn.ngoso.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.tasks.internal.People;
import vn.ngoso.tasks.internal.References;
import vn.ngoso.tasks.internal.TaskRepository;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * A citizen's request for a visit, for the public page: it becomes a task for the hamlet's team,
 * answered for by the team's leader, with a reference the citizen keeps to look up its status.
 * Needs no sign-in; the contact is shown only to the team and the officers above it.
 */
@Service
@Transactional(readOnly = true)
public class VisitRequests {

	/** A request not answered within a week shows up as overdue. */
	static final int DAYS_TO_ANSWER = 7;

	private final Tasks tasks;

	private final TaskRepository repository;

	private final People people;

	private final Territory territory;

	private final Teams teams;

	VisitRequests(Tasks tasks, TaskRepository repository, People people, Territory territory, Teams teams) {
		this.tasks = tasks;
		this.repository = repository;
		this.people = people;
		this.territory = territory;
		this.teams = teams;
	}

	/** @return the reference to give the citizen */
	@Transactional
	public String request(VisitRequest request) {
		Checked checked = check(request);
		if (!checked.errors().isEmpty()) {
			throw new InvalidInput(checked.errors());
		}
		String reference = tasks.uniqueReference("YC");
		String what = checked.what();
		String title = what.length() > 80 ? what.substring(0, 80) + "…" : what;
		tasks.insert(new TaskRepository.Row(reference, Task.CITIZEN_REQUEST, title, what, AssigneeKind.TEAM,
				checked.unit().id(), checked.team().id(), null, checked.team().unitPath(), tasks.today(),
				tasks.today().plusDays(DAYS_TO_ANSWER), TaskStatus.NEW, checked.answerable(), "public", checked.name(),
				checked.phone()), "public");
		return reference;
	}

	/**
	 * What is wrong with a request, without writing anything: lets a form that refuses a request for
	 * its own reasons (no consent) list every other problem at the same time.
	 */
	public List<InvalidInput.FieldError> problems(VisitRequest request) {
		return check(request).errors();
	}

	private Checked check(VisitRequest request) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		AdminUnit unit = request.hamletId() == null ? null
				: territory.lookupIgnoringScope(request.hamletId()).filter(u -> u.validTo() == null).orElse(null);
		Team team = unit == null ? null : people.teamOfUnit(unit.id()).flatMap(teams::teamIgnoringScope).orElse(null);
		String answerable = team == null ? null : people.answerableForTeam(team.id(), unit.path()).orElse(null);
		if (answerable == null) {
			errors.add(new InvalidInput.FieldError("hamletId", "request.hamlet.noTeam"));
		}
		String what = request.what() == null ? "" : SearchText.clean(request.what());
		if (what.isEmpty() || what.length() > 1000) {
			errors.add(new InvalidInput.FieldError("what", "request.what.required"));
		}
		String name = request.contactName() == null ? "" : SearchText.clean(request.contactName());
		if (name.isEmpty() || name.length() > 100) {
			errors.add(new InvalidInput.FieldError("contactName", "request.contactName.required"));
		}
		String phone = request.contactPhone() == null ? null : PhoneNumber.normalize(request.contactPhone()).orElse(null);
		if (phone == null) {
			errors.add(new InvalidInput.FieldError("contactPhone", "request.contactPhone.invalid"));
		}
		// with no error, unit, team, answerable and phone are all set
		return new Checked(errors, unit, team, answerable, what, name, phone);
	}

	/** A request checked: its errors, or what it resolves to. */
	private record Checked(List<InvalidInput.FieldError> errors, @Nullable AdminUnit unit, @Nullable Team team,
			@Nullable String answerable, String what, String name, @Nullable String phone) {
	}

	/** The status of a request by its reference; empty for an unknown one (or a task that is no request). */
	public Optional<VisitRequestStatus> status(String reference) {
		return repository.findByReference(References.normalize(reference))
			.filter(t -> Task.CITIZEN_REQUEST.equals(t.kind()))
			.map(t -> new VisitRequestStatus(t.reference(), t.status(), t.progress(), t.startsOn(), t.dueOn(),
					t.assigneeName(), t.unitName(), repository.history(t.id()).stream()
						.filter(e -> e.status() != null)
						.map(e -> new VisitRequestStatus.Change(e.status(), e.at()))
						.toList()));
	}
}
