package vn.ngoso.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.internal.CoveredMonths;
import vn.ngoso.households.internal.HouseholdRepository;
import vn.ngoso.households.internal.HouseholdRepository.StoredResident;
import vn.ngoso.households.internal.PersonalDataCipher;
import vn.ngoso.households.internal.ResidentRules;
import vn.ngoso.households.internal.ResidentRules.ValidResident;
import vn.ngoso.households.internal.ResidentViews;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Households and residents inside the caller's subtree (a member's and a leader's subtree is
 * their team's hamlet). Citizen IDs are only ever shown masked here; revealing one is a
 * separate read, allowed from commune level up and audited.
 */
@Service
@Transactional(readOnly = true)
public class Households {

	/** No register the platform imports is older than this. */
	static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(1990, 1, 1);

	private final HouseholdRepository repository;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Figures figures;

	private final ResidentViews views;

	private final ErasureMarkers markers;

	private final CoveredMonths coveredMonths;

	Households(HouseholdRepository repository, Territory territory, CurrentScope currentScope, PersonalDataCipher cipher,
			ApplicationEventPublisher events, Clock clock, Figures figures, ResidentViews views, ErasureMarkers markers,
			CoveredMonths coveredMonths) {
		this.views = views;
		this.markers = markers;
		this.coveredMonths = coveredMonths;
		this.repository = repository;
		this.territory = territory;
		this.currentScope = currentScope;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
		this.figures = figures;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Page<Household> households(HouseholdFilter filter, int page, int size) {
		String scopePath = currentScope.get().subtreeFilter();
		String unitPath = filter.unitId() == null ? null : territory.get(filter.unitId()).path();
		List<Household> items = repository.list(scopePath, unitPath, filter, today(), page * size, size);
		return new Page<>(items, page, size, repository.count(scopePath, unitPath, filter, today()));
	}

	/** "Hộ cần thăm": the caller's households, not covered now and never visited first. */
	public List<Household> toVisit(int limit) {
		return repository.toVisit(toVisitScope(), limit);
	}

	/**
	 * A page of "Hộ cần thăm", narrowed by {@code filter} inside the caller's scope whatever the
	 * filter names (a hamlet outside it finds nothing). A page past the last gives the last.
	 */
	public Page<Household> toVisit(ToVisitFilter filter, int page, int size) {
		String scopePath = toVisitScope();
		long total = repository.countToVisit(scopePath, filter);
		int last = (int) Math.max(0, (total - 1) / size);
		int shown = Math.min(Math.max(0, page), last);
		return new Page<>(repository.toVisit(scopePath, filter, shown * size, size), shown, size, total);
	}

	/** The hamlets of the caller's scope that hold households: the choices of the filter of "Hộ cần thăm". */
	public List<HamletChoice> toVisitUnits() {
		return repository.unitsWithHouseholds(toVisitScope());
	}

	private String toVisitScope() {
		Scope s = currentScope.get();
		return s.isAdmin() ? "" : s.unitPath();
	}

	public Household get(UUID id) {
		Scope s = currentScope.get();
		return repository.find(id).filter(h -> s.coversUnitPath(h.unitPath()))
			.orElseThrow(() -> new NotFound("household.notFound", id));
	}

	public HouseholdDetail household(UUID id) {
		Household household = get(id);
		Map<UUID, Map<ReadinessItem, ReadinessMark>> profiles = repository.profiles(id);
		boolean maskPhone = currentScope.get().role() == Role.MEMBER;
		List<Resident> residents = repository.residents(id).stream()
			.map(r -> view(r, profiles.getOrDefault(r.id(), Map.of()), maskPhone))
			.toList();
		return new HouseholdDetail(household, residents, repository.history(id));
	}

	/** A resident of a household the caller may see, for recording a visit's outcomes. */
	public Resident resident(UUID householdId, UUID residentId) {
		HouseholdDetail detail = household(householdId);
		return detail.residents().stream().filter(r -> r.id().equals(residentId)).findFirst()
			.orElseThrow(() -> new NotFound("resident.notFound", residentId));
	}

	/**
	 * A resident of a household the caller has already read through {@link #get(UUID)}, without
	 * the household's profiles and history: what a visit's outcomes are checked against.
	 */
	public Resident residentOf(Household household, UUID residentId) {
		return repository.resident(residentId).filter(r -> r.householdId().equals(household.id()))
			.map(r -> view(r, Map.of(), currentScope.get().role() == Role.MEMBER))
			.orElseThrow(() -> new NotFound("resident.notFound", residentId));
	}

	/**
	 * As {@link #residentOf} for several residents at once (one read): those of the household
	 * among {@code ids}, by id; ids of other households or of nobody are missing from the map.
	 */
	public Map<UUID, Resident> residentsOf(Household household, java.util.Collection<UUID> ids) {
		boolean maskPhone = currentScope.get().role() == Role.MEMBER;
		Map<UUID, Resident> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			repository.residentsAmong(household.id(), ids).forEach(r -> found.put(r.id(), view(r, Map.of(), maskPhone)));
		}
		return found;
	}

	@Transactional
	public Household create(NewHousehold request) {
		Role role = currentScope.get().role();
		if (role == Role.MEMBER) {
			throw new OutOfScope("households");
		}
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		AdminUnit hamlet = null;
		if (request.unitId() == null) {
			errors.add(new InvalidInput.FieldError("unitId", "household.unit.required"));
		}
		else {
			try {
				hamlet = territory.get(request.unitId());
				if (!hamlet.isHamlet()) {
					errors.add(new InvalidInput.FieldError("unitId", "household.unit.notHamlet"));
				}
			}
			catch (NotFound e) {
				errors.add(new InvalidInput.FieldError("unitId", "household.unit.unknown"));
			}
		}
		String code = request.code() == null ? "" : SearchText.clean(request.code());
		if (code.isEmpty() || code.length() > 30) {
			errors.add(new InvalidInput.FieldError("code", "household.code.required"));
		}
		else if (hamlet != null && hamlet.isHamlet() && repository.codeTaken(hamlet.parentId(), code)) {
			errors.add(new InvalidInput.FieldError("code", "household.code.taken"));
		}
		String address = request.address() == null ? "" : SearchText.clean(request.address());
		if (address.isEmpty() || address.length() > 200) {
			errors.add(new InvalidInput.FieldError("address", "household.address.required"));
		}
		LocalDate registeredOn = request.registeredOn() == null ? today() : request.registeredOn();
		if (registeredOn.isAfter(today())) {
			errors.add(new InvalidInput.FieldError("registeredOn", "household.registeredOn.future"));
		}
		else if (registeredOn.isBefore(EARLIEST_REGISTRATION)) {
			errors.add(new InvalidInput.FieldError("registeredOn", "household.registeredOn.tooEarly"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID id = UUID.randomUUID();
		AdminUnit unit = hamlet;
		figures.change(FigureScope.household(id), () -> repository.insertHousehold(id, unit.id(), unit.parentId(),
				unit.path(), unit.provinceCode(), code, address, registeredOn));
		Household created = repository.find(id).orElseThrow();
		events.publishEvent(Audited.created("HOUSEHOLD", id, created.unitPath(), created));
		return created;
	}

	@Transactional
	public Resident addResident(UUID householdId, NewResident request) {
		return addResident(householdId, UUID.randomUUID(), request).resident();
	}

	/** A resident added and whether this call added it (false: the id was sent before). */
	public record Added(Resident resident, boolean created) {
	}

	/**
	 * Adds a resident under an id the client made (a phone, offline): sending the same resident
	 * again adds nothing and answers the one added the first time.
	 */
	@Transactional
	public Added addResident(UUID householdId, UUID id, NewResident request) {
		Household household = get(householdId);
		var existing = repository.resident(id);
		if (existing.isPresent()) {
			if (!existing.get().householdId().equals(householdId)) {
				throw InvalidInput.of("id", "resident.id.taken");
			}
			return new Added(resident(householdId, id), false);
		}
		ValidResident valid = ResidentRules.check(request, today());
		byte[] hash = valid.cccd() == null ? null : cipher.hash(valid.cccd());
		if (hash != null && repository.cccdTaken(hash)) {
			throw InvalidInput.of("cccd", "resident.cccd.taken");
		}
		byte[] cipherText = valid.cccd() == null ? null : cipher.encrypt(valid.cccd());
		String by = currentScope.get().username();
		boolean inserted = figures.change(FigureScope.household(householdId), () -> repository.insertResidentIfAbsent(id,
				household.id(), valid.fullName(), valid.birthDate(), valid.birthYear(), valid.sex(), valid.relation(),
				valid.phone(), cipherText, hash, valid.consent(), by, today()));
		if (!inserted) {
			// the same resident, sent twice at once: the other copy won the race
			return addResident(householdId, id, request);
		}
		Resident created = resident(householdId, id);
		// Name, birth day, phone and citizen ID stay out of the log: withdrawing consent must be able to erase them.
		events.publishEvent(Audited.created("RESIDENT", id, household.unitPath(),
				new TreeMap<>(Map.of("householdId", householdId, "birthYear", created.birthYear(), "sex",
						created.sex(), "relation", created.relation(), "consent", valid.consent() != null))));
		return new Added(created, true);
	}

	/** The unmasked citizen ID, for commune officers and above; every reading is audited. */
	@Transactional
	public @Nullable String revealCitizenId(UUID householdId, UUID residentId) {
		Scope s = currentScope.officer(residentId);
		Household household = get(householdId);
		StoredResident stored = repository.resident(residentId).filter(r -> r.householdId().equals(household.id()))
			.orElseThrow(() -> new NotFound("resident.notFound", residentId));
		if (stored.cccdCipher() == null) {
			return null;
		}
		events.publishEvent(new Audited("RESIDENT", residentId.toString(), "READ_CCCD", household.unitPath(), null, null));
		return cipher.decrypt(stored.cccdCipher());
	}

	/**
	 * The whole phone number, for an officer who calls the resident (verification of a visit);
	 * every reading is audited, as a citizen ID's.
	 */
	@Transactional
	public @Nullable String revealPhone(UUID householdId, UUID residentId) {
		Scope s = currentScope.officer(residentId);
		Household household = get(householdId);
		StoredResident stored = repository.resident(residentId).filter(r -> r.householdId().equals(household.id()))
			.orElseThrow(() -> new NotFound("resident.notFound", residentId));
		if (stored.phone() == null) {
			return null;
		}
		events.publishEvent(new Audited("RESIDENT", residentId.toString(), "READ_PHONE", household.unitPath(), null, null));
		return stored.phone();
	}

	/**
	 * Marks the profile items a visit set as disputed, or clears the mark: for the outreach
	 * module, inside the live-figure change of the visit's household.
	 */
	@Transactional
	public void disputeOutcomesOf(UUID visitId, boolean disputed) {
		repository.disputeReadinessOf(visitId, disputed);
	}

	@Transactional
	public void recordConsent(UUID householdId, UUID residentId, ConsentMethod method) {
		Resident before = resident(householdId, residentId);
		if (before.erased()) {
			throw InvalidInput.of("consent", "resident.erased");
		}
		repository.recordConsent(residentId, method, currentScope.get().username());
		events.publishEvent(new Audited("RESIDENT", residentId.toString(), "CONSENT", get(householdId).unitPath(),
				before.consentAt(), method));
	}

	/**
	 * Withdrawing consent erases what identifies the person (name down to initials, birth day,
	 * phone, citizen ID) and keeps what the figures need (birth year, sex, relation, profile), and
	 * two keyed hashes that let an import recognise the person without bringing them back.
	 */
	@Transactional
	public void withdrawConsent(UUID householdId, UUID residentId) {
		Resident before = resident(householdId, residentId);
		if (before.erased()) {
			return;
		}
		String initials = ResidentRules.initials(before.fullName());
		byte[] marker = markers.person(householdId, before.fullName(), before.birthYear());
		// the birth day goes, so the month the resident turned 15 may move: the figures follow
		figures.change(FigureScope.household(householdId), () -> repository.erase(residentId, initials, marker));
		// The entry must not keep what was just erased: only the initials that stay anyway.
		events.publishEvent(new Audited("RESIDENT", residentId.toString(), "ERASE", get(householdId).unitPath(), null,
				Map.of("fullName", initials, "erased", true)));
	}

	/** For the outreach module, inside its transaction: an item a visit helped with. */
	@Transactional
	public void recordOutcome(UUID residentId, ReadinessItem item, LocalDate on, String by, UUID visitId) {
		repository.recordReadiness(residentId, item, on, by, visitId);
	}

	/** A visit's outcomes at once, as {@link #recordOutcome} for each (resident, item) pair, distinct. */
	@Transactional
	public void recordOutcomes(List<UUID> residents, List<ReadinessItem> items, LocalDate on, String by, UUID visitId) {
		repository.recordReadiness(residents, items, on, by, visitId);
	}

	/**
	 * Brings these households' {@code covered_from} up to date with their residents and items, in
	 * the caller's transaction. A write wrapped in {@link Figures#change} (or {@code added}) gets
	 * this done already; this is for a writer that changes residents or items outside it.
	 */
	@Transactional
	public void refreshCovered(java.util.Collection<UUID> householdIds) {
		coveredMonths.refresh(householdIds);
	}

	@Transactional
	public void markVisited(UUID householdId, LocalDate on) {
		repository.markVisited(householdId, on);
	}

	private Resident view(StoredResident r, Map<ReadinessItem, ReadinessMark> profile, boolean maskPhone) {
		return views.view(r, profile, maskPhone);
	}
}
