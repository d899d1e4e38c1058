package vn.ngoso.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.Household;
import vn.ngoso.households.HouseholdMoves;
import vn.ngoso.households.Households;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Resident;
import vn.ngoso.outreach.internal.VisitRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.Teams;

/**
 * Records door-to-door visits. The client makes the visit's id, so a visit sent twice (a
 * retry on a bad connection) is written once and answered the same both times.
 */
@Service
@Transactional(readOnly = true)
public class Visits {

	private final VisitRepository repository;

	private final Households households;

	private final Teams teams;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final HouseholdMoves moves;

	/** One record of a batch: a savepoint, so a refused record leaves nothing behind. */
	private final TransactionTemplate savepoint;

	Visits(VisitRepository repository, Households households, Teams teams, CurrentScope currentScope,
			Figures figures, HouseholdMoves moves, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.moves = moves;
		this.households = households;
		this.teams = teams;
		this.currentScope = currentScope;
		this.figures = figures;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * What became of one visit of {@link #applyAll}: written now, written before, or refused.
	 *
	 * @param refused why it was refused, or null
	 */
	public record Applied(UUID id, boolean created, @Nullable InvalidInput refused) {
	}

	public record Recorded(Visit visit, boolean created) {
	}

	@Transactional
	public Recorded record(RecordVisit command) {
		if (command.id() == null) {
			throw InvalidInput.of("id", "visit.id.required");
		}
		var existing = repository.find(command.id());
		if (existing.isPresent()) {
			households.get(existing.get().householdId());
			return new Recorded(existing.get(), false);
		}
		Checked checked = check(command, new java.util.HashMap<>());
		Household household = checked.household();
		String by = currentScope.get().username();
		boolean created = figures.change(FigureScope.household(household.id()), () -> write(command, checked, by, null));
		return new Recorded(repository.find(command.id()).orElseThrow(), created);
	}

	/**
	 * As {@link #record(RecordVisit)}, for a caller that needs only to know whether this call
	 * wrote the visit (the sync API): the visit is not read back.
	 *
	 * @return true if written now, false if it had been recorded before
	 */
	@Transactional
	public boolean apply(RecordVisit command) {
		if (command.id() == null) {
			throw InvalidInput.of("id", "visit.id.required");
		}
		var existing = repository.householdOf(command.id());
		if (existing.isPresent()) {
			households.get(existing.get());
			return false;
		}
		Checked checked = check(command, new java.util.HashMap<>());
		String by = currentScope.get().username();
		return figures.change(FigureScope.household(checked.household().id()), () -> write(command, checked, by, null));
	}

	/**
	 * As {@link #apply(RecordVisit)} for a batch from a phone, in the order given, in one
	 * transaction: each visit in a savepoint of its own (a refused one leaves nothing and holds
	 * back no other), the live figures read before and after the whole batch and moved once, and
	 * one commit. A phone's batch thus costs one round of figure work instead of one per visit,
	 * and holds the shared figure rows (the commune's, the hamlet's) only from that one move to the
	 * commit. The batch's households are locked up front, in one order, as any writer does.
	 */
	@Transactional
	public List<Applied> applyAll(List<RecordVisit> commands) {
		return applyAll(commands, null);
	}

	/**
	 * As {@link #applyAll(List)}, each visit keeping the phone it was sent from: the verification
	 * flags compare phones across accounts.
	 *
	 * @param device the id the offline app made for the phone, null when unknown
	 */
	@Transactional
	public List<Applied> applyAll(List<RecordVisit> commands, @Nullable UUID device) {
		List<UUID> claimed = commands.stream().map(RecordVisit::householdId).filter(java.util.Objects::nonNull).toList();
		List<Applied> results = new ArrayList<>(commands.size());
		Map<String, Boolean> serving = new java.util.HashMap<>();
		figures.change(FigureScope.households(claimed), () -> {
			for (RecordVisit command : commands) {
				results.add(applyOne(command, serving, device));
			}
		});
		return results;
	}

	private Applied applyOne(RecordVisit command, Map<String, Boolean> serving, @Nullable UUID device) {
		try {
			Boolean created = savepoint.execute(status -> {
				if (command.id() == null) {
					throw InvalidInput.of("id", "visit.id.required");
				}
				var existing = repository.householdOf(command.id());
				if (existing.isPresent()) {
					households.get(existing.get());
					return false;
				}
				Checked checked = check(command, serving);
				return write(command, checked, currentScope.get().username(), device);
			});
			return new Applied(command.id(), Boolean.TRUE.equals(created), null);
		}
		catch (InvalidInput e) {
			return new Applied(command.id(), false, e);
		}
		catch (NotFound e) {
			return new Applied(command.id(), false, InvalidInput.of("householdId", "visit.household.unknown"));
		}
	}

	/**
	 * The visit, its members and outcomes, the profile and the household; false if it was already
	 * there. The visit keeps the hamlet the household was in on its day and its first member's team
	 * then: it counts there forever, whatever moves later.
	 */
	private boolean write(RecordVisit command, Checked checked, String by, @Nullable UUID device) {
		Household household = checked.household();
		Long team = teams.teamOfMemberOn(checked.members().get(0), command.date()).orElse(null);
		if (!repository.insert(command.id(), household.id(), checked.hamlet().id(), checked.hamlet().path(), team,
				household.provinceCode(), command.date(), by, checked.note(), device)) {
			return false;
		}
		repository.addMembers(household.provinceCode(), command.id(), checked.members());
		// a few statements per visit whatever its outcomes: a phone's batch is mostly this
		List<UUID> residents = new ArrayList<>();
		List<ReadinessItem> items = new ArrayList<>();
		Set<String> pairs = new java.util.HashSet<>();
		for (Visit.Outcome outcome : checked.outcomes()) {
			for (ReadinessItem item : outcome.items()) {
				if (pairs.add(outcome.residentId() + "/" + item)) {
					residents.add(outcome.residentId());
					items.add(item);
				}
			}
		}
		if (!residents.isEmpty()) {
			repository.addOutcomes(household.provinceCode(), command.id(), residents, items);
			// a certificate's date, not the visit's, is the day the standard was met
			List<UUID> onVisitDay = new ArrayList<>(residents.size());
			List<ReadinessItem> itemsOnVisitDay = new ArrayList<>(items.size());
			for (int i = 0; i < residents.size(); i++) {
				LocalDate certified = items.get(i) == ReadinessItem.DIGITAL_LITERACY
						? checked.certificates().get(residents.get(i)) : null;
				if (certified == null) {
					onVisitDay.add(residents.get(i));
					itemsOnVisitDay.add(items.get(i));
				}
				else {
					households.recordOutcome(residents.get(i), items.get(i), certified, by, command.id());
				}
			}
			households.recordOutcomes(onVisitDay, itemsOnVisitDay, command.date(), by, command.id());
		}
		households.markVisited(household.id(), command.date());
		return true;
	}

	/**
	 * Marks a visit disputed (its resident did not confirm it, verification) or clears the mark
	 * (resolved). While disputed, its outcomes count in no figure: the household's figures move in
	 * the caller's transaction, as for any write. The visit's household must be in the caller's scope.
	 */
	@Transactional
	public void dispute(UUID visitId, boolean disputed) {
		UUID household = repository.householdOf(visitId).orElseThrow(() -> new NotFound("visit.notFound", visitId));
		households.get(household);
		figures.change(FigureScope.household(household), () -> {
			repository.markDisputed(visitId, disputed);
			households.disputeOutcomesOf(visitId, disputed);
		});
	}

	/**
	 * The caller's team this week (Monday to today): each member still in it with the visits they
	 * took part in, the most first. Empty for a caller without a team.
	 */
	public List<MemberVisits> teamWeek() {
		Long team = currentScope.get().teamId();
		if (team == null) {
			return List.of();
		}
		LocalDate today = households.today();
		LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
		Map<Long, Long> counts = repository.visitsByMember(team, monday, today);
		return teams.membersOf(team).stream()
			.filter(Member::active)
			.map(m -> new MemberVisits(m.id(), m.fullName(), counts.getOrDefault(m.id(), 0L)))
			.sorted(java.util.Comparator.comparingLong(MemberVisits::visits).reversed())
			.toList();
	}

	public List<Visit> ofHousehold(UUID householdId) {
		households.get(householdId);
		return repository.ofHousehold(householdId);
	}

	/** @param certificates the Bình dân học vụ số certificate's date, by resident, where given */
	private record Checked(Household household, HouseholdMoves.Hamlet hamlet, List<Long> members,
			List<Visit.Outcome> outcomes, Map<UUID, LocalDate> certificates, String note) {
	}

	/**
	 * @param serving whether a member serves a household's hamlet, by member and path: a batch
	 *     asks once for the member who made it, not once per visit
	 */
	private Checked check(RecordVisit c, Map<String, Boolean> serving) {
		if (c.householdId() == null) {
			throw InvalidInput.of("householdId", "visit.household.required");
		}
		Household household;
		try {
			household = households.get(c.householdId());
		}
		catch (NotFound e) {
			throw InvalidInput.of("householdId", "visit.household.unknown");
		}
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (c.date() == null) {
			errors.add(new InvalidInput.FieldError("date", "visit.date.required"));
		}
		else if (c.date().isAfter(households.today())) {
			errors.add(new InvalidInput.FieldError("date", "visit.date.future"));
		}
		else if (c.date().isBefore(households.today().minusYears(1))) {
			errors.add(new InvalidInput.FieldError("date", "visit.date.tooOld"));
		}
		// where the household was on the visit's day: the hamlet whose team may record it
		HouseholdMoves.Hamlet hamlet = c.date() == null ? new HouseholdMoves.Hamlet(household.unitId(), household.unitPath())
				: moves.hamletOn(household, c.date());
		List<Long> members = members(c, hamlet.path(), errors, serving);
		Map<UUID, LocalDate> certificates = new java.util.HashMap<>();
		List<Visit.Outcome> outcomes = outcomes(c, household, errors, certificates);
		String note = c.note() == null ? null : c.note().strip();
		if (note != null && note.length() > 2000) {
			errors.add(new InvalidInput.FieldError("note", "visit.note.tooLong"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(household, hamlet, members, outcomes, certificates,
				note == null || note.isEmpty() ? null : note);
	}

	private List<Long> members(RecordVisit c, String hamletPath, List<InvalidInput.FieldError> errors,
			Map<String, Boolean> serving) {
		Scope s = currentScope.get();
		Set<Long> ids = new LinkedHashSet<>(c.memberIds() == null ? List.of() : c.memberIds());
		if (ids.isEmpty() && s.memberId() != null && (s.role() == Role.MEMBER || s.role() == Role.TEAM_LEADER)) {
			ids.add(s.memberId());
		}
		if (ids.isEmpty()) {
			errors.add(new InvalidInput.FieldError("memberIds", "visit.members.required"));
		}
		for (Long id : ids) {
			boolean serves = id != null && serving.computeIfAbsent(id + "@" + hamletPath, k -> teams.memberIgnoringScope(id)
				.filter(Member::active)
				.flatMap(m -> teams.teamIgnoringScope(m.teamId()))
				.filter(t -> hamletPath.equals(t.unitPath()) || hamletPath.startsWith(t.unitPath() + "."))
				.isPresent());
			if (!serves) {
				errors.add(new InvalidInput.FieldError("memberIds", "visit.members.notInTeam"));
				break;
			}
		}
		return List.copyOf(ids);
	}

	private List<Visit.Outcome> outcomes(RecordVisit c, Household household, List<InvalidInput.FieldError> errors,
			Map<UUID, LocalDate> certificates) {
		List<Visit.Outcome> result = new ArrayList<>();
		List<RecordVisit.Outcome> given = c.outcomes() == null ? List.of() : c.outcomes();
		var residents = households.residentsOf(household,
				given.stream().map(RecordVisit.Outcome::residentId).filter(java.util.Objects::nonNull).distinct().toList());
		for (RecordVisit.Outcome o : given) {
			if (o.residentId() == null) {
				errors.add(new InvalidInput.FieldError("outcomes", "visit.outcome.residentRequired"));
				continue;
			}
			Resident resident = residents.get(o.residentId());
			if (resident == null) {
				errors.add(new InvalidInput.FieldError("outcomes", "visit.outcome.notInHousehold"));
				continue;
			}
			if (!resident.hasProfile()) {
				errors.add(new InvalidInput.FieldError("outcomes", "visit.outcome.underAge", Resident.PROFILE_MIN_AGE));
				continue;
			}
			List<ReadinessItem> items = o.items() == null ? List.of() : o.items().stream().distinct().toList();
			if (o.certificateDate() != null) {
				String refusal = certificateRefusal(o.certificateDate(), c.date());
				if (refusal != null) {
					errors.add(new InvalidInput.FieldError("certificateDate", refusal));
					continue;
				}
				certificates.put(resident.id(), o.certificateDate());
				if (!items.contains(ReadinessItem.DIGITAL_LITERACY)) {
					items = java.util.stream.Stream.concat(items.stream(), java.util.stream.Stream.of(ReadinessItem.DIGITAL_LITERACY))
						.toList();
				}
			}
			if (!items.isEmpty()) {
				result.add(new Visit.Outcome(resident.id(), items));
			}
		}
		return result;
	}

	/**
	 * Why a Bình dân học vụ số certificate's date cannot be, or null: not in the future, not
	 * before the programme (2025), not after the visit that saw it.
	 */
	private @Nullable String certificateRefusal(LocalDate certified, @Nullable LocalDate visited) {
		if (certified.isAfter(households.today())) {
			return "visit.certificate.future";
		}
		if (certified.isBefore(ReadinessItem.CERTIFICATE_FROM)) {
			return "visit.certificate.tooEarly";
		}
		if (visited != null && certified.isAfter(visited)) {
			return "visit.certificate.afterVisit";
		}
		return null;
	}
}
