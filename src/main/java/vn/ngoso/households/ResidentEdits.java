package vn.ngoso.households;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.households.ResidentEdit.Field;
import vn.ngoso.households.ResidentEdit.Result;
import vn.ngoso.households.internal.ResidentEditRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;

/**
 * Name and phone edits made on phones, merged by event time: for each field the edit made last
 * (on the phone's clock, not the order of arrival) wins; every other edit stays in the history,
 * marked superseded, for the team leader to look at. An edit is recorded once, whatever the
 * number of times it is sent.
 */
@Service
@Transactional(readOnly = true)
public class ResidentEdits {

	/** A phone clock this far ahead of the server's is taken as wrong: the edit counts as made now. */
	static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

	private final ResidentEditRepository repository;

	private final Households households;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResidentEdits(ResidentEditRepository repository, Households households, CurrentScope currentScope,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.households = households;
		this.currentScope = currentScope;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Result edit(ResidentEdit edit) {
		if (edit.id() == null) {
			throw InvalidInput.of("id", "resident.edit.idRequired");
		}
		if (edit.householdId() == null || edit.residentId() == null) {
			throw InvalidInput.of("residentId", "resident.notFound");
		}
		Household household = households.get(edit.householdId());
		if (repository.exists(edit.id())) {
			return Result.DUPLICATE;
		}
		Resident resident;
		try {
			resident = households.resident(household.id(), edit.residentId());
		}
		catch (NotFound e) {
			throw InvalidInput.of("residentId", "resident.notFound");
		}
		if (resident.erased()) {
			throw InvalidInput.of("residentId", "resident.erased");
		}
		Map<Field, String> values = checked(edit);
		Instant now = clock.instant();
		Instant at = edit.editedAt() == null || edit.editedAt().isAfter(now.plus(CLOCK_TOLERANCE)) ? now : edit.editedAt();
		String by = currentScope.get().username();
		boolean appliedAny = false;
		repository.lock(resident.id());
		// the lock is held now: a copy of this edit sent at the same moment finds this one
		if (repository.exists(edit.id())) {
			return Result.DUPLICATE;
		}
		for (var entry : values.entrySet()) {
			var current = repository.field(resident.id(), entry.getKey());
			boolean wins = current.editedAt() == null || at.isAfter(current.editedAt());
			if (wins) {
				repository.apply(resident.id(), entry.getKey(), entry.getValue(), at);
				appliedAny = true;
			}
			repository.record(edit.id(), resident.id(), household.id(), entry.getKey(), entry.getValue(), current.value(),
					at, by, wins);
		}
		// Names and phones stay out of the log (withdrawing consent must be able to erase them).
		events.publishEvent(new Audited("RESIDENT", resident.id().toString(), "EDIT", household.unitPath(), null,
				new TreeMap<>(Map.of("fields", values.keySet().stream().map(Enum::name).toList(), "editedAt", at.toString(),
						"applied", appliedAny))));
		return appliedAny ? Result.APPLIED : Result.SUPERSEDED;
	}

	/** The edits of a household's residents, newest first: for team leaders and officers, not members. */
	public List<ResidentEdit.Entry> history(UUID householdId) {
		households.get(householdId);
		if (currentScope.get().role() == Role.MEMBER) {
			return List.of();
		}
		return repository.ofHousehold(householdId).stream().map(e -> e.in(clock.getZone())).toList();
	}

	private static Map<Field, String> checked(ResidentEdit edit) {
		Map<Field, String> values = new TreeMap<>();
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (edit.fullName() != null) {
			String name = SearchText.clean(edit.fullName());
			if (name.isEmpty()) {
				errors.add(new InvalidInput.FieldError("fullName", "resident.fullName.required"));
			}
			else if (name.length() > 100 || name.chars().anyMatch(Character::isDigit)) {
				errors.add(new InvalidInput.FieldError("fullName", "resident.fullName.invalid"));
			}
			else {
				values.put(Field.FULL_NAME, name);
			}
		}
		if (edit.phone() != null) {
			var phone = PhoneNumber.normalize(edit.phone());
			if (phone.isEmpty()) {
				errors.add(new InvalidInput.FieldError("phone", "resident.phone.invalid"));
			}
			else {
				values.put(Field.PHONE, phone.get());
			}
		}
		if (errors.isEmpty() && values.isEmpty()) {
			errors.add(new InvalidInput.FieldError("fullName", "resident.edit.empty"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return values;
	}
}
