package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NumberText;

/**
 * What a target may be, and which one is in force. The rule, as the page and
 * docs/figures-rules.md state it: for a year, take the targets of the unit, its ancestors and the
 * national defaults; if one of them is set for that very year, the nearest unit's wins (own, then
 * commune, district, province, national); a year without any takes the most recent earlier year
 * that has one, the same way; a year before every target takes the first one (Decision 411's 2025
 * targets are what 2022–2024 worked towards).
 */
public final class TargetRules {

	public static final int FIRST_YEAR = 2020;

	public static final int LAST_YEAR = 2035;

	public static final int MAX_NOTE = 300;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/** Fewer is better for these: a target "at least" would colour them backwards. */
	static final Set<String> FEWER_IS_BETTER = Set.of(Indicators.TEAMS_OUTSIDE_SIZE, Indicators.FEEDBACK_LATE,
			Indicators.FEEDBACK_OVERDUE);

	/** A target of the tree with how deep its unit sits (0 for a national default). */
	public record Row(IndicatorTarget target, int depth) {
	}

	/** A checked entry. */
	public record Valid(Indicator indicator, int year, BigDecimal value, @Nullable String note) {
	}

	private TargetRules() {
	}

	/** Whether a unit may set a target for this indicator at all. */
	public static boolean settable(Indicator indicator) {
		return !FEWER_IS_BETTER.contains(indicator.code());
	}

	/** The message key refusing this year or value, or null. */
	static @Nullable String refusal(Indicator indicator, int year, BigDecimal value) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return "goal.year.invalid";
		}
		if (value.signum() < 0 || (indicator.percent() && value.compareTo(HUNDRED) > 0)) {
			return indicator.percent() ? "goal.value.rate" : "goal.value.count";
		}
		if (value.stripTrailingZeros().scale() > 1) {
			return "goal.value.decimals";
		}
		return null;
	}

	/** Checks every field of an entry; throws {@link InvalidInput} naming each one refused. */
	public static Valid check(Indicators indicators, @Nullable String code, @Nullable String yearText,
			@Nullable String valueText, @Nullable String noteText) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		Indicator indicator = code == null ? null : indicators.find(code.strip()).orElse(null);
		if (indicator == null) {
			errors.add(new InvalidInput.FieldError("indicator", "goal.indicator.unknown"));
		}
		else if (!settable(indicator)) {
			errors.add(new InvalidInput.FieldError("indicator", "goal.indicator.fewerIsBetter"));
		}
		Integer year = year(yearText);
		if (year == null) {
			errors.add(new InvalidInput.FieldError("year", "goal.year.invalid", yearRange()));
		}
		BigDecimal value = valueText == null ? null : NumberText.parse(valueText);
		if (valueText == null || valueText.isBlank()) {
			errors.add(new InvalidInput.FieldError("value", "goal.value.required"));
		}
		else if (value == null) {
			errors.add(new InvalidInput.FieldError("value", "goal.value.invalid"));
		}
		else if (indicator != null) {
			String refusal = refusal(indicator, FIRST_YEAR, value);
			if (refusal != null) {
				errors.add(new InvalidInput.FieldError("value", refusal));
			}
		}
		String note = noteText == null || noteText.isBlank() ? null : noteText.strip();
		if (note != null && note.length() > MAX_NOTE) {
			errors.add(new InvalidInput.FieldError("note", "goal.note.tooLong", MAX_NOTE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		BigDecimal plain = value.stripTrailingZeros();
		return new Valid(indicator, year, plain.scale() < 0 ? plain.setScale(0) : plain, note);
	}

	/** The message arguments of an invalid year (as text: a number would be written "2,020"). */
	public static Object[] yearRange() {
		return new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) };
	}

	/** The year if it is a whole number in range, else null. */
	public static @Nullable Integer year(@Nullable String text) {
		if (text == null || !text.strip().matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(text.strip());
		return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
	}

	/** The target in force for the year, per indicator, from the targets of a unit's tree (see the class comment). */
	public static Map<String, IndicatorTarget> inForce(List<Row> rows, int year) {
		Map<String, List<Row>> byIndicator = rows.stream()
			.collect(Collectors.groupingBy(r -> r.target().indicator(), LinkedHashMap::new, Collectors.toList()));
		Map<String, IndicatorTarget> result = new LinkedHashMap<>();
		byIndicator.forEach((code, candidates) -> {
			int chosenYear = candidates.stream().mapToInt(r -> r.target().year()).filter(y -> y <= year).max()
				.orElseGet(() -> candidates.stream().mapToInt(r -> r.target().year()).min().orElseThrow());
			candidates.stream().filter(r -> r.target().year() == chosenYear).max(Comparator.comparingInt(Row::depth))
				.ifPresent(r -> result.put(code, r.target()));
		});
		return result;
	}
}
