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
import vn.ngoso.outreach.internal.DeskDayRepository;
import vn.ngoso.outreach.internal.DeskDayRepository.Counts;
import vn.ngoso.outreach.internal.SessionRepository.Located;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Support days at the service desks: the provincial Public Administration Service Centre and the
 * communes' one-stop desks, where members on duty help citizens with procedures. A day can be
 * planned ahead (that is what the public "find my team" page lists) and gets its results on the
 * day or after; a day with results may never lie in the future.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDeskDays {

	/** How far ahead the upcoming days are listed. */
	static final int UPCOMING_DAYS = 60;

	private final DeskDayRepository repository;

	private final Territory territory;

	private final Teams teams;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServiceDeskDays(DeskDayRepository repository, Territory territory, Teams teams, CurrentScope currentScope,
			Figures figures, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.territory = territory;
		this.teams = teams;
		this.currentScope = currentScope;
		this.figures = figures;
		this.events = events;
		this.clock = clock;
	}

	public record Recorded(ServiceDeskDay day, boolean created) {
	}

	@Transactional
	public Recorded record(RecordDeskDay command) {
		if (command.id() == null) {
			throw InvalidInput.of("id", "deskDay.id.required");
		}
		var existing = repository.find(command.id());
		if (existing.isPresent()) {
			requireVisible(existing.get().unitPath(), command.id());
			return new Recorded(existing.get().value(), false);
		}
		List<FieldError> errors = new ArrayList<>();
		AdminUnit desk = desk(command.unitId(), errors);
		LocalDate date = date(command.date(), command.hasResults(), errors);
		List<Long> members = desk == null ? List.of() : members(command.memberIds(), desk, errors);
		Counts counts = command.hasResults()
				? counts(command.accountsHelped(), command.dossiersOnline(), command.paymentsOnline(), errors) : null;
		String notes = OperationRules.text("notes", command.notes(), OperationRules.MAX_TEXT, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String by = currentScope.get().username();
		boolean created = figures.change(FigureScope.record(RecordKind.SERVICE_DESK_DAY, command.id()), () -> {
			if (!repository.insert(command.id(), desk.id(), desk.path(), desk.provinceCode(), date, counts, notes, by)) {
				return false;
			}
			repository.setMembers(command.id(), members);
			return true;
		});
		ServiceDeskDay day = repository.find(command.id()).orElseThrow().value();
		if (created) {
			events.publishEvent(Audited.created("SERVICE_DESK_DAY", day.id(), desk.path(), day));
		}
		return new Recorded(day, created);
	}

	/** The results of a day (planned or already recorded: they are replaced), on the day or after. */
	@Transactional
	public ServiceDeskDay recordResults(UUID id, DeskResults results) {
		var found = repository.find(id).orElseThrow(() -> new NotFound("deskDay.notFound", id));
		requireVisible(found.unitPath(), id);
		ServiceDeskDay before = found.value();
		AdminUnit desk = territory.get(before.unitId());
		List<FieldError> errors = new ArrayList<>();
		date(before.date(), true, errors);
		List<Long> members = results.memberIds() == null ? before.memberIds()
				: members(results.memberIds(), desk, errors);
		Counts counts = counts(results.accountsHelped(), results.dossiersOnline(), results.paymentsOnline(), errors);
		String notes = OperationRules.text("notes", results.notes(), OperationRules.MAX_TEXT, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		figures.change(FigureScope.record(RecordKind.SERVICE_DESK_DAY, id), () -> {
			repository.setResults(id, counts, notes);
			repository.setMembers(id, members);
		});
		ServiceDeskDay after = repository.find(id).orElseThrow().value();
		events.publishEvent(Audited.updated("SERVICE_DESK_DAY", id, desk.path(), before, after));
		return after;
	}

	public ServiceDeskDay get(UUID id) {
		var found = repository.find(id).orElseThrow(() -> new NotFound("deskDay.notFound", id));
		requireVisible(found.unitPath(), id);
		return found.value();
	}

	/** Days at the desks of the unit and every unit under it, the latest first. */
	public Page<ServiceDeskDay> under(long unitId, int page, int size) {
		AdminUnit unit = territory.get(unitId);
		return new Page<>(repository.under(unit.path(), page * size, size), page, size, repository.countUnder(unit.path()));
	}

	/**
	 * The support days from today to two months ahead at the desks a resident of this unit can go
	 * to: their commune's one-stop desk and the provincial centre (the desks of the unit and of
	 * every unit above it). The unit must lie in the caller's scope; a day at a desk above the
	 * scope is shown without the members on duty and the notes.
	 */
	public List<ServiceDeskDay> upcoming(long unitId) {
		Scope s = currentScope.get();
		return upcomingAt(territory.get(unitId)).stream()
			.map(d -> s.coversUnitPath(d.unitPath()) ? d.value() : d.value().withoutPersonalData()).toList();
	}

	/** As {@link #upcoming}, for the public page of any hamlet: when and where only. */
	public List<PublicDeskDay> upcomingForPublic(long unitId) {
		AdminUnit unit = territory.lookupIgnoringScope(unitId).orElseThrow(() -> new NotFound("unit.notFound", unitId));
		return upcomingAt(unit).stream().map(d -> new PublicDeskDay(d.value().date(), d.value().desk(),
				d.value().unitName())).toList();
	}

	private List<Located<ServiceDeskDay>> upcomingAt(AdminUnit unit) {
		LocalDate today = today();
		return repository.atOrAbove(unit.path(), today, 200).stream()
			.filter(d -> !d.value().date().isAfter(today.plusDays(UPCOMING_DAYS))).toList();
	}

	/** The desks the caller may record days for, in tree order. */
	public List<DeskOption> desks() {
		return repository.desksUnder(currentScope.get().subtreeFilter()).stream()
			.map(d -> new DeskOption(d.id(), d.name(), d.centre() ? DeskKind.CENTRE : DeskKind.ONE_STOP)).toList();
	}

	/** A desk as forms offer it. */
	public record DeskOption(long id, String name, DeskKind kind) {
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Desks: the province's service centre or a commune's one-stop desk. */
	public static boolean isDesk(AdminUnit unit) {
		return unit.type().level() == 1 || unit.isCommune();
	}

	private void requireVisible(String path, UUID id) {
		if (!currentScope.get().coversUnitPath(path)) {
			throw new NotFound("deskDay.notFound", id);
		}
	}

	private @Nullable AdminUnit desk(@Nullable Long unitId, List<FieldError> errors) {
		if (unitId == null) {
			errors.add(new FieldError("unitId", "deskDay.unit.required"));
			return null;
		}
		AdminUnit unit;
		try {
			unit = territory.get(unitId);
		}
		catch (NotFound e) {
			errors.add(new FieldError("unitId", "operations.unit.unknown"));
			return null;
		}
		if (!isDesk(unit)) {
			errors.add(new FieldError("unitId", "deskDay.unit.notADesk"));
			return null;
		}
		return unit;
	}

	private @Nullable LocalDate date(@Nullable LocalDate date, boolean withResults, List<FieldError> errors) {
		if (date == null) {
			errors.add(new FieldError("date", "deskDay.date.required"));
			return null;
		}
		if (withResults && date.isAfter(today())) {
			errors.add(new FieldError("date", "deskDay.date.future"));
		}
		else if (date.isAfter(today().plusYears(1))) {
			errors.add(new FieldError("date", "deskDay.date.tooFar"));
		}
		OperationRules.notBeforeTeams("date", date, errors);
		return date;
	}

	/** Active members of teams under the desk's unit (anywhere in the province for its centre). */
	private List<Long> members(@Nullable List<Long> ids, AdminUnit desk, List<FieldError> errors) {
		Set<Long> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
		for (Long id : unique) {
			boolean fits = id != null && teams.memberIgnoringScope(id).filter(Member::active)
				.flatMap(m -> teams.teamIgnoringScope(m.teamId()))
				.filter(t -> t.unitPath().startsWith(desk.path() + ".") || t.unitPath().equals(desk.path()))
				.isPresent();
			if (!fits) {
				errors.add(new FieldError("memberIds", "deskDay.members.outside", desk.name()));
				return List.of();
			}
		}
		return List.copyOf(unique);
	}

	private static @Nullable Counts counts(@Nullable Integer accounts, @Nullable Integer dossiers,
			@Nullable Integer payments, List<FieldError> errors) {
		Integer a = OperationRules.count("accountsHelped", accounts, true, errors);
		Integer d = OperationRules.count("dossiersOnline", dossiers, true, errors);
		Integer p = OperationRules.count("paymentsOnline", payments, true, errors);
		return a == null || d == null || p == null ? null : new Counts(a, d, p);
	}
}
