package vn.ngoso.households;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.internal.HouseholdMoveRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * "Chuyển ấp": the one way a household moves to another hamlet, by a commune officer or above,
 * to a hamlet of the same commune, on a day from its registration to today. Its stocks
 * (household, people 15+, items, covered) move with it for every month; its visits stay at the
 * hamlet they were made in ({@link #hamletOn}): those before the move's day never change, and a
 * move recorded late takes along the visits dated after its day ({@link HouseholdMoved}).
 */
@Service
@Transactional(readOnly = true)
public class HouseholdMoves {

	/** A hamlet by id, with its path today. */
	public record Hamlet(long id, String path) {
	}

	/** What the move form offers: the commune's other hamlets, and the days a move may take. */
	public record Options(List<AdminUnit> hamlets, LocalDate earliest, LocalDate latest) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Households households;

	private final HouseholdMoveRepository repository;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final ApplicationEventPublisher events;

	HouseholdMoves(Households households, HouseholdMoveRepository repository, Territory territory,
			CurrentScope currentScope, Figures figures, ApplicationEventPublisher events) {
		this.households = households;
		this.repository = repository;
		this.territory = territory;
		this.currentScope = currentScope;
		this.figures = figures;
		this.events = events;
	}

	public boolean canMove() {
		return currentScope.get().role().isOfficer();
	}

	public Options options(UUID householdId) {
		Household household = households.get(householdId);
		AdminUnit hamlet = territory.get(household.unitId());
		List<AdminUnit> others = hamlet.parentId() == null ? List.of()
				: territory.children(hamlet.parentId()).stream().map(s -> s.unit())
					.filter(u -> u.isHamlet() && u.validTo() == null && u.id() != hamlet.id()).toList();
		return new Options(others, earliest(household), households.today());
	}

	public List<HouseholdMove> history(UUID householdId) {
		households.get(householdId);
		return repository.history(householdId);
	}

	/** Anyone else finds no such action (404), before anything they sent is read. */
	public void checkMover() {
		if (!canMove()) {
			throw new OutOfScope("households");
		}
	}

	@Transactional
	public Household move(UUID householdId, MoveHousehold command) {
		checkMover();
		Household household = households.get(householdId);
		AdminUnit from = territory.get(household.unitId());
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		AdminUnit to = target(command, from, errors);
		LocalDate day = command.movedOn() == null ? households.today() : command.movedOn();
		if (day.isAfter(households.today())) {
			errors.add(new InvalidInput.FieldError("movedOn", "household.move.date.future"));
		}
		else if (day.isBefore(household.registeredOn())) {
			errors.add(new InvalidInput.FieldError("movedOn", "household.move.date.beforeRegistration",
					shown(household.registeredOn())));
		}
		else if (day.isBefore(earliest(household))) {
			errors.add(new InvalidInput.FieldError("movedOn", "household.move.date.beforeLastMove",
					shown(earliest(household))));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String by = currentScope.get().username();
		figures.change(FigureScope.household(householdId), () -> {
			repository.move(householdId, from.id(), to.id(), to.path(), day, by);
			// visits recorded before a late move, dated from its day on, follow it (same transaction)
			events.publishEvent(new HouseholdMoved(householdId, from.id(), to.id(), to.path(), day));
		});
		Household moved = households.get(householdId);
		events.publishEvent(new Audited("HOUSEHOLD", householdId.toString(), "MOVE", communePath(to),
				new TreeMap<>(Map.of("hamlet", from.name(), "unitId", from.id())),
				new TreeMap<>(Map.of("hamlet", to.name(), "unitId", to.id(), "movedOn", day.toString()))));
		return moved;
	}

	/**
	 * The hamlet the household was in on {@code day}: the one it left by its first move after that
	 * day, else where it is now. For a visit, which counts there forever. Reads no scope: the
	 * caller has read the household.
	 */
	public Hamlet hamletOn(Household household, LocalDate day) {
		return repository.hamletLeftAfter(household.id(), day).map(h -> new Hamlet(h.id(), h.path()))
			.orElse(new Hamlet(household.unitId(), household.unitPath()));
	}

	/** A move may not go before the registration, nor before the household's last move. */
	private LocalDate earliest(Household household) {
		LocalDate last = repository.lastMoveOn(household.id()).orElse(household.registeredOn());
		return last.isAfter(household.registeredOn()) ? last : household.registeredOn();
	}

	private AdminUnit target(MoveHousehold command, AdminUnit from, List<InvalidInput.FieldError> errors) {
		if (command.unitId() == null) {
			errors.add(new InvalidInput.FieldError("unitId", "household.move.unit.required"));
			return from;
		}
		AdminUnit to;
		try {
			to = territory.get(command.unitId());
		}
		catch (NotFound e) {
			errors.add(new InvalidInput.FieldError("unitId", "household.unit.unknown"));
			return from;
		}
		if (to.id() == from.id()) {
			errors.add(new InvalidInput.FieldError("unitId", "household.move.unit.same"));
		}
		else if (!to.isHamlet() || to.validTo() != null || to.parentId() == null
				|| !to.parentId().equals(from.parentId())) {
			errors.add(new InvalidInput.FieldError("unitId", "household.move.unit.otherCommune"));
		}
		return to;
	}

	/** A day as the message shows it. */
	private static String shown(LocalDate day) {
		return DAY.format(day);
	}

	private static String communePath(AdminUnit hamlet) {
		return hamlet.path().substring(0, hamlet.path().lastIndexOf('.'));
	}
}
