package vn.ngoso.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.verification.internal.FlagComputation;
import vn.ngoso.verification.internal.FlagRepository;

/**
 * Flags on records that look made up: computed each night for the day before (or on demand by an
 * administrator or the province), listed per unit to officers, reviewed with who and when.
 */
@Service
public class DataFlags {

	/** How far back an on-demand run may reach: one SQL pass per kind stays bounded. */
	public static final int MAX_DAYS = 92;

	private final FlagComputation computation;

	private final FlagRepository repository;

	private final Territory territory;

	private final CurrentScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DataFlags(FlagComputation computation, FlagRepository repository, Territory territory, CurrentScope scope,
			ApplicationEventPublisher events, Clock clock) {
		this.computation = computation;
		this.repository = repository;
		this.territory = territory;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The nightly run: yesterday's records, whole. Called without a signed-in user. */
	public FlagRun computeYesterday() {
		LocalDate yesterday = today().minusDays(1);
		return computation.compute(yesterday, yesterday);
	}

	/** A run asked for on the page, by an administrator or a province officer. */
	public FlagRun compute(LocalDate from, LocalDate to) {
		Scope caller = scope.get();
		if (caller.role() != Role.ADMIN && caller.role() != Role.PROVINCE) {
			throw new NotFound("flags.notFound", "compute");
		}
		if (to.isBefore(from) || to.isAfter(today()) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw InvalidInput.of("to", "flags.period");
		}
		return computation.compute(from, to);
	}

	/** The flags under a unit of the caller's scope (officers only; 404 elsewhere). */
	@Transactional(readOnly = true)
	public Page<DataFlag> under(long unitId, @Nullable FlagKind kind, int page, int size) {
		officer();
		AdminUnit unit = territory.get(unitId);
		return repository.under(unit.path(), kind, Math.max(0, page), size);
	}

	@Transactional
	public DataFlag review(long id, FlagReview review) {
		Scope caller = officer();
		var located = repository.find(id).filter(f -> caller.coversUnitPath(f.path()))
			.orElseThrow(() -> new NotFound("flags.notFound", id));
		OffsetDateTime at = OffsetDateTime.now(clock);
		repository.review(id, review, caller.username(), at);
		events.publishEvent(new Audited("DATA_FLAG", String.valueOf(id), "REVIEW", located.path(),
				reviewState(located.flag().review()), reviewState(review)));
		return repository.find(id).orElseThrow().flag();
	}

	public List<FlagRule> rules() {
		return repository.rules();
	}

	/** Thresholds are the administrator's to change. */
	@Transactional
	public void saveRule(FlagRule rule) {
		Scope caller = scope.get();
		if (!caller.isAdmin()) {
			throw new NotFound("flags.notFound", "rules");
		}
		if (rule.threshold() < 1 || rule.threshold() > 10_000) {
			throw InvalidInput.of("threshold", "flags.threshold.invalid");
		}
		if (rule.windowDays() != null && (rule.windowDays() < 1 || rule.windowDays() > 366)) {
			throw InvalidInput.of("windowDays", "flags.window.invalid");
		}
		FlagRule before = repository.rules().stream().filter(r -> r.kind() == rule.kind()).findFirst().orElseThrow();
		// a kind with a window keeps one, a kind without stays without
		FlagRule saved = new FlagRule(rule.kind(), rule.threshold(),
				before.windowDays() == null ? null : rule.windowDays() == null ? before.windowDays() : rule.windowDays(),
				rule.enabled());
		repository.saveRule(saved, caller.username());
		events.publishEvent(new Audited("FLAG_RULE", rule.kind().name(), "UPDATE", null, before, saved));
	}

	private Scope officer() {
		Scope caller = scope.get();
		if (!caller.role().isOfficer()) {
			throw new NotFound("flags.notFound", caller.username());
		}
		return caller;
	}

	private static Map<String, Object> reviewState(@Nullable FlagReview review) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("review", review == null ? "" : review.name());
		return state;
	}
}
