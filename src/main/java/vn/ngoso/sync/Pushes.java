package vn.ngoso.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Applies a batch of records from a phone, in the order sent, each in a transaction of its own
 * through the owning module's service: a refused record does not hold back the others, and each
 * is applied exactly once, because every kind is keyed by the id the phone made.
 *
 * <p>Deliberately not one transaction for the batch: a phone on a bad line that sends a batch
 * three times gets {@code duplicate} for what went through, and a database failure half-way
 * answers an error for the whole request (the phone sends the batch again; what was applied
 * answers {@code duplicate}), never {@code rejected} for a record that was fine.
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

	public List<RecordResult> push(List<SyncRecord> records) {
		FieldRoles.check(currentScope.get());
		if (records.size() > MAX_RECORDS) {
			throw new BatchTooLarge(records.size());
		}
		List<RecordResult> results = new ArrayList<>(records.size());
		for (SyncRecord record : records) {
			results.add(apply(record));
		}
		return results;
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
		if (v == null) {
			return RecordResult.rejected(id, "sync.record.missing");
		}
		var outcomes = v.outcomes() == null ? null
				: v.outcomes().stream().map(o -> new RecordVisit.Outcome(o.residentId(), o.items())).toList();
		try {
			boolean created = visits.apply(new RecordVisit(id, v.householdId(), v.date(), v.memberIds(), outcomes, v.note()));
			return created ? RecordResult.applied(id) : RecordResult.duplicate(id);
		}
		catch (InvalidInput e) {
			if (e.firstKeyByField().containsKey("householdId") && "visit.household.unknown".equals(e.firstKeyByField().get("householdId"))) {
				// a household that moved to another team meanwhile: say so, not just "unknown"
				return RecordResult.rejected(id, "sync.household.outOfScope");
			}
			throw e;
		}
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
