package vn.ngoso.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.indicators.IndicatorTargets;
import vn.ngoso.indicators.internal.Dashboards;
import vn.ngoso.indicators.internal.PeriodChoice;
import vn.ngoso.indicators.internal.TargetRules;
import vn.ngoso.indicators.internal.UnitFigures;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;
import vn.ngoso.territory.UnitReference;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue and the values of a unit of the caller's subtree")
class IndicatorApi {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Schema(description = "A text in Vietnamese and in English")
	record Text(String vi, String en) {
	}

	@Schema(description = "One indicator of the catalogue")
	record IndicatorJson(String code,
			@Schema(description = "tracked: computed from the platform's records; reported: entered by an agency and approved",
					allowableValues = { "tracked", "reported" }) String kind,
			@Schema(description = "TRACKED, or the agency that reports it") String source, Text sourceName,
			@Schema(allowableValues = { "STOCK", "FLOW", "RATE" },
					description = "STOCK: cumulative to the end of the period; FLOW: summed over the period; RATE: a percentage") String measure,
			@Schema(allowableValues = { "count", "percent" }) String unit, Text name, Text definition,
			@Schema(description = "For a tracked rate: the indicator counted") @Nullable String numerator,
			@Schema(description = "For a tracked rate: the indicator it is counted over") @Nullable String denominator,
			@Schema(description = "The national target in force this year (Decision 411/QĐ-TTg by default), in the indicator's unit; "
					+ "a unit's own target may differ: see /api/v1/indicators/targets") @Nullable BigDecimal target) {
	}

	@Schema(description = "A unit's value of one indicator for the period")
	record ValueJson(String code,
			@Schema(description = "A count, or a percentage with one decimal; null when unknown (nothing to divide by, nothing approved)") @Nullable BigDecimal value,
			@Schema(description = "When the figure last changed") @Nullable Instant changedAt) {

		static ValueJson of(FigureValue v) {
			return new ValueJson(v.code(), v.value(), v.changedAt());
		}
	}

	@Schema(description = "An administrative unit")
	record UnitJson(long id, String code, String name, String type, int level,
			@Schema(description = "The communes COMMUNES_WITH_TEAMS is counted over (null for a hamlet)") @Nullable Integer communes) {
	}

	record UnitValuesJson(UnitJson unit, List<ValueJson> values) {

		static UnitValuesJson of(UnitFigures figures) {
			AdminUnit u = figures.unit();
			return new UnitValuesJson(new UnitJson(u.id(), u.code(), u.name(), u.type().name(), u.level(), figures.communes()),
					figures.values().values().stream().map(ValueJson::of).toList());
		}
	}

	@Schema(description = "Values of every indicator, tracked and approved reported, for a unit and period")
	record ValuesJson(UnitJson unit, String from, String to, List<ValueJson> values,
			@Schema(description = "Present with children=true: the same for each child unit") @Nullable List<UnitValuesJson> children) {
	}

	@Schema(description = "The target in force for a unit, an indicator and a year, and where it comes from")
	record TargetJson(String code,
			@Schema(description = "The target, in the indicator's unit (a percentage for a rate)") BigDecimal value,
			@Schema(description = "The year it was set for: the asked year, else the most recent earlier one, else the first") int year,
			@Schema(allowableValues = { "national", "inherited", "own" }) String source,
			@Schema(description = "The unit that set it (null for a national target)") @Nullable UnitRef setBy,
			@Schema(description = "The legal basis or note, e.g. \"Quyết định 411/QĐ-TTg\"") @Nullable String basis) {

		static TargetJson of(IndicatorTarget t) {
			String source = t.national() ? "national" : t.own() ? "own" : "inherited";
			return new TargetJson(t.indicator(), t.value(), t.year(), source,
					t.national() ? null : new UnitRef(t.unitId(), t.unitCode(), t.unitName(), t.unitLevel()), t.basis());
		}
	}

	record UnitRef(Long id, String code, String name, int level) {
	}

	record TargetsJson(UnitJson unit, int year, List<TargetJson> targets) {
	}

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Dashboards dashboards;

	private final Territory territory;

	private final MessageSource messages;

	private final Clock clock;

	IndicatorApi(Indicators indicators, IndicatorTargets targets, Dashboards dashboards, Territory territory,
			MessageSource messages, Clock clock) {
		this.indicators = indicators;
		this.targets = targets;
		this.dashboards = dashboards;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The indicator catalogue, in the order of the provincial report, with names in Vietnamese and English")
	List<IndicatorJson> catalogue() {
		Map<String, IndicatorTarget> national = targets.national(LocalDate.now(clock).getYear());
		return indicators.all().stream().map(i -> json(i, national.get(i.code()))).toList();
	}

	@GetMapping("/targets")
	@Operation(summary = "The targets in force for a unit (by official code) and a year, with where each comes from",
			description = "The unit's own target for the year, else its nearest parent's, else the national one; a year "
					+ "without any takes the most recent earlier year's, a year before every target the first one. "
					+ "Indicators without any target are left out. A unit outside the caller's subtree answers 404.")
	@ApiResponse(responseCode = "200", description = "The targets")
	@ApiResponse(responseCode = "400", description = "The unit is missing or the year is not 2020–2035 (problem JSON naming it)")
	@ApiResponse(responseCode = "404", description = "No such unit in the caller's subtree")
	TargetsJson targets(
			@ParameterObject UnitQuery unit,
			@Parameter(description = "The year, 2020–2035; default this year", example = "2026") @RequestParam(required = false) @Nullable String year) {
		AdminUnit u = unit(unit.reference());
		Integer y = year == null || year.isBlank() ? Integer.valueOf(LocalDate.now(clock).getYear()) : TargetRules.year(year);
		if (y == null) {
			throw InvalidInput.of("year", "goal.year.invalid", TargetRules.yearRange());
		}
		List<TargetJson> inForce = targets.inForce(u, y).values().stream().map(TargetJson::of).toList();
		return new TargetsJson(new UnitJson(u.id(), u.code(), u.name(), u.type().name(), u.level(), null), y, inForce);
	}

	@GetMapping("/values")
	@Operation(summary = "Values of every indicator for a unit (by official code) and a span of months",
			description = "Stocks are read at the end of `to`, flows summed from `from` to `to`. Reported indicators "
					+ "count only approved values. A unit outside the caller's subtree answers 404.")
	@ApiResponse(responseCode = "200", description = "The values")
	@ApiResponse(responseCode = "400", description = "A parameter is missing or not a month YYYY-MM, or the range is reversed (problem JSON naming it)")
	@ApiResponse(responseCode = "404", description = "No such unit in the caller's subtree")
	ValuesJson values(
			@ParameterObject UnitQuery unit,
			@Parameter(description = "First month, YYYY-MM; default January of `to`'s year", example = "2025-01") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "Last month, YYYY-MM; default the current month", example = "2025-06") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "Also give the values of each child unit") @RequestParam(defaultValue = "false") boolean children) {
		long id = unit(unit.reference()).id();
		Period period = PeriodChoice.fromRange(from, to, LocalDate.now(clock)).period();
		UnitValuesJson own = UnitValuesJson.of(dashboards.values(id, period));
		List<UnitValuesJson> childValues = children
				? dashboards.childValues(id, period).stream().map(UnitValuesJson::of).toList() : null;
		return new ValuesJson(own.unit(), period.from().toString(), period.to().toString(), own.values(), childValues);
	}

	/** The unit asked about; naming none keeps the dashboards' own message, which gives an example. */
	private AdminUnit unit(UnitReference ref) {
		if (ref.isEmpty()) {
			throw InvalidInput.of("unit", "dashboard.param.unitRequired");
		}
		return territory.require(ref);
	}

	private IndicatorJson json(Indicator i, @Nullable IndicatorTarget national) {
		return new IndicatorJson(i.code(), i.tracked() ? "tracked" : "reported", i.source().name(),
				text("source." + i.source()), i.measure().name(), i.percent() ? "percent" : "count", text(i.nameKey()),
				text(i.definitionKey()), i.numerator(), i.denominator(),
				national == null ? null : national.value());
	}

	private Text text(String key) {
		return new Text(messages.getMessage(key, null, key, VI), messages.getMessage(key, null, key, Locale.ENGLISH));
	}
}
