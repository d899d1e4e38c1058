package vn.ngoso.reported.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.SearchText;
import vn.ngoso.reported.ReportedEntry;
import vn.ngoso.reported.ReportedValue;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * The rules a reported value must meet, each broken rule named by its field with a message key:
 * a unit of the caller's subtree, a reported indicator, whole months from January 2020 up to the
 * current month, a value that is not negative, a whole number for a count, a percentage within
 * 0–100, a count of residents not above the unit's approved population, and one open value per
 * unit, indicator and months.
 */
@Component
public class ReportedRules {

	/** Counts of people living in the unit, which its population bounds (bank accounts are counted where opened). */
	public static final Set<String> RESIDENT_COUNTS = Set.of("VNEID_DOSSIERS", "VNEID_ACTIVATED", "APP_USERS",
			"APP_YOUTH_UNION", "SERVICE_DESK_ACCOUNTS");

	public static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

	public static final int MAX_NOTE = 500;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final Territory territory;

	private final Indicators indicators;

	private final ReportedRepository repository;

	private final Clock clock;

	ReportedRules(Territory territory, Indicators indicators, ReportedRepository repository, Clock clock) {
		this.territory = territory;
		this.indicators = indicators;
		this.repository = repository;
		this.clock = clock;
	}

	/** An entry that passed every rule. */
	public record Valid(AdminUnit unit, Indicator indicator, YearMonth from, YearMonth to, BigDecimal value,
			@Nullable String note) {
	}

	/**
	 * Checks an entry; {@code self} is the value being edited (its own months do not collide with
	 * it). Every broken rule is reported at once.
	 */
	public Valid check(ReportedEntry entry, @Nullable UUID self) {
		List<FieldError> errors = new ArrayList<>();
		AdminUnit unit = unit(entry.unitCode(), errors);
		Indicator indicator = indicator(entry.indicator(), errors);
		boolean monthsOk = months(entry.from(), entry.to(), errors);
		BigDecimal value = value(entry.value(), indicator, errors);
		String note = entry.note() == null ? null : SearchText.clean(entry.note());
		if (note != null && note.isEmpty()) {
			note = null;
		}
		if (note != null && note.length() > MAX_NOTE) {
			errors.add(new FieldError("note", "reported.note.tooLong", MAX_NOTE));
		}
		if (unit != null && indicator != null && monthsOk) {
			Valid valid = new Valid(unit, indicator, entry.from(), entry.to(), value == null ? BigDecimal.ZERO : value, note);
			collisions(valid, self, errors);
			if (value != null) {
				population(valid, errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Valid(unit, indicator, entry.from(), entry.to(), value, note);
	}

	/**
	 * The checks that depend on other values, again, for a value about to be submitted: another
	 * open value or an overlapping flow may have been entered, a population approved, meanwhile.
	 */
	public void recheck(ReportedValue v) {
		Indicator indicator = indicators.find(v.indicator()).orElseThrow();
		AdminUnit unit = territory.lookupIgnoringScope(v.unitId()).orElseThrow();
		Valid valid = new Valid(unit, indicator, v.from(), v.to(), v.value(), v.note());
		List<FieldError> errors = new ArrayList<>();
		collisions(valid, v.id(), errors);
		population(valid, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private @Nullable AdminUnit unit(@Nullable String code, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(new FieldError("unitCode", "reported.unit.required"));
			return null;
		}
		try {
			return territory.getByCode(code.strip());
		}
		catch (NotFound e) {
			errors.add(new FieldError("unitCode", "reported.unit.unknown", code.strip()));
			return null;
		}
	}

	private @Nullable Indicator indicator(@Nullable String code, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(new FieldError("indicator", "reported.indicator.required"));
			return null;
		}
		Optional<Indicator> found = indicators.find(code.strip().toUpperCase(java.util.Locale.ROOT));
		if (found.isEmpty()) {
			errors.add(new FieldError("indicator", "reported.indicator.unknown", code.strip()));
			return null;
		}
		if (found.get().tracked()) {
			errors.add(new FieldError("indicator", "reported.indicator.tracked", found.get().code()));
			return null;
		}
		return found.get();
	}

	private boolean months(@Nullable YearMonth from, @Nullable YearMonth to, List<FieldError> errors) {
		YearMonth now = YearMonth.now(clock);
		int before = errors.size();
		if (from == null) {
			errors.add(new FieldError("from", "reported.from.required"));
		}
		else if (from.isBefore(Period.EARLIEST)) {
			errors.add(new FieldError("from", "reported.month.tooEarly", "01/" + Period.EARLIEST.getYear()));
		}
		else if (from.isAfter(now)) {
			errors.add(new FieldError("from", "reported.month.future"));
		}
		if (to == null) {
			errors.add(new FieldError("to", "reported.to.required"));
		}
		else if (from != null && to.isBefore(from)) {
			errors.add(new FieldError("to", "reported.to.beforeFrom"));
		}
		else if (to.isAfter(now)) {
			errors.add(new FieldError("to", "reported.month.future"));
		}
		return errors.size() == before;
	}

	private @Nullable BigDecimal value(@Nullable BigDecimal value, @Nullable Indicator indicator,
			List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError("value", "reported.value.required"));
			return null;
		}
		BigDecimal v = ReportedRepository.normal(value);
		if (v.signum() < 0) {
			errors.add(new FieldError("value", "reported.value.negative"));
			return null;
		}
		if (indicator == null) {
			return v;
		}
		if (indicator.percent()) {
			if (v.compareTo(HUNDRED) > 0) {
				errors.add(new FieldError("value", "reported.value.percentRange"));
				return null;
			}
			if (v.scale() > 2) {
				errors.add(new FieldError("value", "reported.value.decimals", 2));
				return null;
			}
			return v;
		}
		if (v.scale() > 0) {
			errors.add(new FieldError("value", "reported.value.whole"));
			return null;
		}
		if (v.compareTo(MAX_VALUE) > 0) {
			errors.add(new FieldError("value", "reported.value.tooLarge"));
			return null;
		}
		return v;
	}

	private void collisions(Valid v, @Nullable UUID self, List<FieldError> errors) {
		String code = v.indicator().code();
		if (repository.openExists(v.unit().id(), code, v.from(), v.to(), self)) {
			errors.add(new FieldError("indicator", "reported.open.exists"));
			return;
		}
		if (v.indicator().measure() == Measure.FLOW) {
			repository.overlapping(v.unit().id(), code, v.from(), v.to(), self)
				.ifPresent(other -> errors.add(new FieldError("from", "reported.flow.overlaps",
						ReportedValue.label(other.from(), other.to()))));
		}
	}

	private void population(Valid v, List<FieldError> errors) {
		if (!RESIDENT_COUNTS.contains(v.indicator().code())) {
			return;
		}
		FigureValue population = populationOf(v.unit().id(), new Period(v.from(), v.to()));
		if (population.value() != null && v.value().compareTo(population.value()) > 0) {
			errors.add(new FieldError("value", "reported.value.abovePopulation", population.value(), v.unit().name()));
		}
	}

	/** The unit's approved population at the end of the period, its own or its children's sum. */
	public FigureValue populationOf(long unitId, Period period) {
		Indicator population = indicators.find(Indicators.POPULATION).orElseThrow();
		return ApprovedRollUp.of(unitId, List.of(population),
				repository.approvedUnder(unitId, period.from(), period.to(), List.of(population.code()), List.of(),
						List.of()))
			.get(population.code());
	}
}
