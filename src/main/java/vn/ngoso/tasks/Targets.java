package vn.ngoso.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.figures.TrackedFigures.Span;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.tasks.internal.Apportion;
import vn.ngoso.tasks.internal.Projection;
import vn.ngoso.tasks.internal.TargetRepository;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * Targets for tracked indicators, set by officers inside their subtree and cascaded to the child
 * units. Progress is never typed: it is read from the live figures each time it is shown.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

	/** Rates cascaded by hand may differ from the parent by rounding to one decimal. */
	private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.05");

	private final TargetRepository repository;

	private final Indicators indicators;

	private final TrackedFigures figures;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Targets(TargetRepository repository, Indicators indicators, TrackedFigures figures, Territory territory,
			CurrentScope currentScope, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.indicators = indicators;
		this.figures = figures;
		this.territory = territory;
		this.currentScope = currentScope;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean canSet() {
		return currentScope.get().role().isOfficer();
	}

	/** The tracked indicators a target can be set for. */
	public List<Indicator> indicators() {
		return indicators.tracked();
	}

	@Transactional
	public Target create(NewTarget command) {
		requireOfficer();
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		Indicator indicator = command.indicator() == null ? null
				: indicators.find(command.indicator()).filter(Indicator::tracked).orElse(null);
		if (indicator == null) {
			errors.add(new InvalidInput.FieldError("indicator", "target.indicator.notTracked"));
		}
		AdminUnit unit = null;
		if (command.unitId() == null) {
			errors.add(new InvalidInput.FieldError("unitId", "target.unit.required"));
		}
		else {
			try {
				unit = territory.get(command.unitId());
			}
			catch (NotFound e) {
				errors.add(new InvalidInput.FieldError("unitId", "target.unit.outOfScope"));
			}
		}
		if (command.from() == null || command.from().isBefore(Period.EARLIEST)) {
			errors.add(new InvalidInput.FieldError("from", "target.from.required"));
		}
		if (command.to() == null) {
			errors.add(new InvalidInput.FieldError("to", "target.to.required"));
		}
		else if (command.from() != null && command.to().isBefore(command.from())) {
			errors.add(new InvalidInput.FieldError("to", "target.to.beforeFrom"));
		}
		if (command.value() == null || command.value().signum() < 0
				|| indicator != null && indicator.percent() && command.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.add(new InvalidInput.FieldError("value", indicator != null && indicator.percent()
					? "target.value.percent" : "target.value.count"));
		}
		if (errors.isEmpty() && repository.exists(indicator.code(), unit.id(), command.from(), command.to())) {
			errors.add(new InvalidInput.FieldError("unitId", "target.duplicate"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		BigDecimal value = rounded(indicator, command.value());
		long id = repository.insert(indicator.code(), unit.id(), unit.path(), command.from(), command.to(), value, null,
				currentScope.get().username());
		Target target = get(id);
		events.publishEvent(Audited.created("TARGET", id, target.unitPath(), target));
		return target;
	}

	/**
	 * Gives every open child unit its share. By households: counts in proportion to the children's
	 * households (whole numbers adding up exactly), a rate the same rate for all. By hand: counts
	 * must add up to the parent, rates average to it weighted by households.
	 */
	@Transactional
	public List<Target> cascade(long id, CascadeTarget command) {
		requireOfficer();
		Target parent = get(id);
		if (parent.split() != null) {
			throw InvalidInput.of("split", "target.cascade.already");
		}
		if (command.split() == null) {
			throw InvalidInput.of("split", "target.cascade.splitRequired");
		}
		List<AdminUnit> children = territory.children(parent.unitId()).stream().map(UnitSummary::unit)
			.filter(u -> u.validTo() == null).toList();
		if (children.isEmpty()) {
			throw InvalidInput.of("split", "target.cascade.noChildren");
		}
		Indicator indicator = indicators.find(parent.indicator()).orElseThrow();
		long[] households = households(children, new Period(parent.from(), parent.to()));
		BigDecimal[] values = command.split() == Target.Split.HOUSEHOLDS ? proportional(parent, households)
				: manual(parent, indicator, children, households, command.values());
		String by = currentScope.get().username();
		List<Target> made = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			AdminUnit child = children.get(i);
			if (repository.exists(parent.indicator(), child.id(), parent.from(), parent.to())) {
				throw InvalidInput.of("values", "target.cascade.childHasTarget", child.name());
			}
			long childId = repository.insert(parent.indicator(), child.id(), child.path(), parent.from(), parent.to(),
					values[i], parent.id(), by);
			made.add(get(childId));
		}
		repository.setSplit(parent.id(), command.split());
		events.publishEvent(new Audited("TARGET", String.valueOf(id), "CASCADE", parent.unitPath(), parent, made));
		return made;
	}

	private static BigDecimal[] proportional(Target parent, long[] households) {
		BigDecimal[] values = new BigDecimal[households.length];
		if (parent.percent()) {
			java.util.Arrays.fill(values, parent.value());
			return values;
		}
		long[] parts = Apportion.split(parent.value().setScale(0, RoundingMode.HALF_UP).longValueExact(), households);
		for (int i = 0; i < parts.length; i++) {
			values[i] = BigDecimal.valueOf(parts[i]).setScale(1);
		}
		return values;
	}

	private static BigDecimal[] manual(Target parent, Indicator indicator, List<AdminUnit> children, long[] households,
			@Nullable Map<Long, BigDecimal> typed) {
		BigDecimal[] values = new BigDecimal[children.size()];
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weighted = BigDecimal.ZERO;
		long weights = 0;
		for (int i = 0; i < children.size(); i++) {
			BigDecimal v = typed == null ? null : typed.get(children.get(i).id());
			if (v == null || v.signum() < 0 || parent.percent() && v.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw InvalidInput.of("values", "target.cascade.valueMissing", children.get(i).name());
			}
			values[i] = rounded(indicator, v);
			sum = sum.add(values[i]);
			weighted = weighted.add(values[i].multiply(BigDecimal.valueOf(households[i])));
			weights += households[i];
		}
		if (!parent.percent()) {
			if (sum.compareTo(parent.value()) != 0) {
				throw InvalidInput.of("values", "target.cascade.sumMismatch", sum.stripTrailingZeros().toPlainString(),
						parent.value().stripTrailingZeros().toPlainString());
			}
			return values;
		}
		BigDecimal average = weights == 0 ? sum.divide(BigDecimal.valueOf(values.length), 2, RoundingMode.HALF_UP)
				: weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
		if (average.subtract(parent.value()).abs().compareTo(RATE_TOLERANCE) > 0) {
			throw InvalidInput.of("values", "target.cascade.rateMismatch",
					average.setScale(1, RoundingMode.HALF_UP).toPlainString(), parent.value().toPlainString());
		}
		return values;
	}

	/** Households of each child, the weights of a proportional split. */
	private long[] households(List<AdminUnit> children, Period period) {
		Map<Long, Map<String, FigureValue>> byUnit = figures.of(children.stream().map(AdminUnit::id).toList(), period);
		long[] weights = new long[children.size()];
		for (int i = 0; i < weights.length; i++) {
			FigureValue v = byUnit.get(children.get(i).id()).get(Indicators.HOUSEHOLDS);
			weights[i] = v == null || v.value() == null ? 0 : v.value().longValue();
		}
		return weights;
	}

	public Target get(long id) {
		Scope s = currentScope.get();
		return repository.find(id, this::percent).filter(t -> s.coversUnitPath(t.unitPath()))
			.orElseThrow(() -> new NotFound("target.notFound", id));
	}

	public List<Target> children(long id) {
		get(id);
		return repository.children(id, this::percent);
	}

	public TargetProgress progress(long id) {
		return progress(List.of(get(id))).get(0);
	}

	/** Every target under the caller's unit, with its live progress. */
	public List<TargetProgress> all() {
		return progress(repository.under(currentScope.get().subtreeFilter(), this::percent));
	}

	/** The targets that, on the current pace, will be missed (or were). */
	public List<TargetProgress> atRisk() {
		return all().stream().filter(TargetProgress::atRisk).toList();
	}

	/**
	 * Reads the figures once per period for all the targets of that period, in one query over the
	 * rows of their indicators only: the figure today and, for stocks and rates, the figure when
	 * the period began.
	 */
	public List<TargetProgress> progress(List<Target> targets) {
		LocalDate today = LocalDate.now(clock);
		Map<Period, List<Target>> byPeriod = new LinkedHashMap<>();
		for (Target t : targets) {
			byPeriod.computeIfAbsent(new Period(t.from(), t.to()), p -> new ArrayList<>()).add(t);
		}
		Map<Period, Map<Long, Map<String, Span>>> spans = new HashMap<>();
		byPeriod.forEach((period, inPeriod) -> spans.put(period,
				figures.spans(inPeriod.stream().map(Target::unitId).distinct().toList(), period,
						inPeriod.stream().map(Target::indicator).collect(Collectors.toSet()))));
		List<TargetProgress> result = new ArrayList<>(targets.size());
		for (Target t : targets) {
			Period period = new Period(t.from(), t.to());
			Span span = spans.get(period).getOrDefault(t.unitId(), Map.of()).get(t.indicator());
			BigDecimal current = span == null ? null : span.atEnd();
			Measure measure = indicators.find(t.indicator()).map(Indicator::measure).orElse(Measure.STOCK);
			boolean before = period.from().minusMonths(1).isBefore(Period.EARLIEST);
			BigDecimal begin = measure == Measure.FLOW || before || span == null || span.before() == null
					? BigDecimal.ZERO : span.before();
			BigDecimal projected = Projection.at(period, today, begin, current);
			boolean started = !today.isBefore(period.firstDay());
			boolean atRisk = started && (projected == null || projected.compareTo(t.value()) < 0);
			result.add(new TargetProgress(t, current, projected, atRisk));
		}
		return result;
	}

	private boolean percent(String code) {
		return indicators.find(code).map(Indicator::percent).orElse(false);
	}

	private static BigDecimal rounded(Indicator indicator, BigDecimal value) {
		return value.setScale(indicator.percent() ? 1 : 0, RoundingMode.HALF_UP).setScale(1);
	}

	private void requireOfficer() {
		if (!canSet()) {
			throw new OutOfScope("targets");
		}
	}
}
