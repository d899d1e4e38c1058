package vn.ngoso.verification;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.households.Households;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.verification.internal.SampleDraw;
import vn.ngoso.verification.internal.SampleRepository;
import vn.ngoso.verification.internal.VerificationSettings;

/**
 * Each month's sample of a unit's visits and the results of checking them. A unit verifies its
 * own visits: a commune officer the commune's, a district or province officer their unit's, an
 * administrator any unit above a hamlet. A visit its resident did not confirm is disputed (its
 * outcomes count in no figure, when the setting says so) until an officer decides it or a later
 * result replaces it.
 */
@Service
@Transactional(readOnly = true)
public class Verifications {

	static final String AUDIT_TYPE = "VERIFICATION_SAMPLE";

	private static final int REASON_MAX = 1000;

	private final SampleRepository repository;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final Visits visits;

	private final Households households;

	private final VerificationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom seeds = new SecureRandom();

	Verifications(SampleRepository repository, Territory territory, CurrentScope currentScope, Visits visits,
			Households households, VerificationSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.territory = territory;
		this.currentScope = currentScope;
		this.visits = visits;
		this.households = households;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The unit whose samples the caller draws and checks: their own; for an administrator any unit
	 * (a hamlet's commune for a hamlet).
	 */
	public AdminUnit verifyingUnit(@Nullable Long unitId) {
		Scope s = currentScope.officer("verification");
		Long id = unitId != null ? unitId : s.unitId();
		if (id == null || (!s.isAdmin() && !id.equals(s.unitId()))) {
			throw new OutOfScope("verification");
		}
		AdminUnit unit = territory.get(id);
		// hamlets are verified by their commune: an administrator asking for one gets the commune's sample
		if (unit.isHamlet() && unit.parentId() != null) {
			unit = territory.get(unit.parentId());
		}
		return unit;
	}

	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	/** The month a sample is drawn for by default: the last one over (a month still running would miss its later visits). */
	public YearMonth lastMonth() {
		return thisMonth().minusMonths(1);
	}

	/** The unit's sample of the month, if drawn. */
	public java.util.Optional<Sample> sample(long unitId, YearMonth month) {
		AdminUnit unit = verifyingUnit(unitId);
		return repository.find(unit.id(), month).map(s -> view(s, unit));
	}

	/**
	 * Draws the unit's sample of the month with a fresh seed, or returns the one drawn before (one
	 * sample per unit and month). Audited.
	 */
	@Transactional
	public Sample draw(long unitId, YearMonth month) {
		return draw(unitId, month, seeds.nextLong());
	}

	/** As {@link #draw(long, YearMonth)} with a given seed: the same seed draws the same visits. */
	@Transactional
	public Sample draw(long unitId, YearMonth month, long seed) {
		AdminUnit unit = verifyingUnit(unitId);
		if (!month.isBefore(thisMonth())) {
			throw InvalidInput.of("month", "verification.month.notOver");
		}
		var existing = repository.find(unit.id(), month);
		if (existing.isPresent()) {
			return view(existing.get(), unit);
		}
		String by = currentScope.get().username();
		var id = repository.insertSample(unit.id(), unit.path(), month, seed, settings.share(), settings.minimum(), by);
		if (id.isEmpty()) {
			// drawn by someone else a moment ago
			return view(repository.find(unit.id(), month).orElseThrow(), unit);
		}
		var chosen = SampleDraw.draw(repository.candidates(unit.path(), month), seed, settings.share(),
				settings.minimum());
		repository.insertItems(id.get(), chosen);
		events.publishEvent(new Audited(AUDIT_TYPE, id.get().toString(), "DRAW", unit.path(), null,
				new TreeMap<>(Map.of("month", month.toString(), "seed", seed, "visits", chosen.size()))));
		return view(repository.find(id.get()).orElseThrow(), unit);
	}

	/**
	 * Records what the resident said. A reason is required for "not confirmed". A visit not
	 * confirmed is disputed (when the setting is on); any other result clears that, in the same
	 * transaction as the figures move.
	 */
	@Transactional
	public void record(long sampleId, UUID visitId, @Nullable VerificationResult result, @Nullable String reason) {
		var sample = repository.find(sampleId).orElseThrow(() -> new NotFound("verification.sample.notFound", sampleId));
		AdminUnit unit = verifyingUnit(sample.unitId());
		var item = repository.lockItem(sampleId, visitId)
			.orElseThrow(() -> new NotFound("verification.item.notFound", visitId));
		if (result == null) {
			throw InvalidInput.of("result", "verification.result.required");
		}
		String text = reason == null ? "" : Normalizer.normalize(reason, Normalizer.Form.NFC).strip();
		if (result == VerificationResult.NOT_CONFIRMED && text.isEmpty()) {
			throw InvalidInput.of("reason", "verification.reason.required");
		}
		if (text.length() > REASON_MAX) {
			throw InvalidInput.of("reason", "verification.reason.tooLong", REASON_MAX);
		}
		repository.recordResult(sampleId, visitId, result, text.isEmpty() ? null : text, currentScope.get().username());
		settle(visitId);
		events.publishEvent(new Audited(AUDIT_TYPE, String.valueOf(sampleId), "CHECK", unit.path(),
				item.result() == null ? null : item.result().name(),
				new TreeMap<>(Map.of("visitId", visitId.toString(), "result", result.name()))));
	}

	/**
	 * Decides a "not confirmed": the visit counts again ({@link Resolution#COUNTED}) or stays out of
	 * every figure ({@link Resolution#REMOVED}), with a note saying why. Deciding again replaces the
	 * decision; a new result clears it.
	 */
	@Transactional
	public void resolve(long sampleId, UUID visitId, @Nullable Resolution as, @Nullable String note) {
		var sample = repository.find(sampleId).orElseThrow(() -> new NotFound("verification.sample.notFound", sampleId));
		AdminUnit unit = verifyingUnit(sample.unitId());
		var item = repository.lockItem(sampleId, visitId)
			.orElseThrow(() -> new NotFound("verification.item.notFound", visitId));
		if (item.result() != VerificationResult.NOT_CONFIRMED) {
			throw InvalidInput.of("resolution", "verification.resolve.notDisputed");
		}
		if (as == null) {
			throw InvalidInput.of("resolution", "verification.resolve.required");
		}
		String text = note == null ? "" : Normalizer.normalize(note, Normalizer.Form.NFC).strip();
		if (text.isEmpty()) {
			throw InvalidInput.of("note", "verification.resolve.noteRequired");
		}
		if (text.length() > REASON_MAX) {
			throw InvalidInput.of("note", "verification.reason.tooLong", REASON_MAX);
		}
		repository.resolve(sampleId, visitId, as, text, currentScope.get().username());
		settle(visitId);
		events.publishEvent(new Audited(AUDIT_TYPE, String.valueOf(sampleId), "RESOLVE", unit.path(),
				item.result().name(), new TreeMap<>(Map.of("visitId", visitId.toString(), "resolution", as.name()))));
	}

	/**
	 * The visit in or out of the figures as its results now say, the figures moving in this
	 * transaction: out while a "not confirmed" is open (when the setting says so) or was decided
	 * {@link Resolution#REMOVED}, in otherwise. Asked of every sample the visit is in.
	 */
	private void settle(UUID visitId) {
		boolean out = repository.shouldDispute(visitId, settings.excludeNotConfirmed());
		if (out != repository.isDisputed(visitId)) {
			visits.dispute(visitId, out);
		}
	}

	/** Whether a "not confirmed" waiting for a decision is left out of the figures (the setting). */
	public boolean excludesOpen() {
		return settings.excludeNotConfirmed();
	}

	/** The whole phone of the resident to call about a sampled visit; audited by the households module. */
	@Transactional
	public @Nullable String revealPhone(long sampleId, UUID visitId) {
		var sample = repository.find(sampleId).orElseThrow(() -> new NotFound("verification.sample.notFound", sampleId));
		verifyingUnit(sample.unitId());
		SampledVisit item = repository.items(sampleId).stream().filter(i -> i.visitId().equals(visitId)).findFirst()
			.orElseThrow(() -> new NotFound("verification.item.notFound", visitId));
		if (item.residentId() == null) {
			return null;
		}
		return households.revealPhone(item.householdId(), item.residentId());
	}

	private Sample view(SampleRepository.StoredSample s, AdminUnit unit) {
		List<SampledVisit> items = repository.items(s.id());
		Map<String, long[]> teams = new LinkedHashMap<>();
		for (SampledVisit i : items) {
			long[] c = teams.computeIfAbsent(i.team() == null ? "" : i.team(), k -> new long[2]);
			c[1]++;
			if (i.checked()) {
				c[0]++;
			}
		}
		return new Sample(s.id(), unit.id(), unit.name(), unit.path(), s.month(), s.seed(), s.share(), s.minimum(),
				s.drawnAt(), s.drawnBy(), items, teams.entrySet().stream()
					.map(e -> new Sample.TeamProgress(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
	}
}
