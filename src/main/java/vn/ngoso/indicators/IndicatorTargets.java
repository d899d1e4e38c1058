package vn.ngoso.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.internal.IndicatorTargetRepository;
import vn.ngoso.indicators.internal.NationalTargets;
import vn.ngoso.indicators.internal.TargetRules;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Targets as data: the national defaults (Decision 411/QĐ-TTg, {@code indicators/national-targets.csv})
 * and each unit's own, per indicator and year, inherited downwards unless overridden. Which one
 * is in force is {@link TargetRules}' rule. Officers (commune up to administrator) set and remove
 * their subtree's targets; every change is kept (who, when, old → new, basis) and audited.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTargets {

	static final String AUDIT_TYPE = "INDICATOR_TARGET";

	private final IndicatorTargetRepository repository;

	private final NationalTargets national;

	private final Indicators indicators;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	IndicatorTargets(IndicatorTargetRepository repository, NationalTargets national, Indicators indicators, Territory territory,
			CurrentScope currentScope, ApplicationEventPublisher events) {
		this.repository = repository;
		this.national = national;
		this.indicators = indicators;
		this.territory = territory;
		this.currentScope = currentScope;
		this.events = events;
	}

	/** The target in force per indicator for a unit the caller already holds, in one query. */
	public Map<String, IndicatorTarget> inForce(AdminUnit unit, int year) {
		return TargetRules.inForce(tree(unit), year);
	}

	/** The national targets in force for a year (no unit): what the catalogue states. */
	public Map<String, IndicatorTarget> national(int year) {
		return TargetRules.inForce(national.all().stream().map(t -> new TargetRules.Row(t, 0)).toList(), year);
	}

	/** The same for a unit of the caller's scope (404 outside it). */
	public Map<String, IndicatorTarget> inForce(long unitId, int year) {
		return inForce(territory.get(unitId), year);
	}

	/** The unit's own targets, every indicator and year, in catalogue order then year. */
	public List<IndicatorTarget> own(long unitId) {
		AdminUnit unit = territory.get(unitId);
		List<String> order = indicators.all().stream().map(Indicator::code).toList();
		return repository.ofTree(unit).stream().map(TargetRules.Row::target).filter(IndicatorTarget::own)
			.sorted(Comparator.comparingInt((IndicatorTarget t) -> order.indexOf(t.indicator()))
				.thenComparingInt(IndicatorTarget::year))
			.toList();
	}

	public List<TargetChange> history(long unitId, int limit) {
		return repository.history(territory.get(unitId).id(), limit);
	}

	/** Whether the caller may set targets at all (the unit is checked by each step). */
	public boolean canSet() {
		return currentScope.get().role().isOfficer();
	}

	/** Sets or changes the unit's own target for an indicator and year. */
	@Transactional
	public void set(long unitId, @Nullable String indicator, @Nullable String year, @Nullable String value,
			@Nullable String note) {
		Scope s = officer();
		AdminUnit unit = territory.get(unitId);
		TargetRules.Valid v = TargetRules.check(indicators, indicator, year, value, note);
		String code = v.indicator().code();
		BigDecimal before = repository.ownForUpdate(unit.id(), code, v.year()).orElse(null);
		repository.put(unit.id(), code, v.year(), v.value(), v.note(), s.username());
		repository.change(unit.id(), code, v.year(), before, v.value(), v.note(), s.username());
		Snapshot after = new Snapshot(unit.id(), code, v.year(), v.value(), v.note());
		events.publishEvent(before == null ? Audited.created(AUDIT_TYPE, after.id(), unit.path(), after)
				: Audited.updated(AUDIT_TYPE, after.id(), unit.path(),
						new Snapshot(unit.id(), code, v.year(), before, null), after));
	}

	/** Removes the unit's own target: the inherited one is in force again. */
	@Transactional
	public void remove(long unitId, @Nullable String indicator, @Nullable String year) {
		Scope s = officer();
		AdminUnit unit = territory.get(unitId);
		Integer y = TargetRules.year(year);
		String code = indicator == null ? "" : indicator.strip();
		BigDecimal before = y == null ? null : repository.ownForUpdate(unit.id(), code, y).orElse(null);
		if (before == null) {
			throw InvalidInput.of("indicator", "goal.remove.none");
		}
		repository.delete(unit.id(), code, y);
		repository.change(unit.id(), code, y, before, null, null, s.username());
		Snapshot gone = new Snapshot(unit.id(), code, y, before, null);
		events.publishEvent(new Audited(AUDIT_TYPE, gone.id(), "DELETE", unit.path(), gone, null));
	}

	private List<TargetRules.Row> tree(AdminUnit unit) {
		List<TargetRules.Row> rows = new ArrayList<>(repository.ofTree(unit));
		national.all().forEach(t -> rows.add(new TargetRules.Row(t, 0)));
		return rows;
	}

	private Scope officer() {
		Scope s = currentScope.get();
		if (!s.role().isOfficer()) {
			throw new OutOfScope("indicator targets");
		}
		return s;
	}

	/** What the audit log keeps of a target. */
	public record Snapshot(long unitId, String indicator, int year, BigDecimal value, @Nullable String note) {

		public String id() {
			return unitId + ":" + indicator + ":" + year;
		}
	}
}
