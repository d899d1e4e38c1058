package vn.ngoso.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.ngoso.households.Households;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.ResidentEdit;
import vn.ngoso.households.ResidentEdits;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.sync.SyncRecord.VisitData;

/**
 * Applies a batch of records from a phone, in the order sent, through the owning module's
 * service: a refused record does not hold back the others, and each is applied exactly once,
 * because every kind is keyed by the id the phone made.
 *
 * <p>Visits that follow each other in the batch go in one transaction with a savepoint per visit
 * ({@link Visits#applyAll}): one commit and one round of live-figure work per run instead of one
 * per visit. Residents and edits keep a transaction each. A database failure half-way answers an
 * error for the whole request; the phone sends the batch again and what had been applied answers
 * {@code duplicate}, never {@code rejected} for a record that was fine.
 */
@Service
public class Pushes {

	public static final int MAX_RECORDS = 50;

	private final Visits visits;

	private final Households households;

	private final ResidentEdits edits;

	private final CurrentScope currentScope;

	Pushes(Visits visits, Households households, ResidentEdits edits, CurrentScope currentScope) {
		this.visits = visits;
		this.households = households;
		this.edits = edits;
		this.currentScope = currentScope;
	}

	/** One result per record, in the order sent; a record that could not be read is refused where it stands. */
	public List<RecordResult> push(List<? extends Sent> records) {
		return push(records, null);
	}

	/**
	 * As {@link #push(List)}, from a phone that named itself: its visits keep the phone's id.
	 *
	 * @param device the id the offline app made for the phone, null when it sent none
	 */
	public List<RecordResult> push(List<? extends Sent> records, @Nullable UUID device) {
		FieldRoles.check(currentScope.get());
		if (records.size() > MAX_RECORDS) {
			throw new BatchTooLarge(records.size());
		}
		List<RecordResult> results = new ArrayList<>(records.size());
		List<SyncRecord> visitRun = new ArrayList<>();
		for (Sent sent : records) {
			if (sent instanceof SyncRecord record && isVisit(record)) {
				visitRun.add(record);
				continue;
			}
			results.addAll(visits(visitRun, device));
			visitRun.clear();
			results.add(sent instanceof UnreadableRecord unreadable
					? RecordResult.rejected(unreadable.id(), unreadable.refusal()) : apply((SyncRecord) sent));
		}
		results.addAll(visits(visitRun, device));
		return results;
	}

	/** A well-formed visit: those that follow each other go to {@link Visits#applyAll} together. */
	private static boolean isVisit(SyncRecord record) {
		return record.id() != null && "visit".equals(record.type()) && record.visit() != null;
	}

	/** Visits one after the other in the batch: one transaction, one round of figure work. */
	private List<RecordResult> visits(List<SyncRecord> run, @Nullable UUID device) {
		if (run.isEmpty()) {
			return List.of();
		}
		List<RecordVisit> commands = run.stream().map(r -> command(r.id(), r.visit())).toList();
		return visits.applyAll(commands, device).stream().map(Pushes::result).toList();
	}

	private static RecordVisit command(UUID id, VisitData v) {
		var outcomes = v.outcomes() == null ? null
				: v.outcomes().stream().map(o -> new RecordVisit.Outcome(o.residentId(), o.items(), o.certificateDate())).toList();
		return new RecordVisit(id, v.householdId(), v.date(), v.memberIds(), outcomes, v.note());
	}

	private static RecordResult result(Visits.Applied applied) {
		InvalidInput refused = applied.refused();
		if (refused == null) {
			return applied.created() ? RecordResult.applied(applied.id()) : RecordResult.duplicate(applied.id());
		}
		if ("visit.household.unknown".equals(refused.firstKeyByField().get("householdId"))) {
			// a household that moved to another team meanwhile: say so, not just "unknown"
			return RecordResult.rejected(applied.id(), "sync.household.outOfScope");
		}
		return RecordResult.rejected(applied.id(), refused);
	}

	private RecordResult apply(SyncRecord record) {
		UUID id = record.id();
		if (id == null) {
			return RecordResult.rejected(null, "sync.record.idRequired");
		}
		try {
			return switch (record.type() == null ? "" : record.type()) {
				case "visit" -> visit(id, record.visit());
				case "resident" -> resident(id, record.resident());
				case "resident-edit" -> edit(id, record);
				default -> RecordResult.rejected(id, "sync.record.type");
			};
		}
		catch (InvalidInput e) {
			return RecordResult.rejected(id, e);
		}
		catch (NotFound e) {
			return RecordResult.rejected(id, "sync.household.outOfScope");
		}
	}

	private RecordResult visit(UUID id, VisitData v) {
		// well-formed visits went through visits(); what reaches here has no visit data
		return RecordResult.rejected(id, "sync.record.missing");
	}

	private RecordResult resident(UUID id, SyncRecord.ResidentData r) {
		if (r == null || r.householdId() == null) {
			return RecordResult.rejected(id, "sync.record.missing");
		}
		var added = households.addResident(r.householdId(), id, new NewResident(r.fullName(), r.birthDate(),
				r.birthYear(), r.sex(), r.relation(), r.phone(), r.cccd(), r.consentMethod()));
		return added.created() ? RecordResult.applied(id) : RecordResult.duplicate(id);
	}

	private RecordResult edit(UUID id, SyncRecord record) {
		var e = record.edit();
		if (e == null) {
			return RecordResult.rejected(id, "sync.record.missing");
		}
		var result = edits.edit(new ResidentEdit(id, e.householdId(), e.residentId(), e.fullName(), e.phone(), record.at()));
		return switch (result) {
			case APPLIED -> RecordResult.applied(id);
			case DUPLICATE -> RecordResult.duplicate(id);
			case SUPERSEDED -> new RecordResult(id, RecordResult.Status.APPLIED, null, List.of(), "sync.edit.superseded");
		};
	}
}
