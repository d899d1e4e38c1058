package vn.ngoso.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.households.Households;
import vn.ngoso.outreach.internal.OutreachLimits;
import vn.ngoso.outreach.internal.SessionRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Records outreach sessions. Like visits, the client makes the id: a session sent twice is
 * written once. Everything is checked before anything is written, and every refusal names its
 * field; a unit, team or resident outside the caller's scope reads as unknown.
 */
@Service
@Transactional(readOnly = true)
public class OutreachSessions {

	static final int MAX_PLACE = 200;

	private final SessionRepository repository;

	private final Territory territory;

	private final Teams teams;

	private final Households households;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final OutreachLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutreachSessions(SessionRepository repository, Territory territory, Teams teams, Households households,
			CurrentScope currentScope, Figures figures, OutreachLimits limits, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.territory = territory;
		this.teams = teams;
		this.households = households;
		this.currentScope = currentScope;
		this.figures = figures;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	public record Recorded(OutreachSession session, boolean created) {
	}

	@Transactional
	public Recorded record(RecordSession command) {
		if (command.id() == null) {
			throw InvalidInput.of("id", "session.id.required");
		}
		var existing = repository.find(command.id());
		if (existing.isPresent()) {
			requireVisible(existing.get().unitPath(), command.id());
			return new Recorded(existing.get().value(), false);
		}
		Checked c = check(command);
		String by = currentScope.get().username();
		boolean created = figures.change(FigureScope.record(RecordKind.OUTREACH_SESSION, command.id()), () -> {
			if (!repository.insert(new SessionRepository.Row(command.id(), c.unit().id(), c.unit().path(),
					c.unit().provinceCode(), command.date(), c.place(), c.topics(), c.attendees(), c.leaflets(),
					c.partners(), c.notes(), by))) {
				return false;
			}
			c.teams().forEach(t -> repository.addTeam(command.id(), t));
			c.residents().forEach(r -> repository.addAttendee(command.id(), r));
			return true;
		});
		OutreachSession session = repository.find(command.id()).orElseThrow().value();
		if (created) {
			events.publishEvent(Audited.created("OUTREACH_SESSION", session.id(), c.unit().path(), session));
		}
		return new Recorded(session, created);
	}

	/** A session of a unit in the caller's scope. */
	public OutreachSession get(UUID id) {
		var found = repository.find(id).orElseThrow(() -> new NotFound("session.notFound", id));
		requireVisible(found.unitPath(), id);
		return found.value();
	}

	/** Sessions of the unit and every unit under it, newest first. */
	public Page<OutreachSession> under(long unitId, int page, int size) {
		AdminUnit unit = territory.get(unitId);
		return new Page<>(repository.under(unit.path(), page * size, size), page, size, repository.countUnder(unit.path()));
	}

	/** The head count above which a session at this unit is refused. */
	public int attendeeCap(AdminUnit unit) {
		return limits.forLevel(unit.level());
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private void requireVisible(String path, UUID id) {
		if (!currentScope.get().coversUnitPath(path)) {
			throw new NotFound("session.notFound", id);
		}
	}

	private record Checked(AdminUnit unit, String place, List<Topic> topics, int attendees, int leaflets,
			List<Long> teams, List<UUID> residents, @Nullable String partners, @Nullable String notes) {
	}

	private Checked check(RecordSession c) {
		List<FieldError> errors = new ArrayList<>();
		AdminUnit unit = unit(c.unitId(), errors);
		if (c.date() == null) {
			errors.add(new FieldError("date", "session.date.required"));
		}
		else if (c.date().isAfter(today())) {
			errors.add(new FieldError("date", "session.date.future"));
		}
		else {
			OperationRules.notBeforeTeams("date", c.date(), errors);
		}
		String place = OperationRules.text("place", c.place(), MAX_PLACE, errors);
		if (place == null) {
			errors.add(new FieldError("place", "session.place.required"));
		}
		List<Topic> topics = c.topics() == null ? List.of()
				: c.topics().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
		if (topics.isEmpty()) {
			errors.add(new FieldError("topics", "session.topics.required"));
		}
		Integer attendees = OperationRules.count("attendees", c.attendees(), true, errors);
		Integer leaflets = OperationRules.count("leaflets", c.leaflets(), false, errors);
		List<Long> teamIds = unit == null ? List.of() : teams(c.teamIds(), unit, errors);
		List<UUID> residents = residents(c.residentIds(), errors);
		if (unit != null && attendees != null && attendees > attendeeCap(unit)) {
			errors.add(new FieldError("attendees", "session.attendees.implausible", attendeeCap(unit), unit.name()));
		}
		if (attendees != null && attendees < residents.size()) {
			errors.add(new FieldError("attendees", "session.attendees.belowPicked", residents.size()));
		}
		String partners = OperationRules.text("partners", c.partners(), OperationRules.MAX_TEXT, errors);
		String notes = OperationRules.text("notes", c.notes(), OperationRules.MAX_TEXT, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(unit, place, topics, attendees, leaflets == null ? 0 : leaflets, teamIds, residents, partners,
				notes);
	}

	private @Nullable AdminUnit unit(@Nullable Long unitId, List<FieldError> errors) {
		if (unitId == null) {
			errors.add(new FieldError("unitId", "session.unit.required"));
			return null;
		}
		try {
			return territory.get(unitId);
		}
		catch (NotFound e) {
			errors.add(new FieldError("unitId", "operations.unit.unknown"));
			return null;
		}
	}

	/** Teams of the unit's subtree, in the caller's scope. */
	private List<Long> teams(@Nullable List<Long> ids, AdminUnit unit, List<FieldError> errors) {
		Set<Long> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
		for (Long id : unique) {
			boolean fits = id != null && teams.teamIgnoringScope(id)
				.filter(t -> currentScope.get().coversUnitPath(t.unitPath()))
				.map(Team::unitPath)
				.filter(p -> p.equals(unit.path()) || p.startsWith(unit.path() + "."))
				.isPresent();
			if (!fits) {
				errors.add(new FieldError("teamIds", "session.teams.outside", unit.name()));
				return List.of();
			}
		}
		return List.copyOf(unique);
	}

	/** Residents the caller may see (the households module checks the scope). */
	private List<UUID> residents(@Nullable List<UUID> ids, List<FieldError> errors) {
		Set<UUID> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
		for (UUID id : unique) {
			boolean known = false;
			if (id != null) {
				var household = repository.householdOf(id);
				if (household.isPresent()) {
					try {
						households.resident(household.get(), id);
						known = true;
					}
					catch (NotFound e) {
						known = false;
					}
				}
			}
			if (!known) {
				errors.add(new FieldError("residentIds", "session.residents.unknown"));
				return List.of();
			}
		}
		return List.copyOf(unique);
	}
}
