package vn.ngoso.indicators.internal;

import static vn.ngoso.figures.Indicators.COMMUNES_WITH_TEAMS;
import static vn.ngoso.figures.Indicators.COVERED_HOUSEHOLDS;
import static vn.ngoso.figures.Indicators.COVERED_RATE;
import static vn.ngoso.figures.Indicators.VISITS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.figures.TrackedFigures.MonthValue;
import vn.ngoso.indicators.BankAccounts;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.indicators.IndicatorTargets;
import vn.ngoso.indicators.internal.DashboardView.MonthFigures;
import vn.ngoso.indicators.internal.DashboardView.Tile;
import vn.ngoso.platform.database.DataAsOf;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * Reads dashboards from the aggregate rows (a few rows per unit, never the raw records). Every
 * unit goes through {@link Territory} first, so a unit outside the caller's scope is not found.
 * Served by the read replica when there is one: a dashboard may be behind by its lag, and says so.
 */
@Service
@Transactional(readOnly = true)
@MayReadReplica
public class Dashboards {

	/** The tile of people 15+ with a bank account: the figure of {@link BankAccounts}, as in the report's line 13. */
	public static final String BANK_ACCOUNTS = "BANK_ACCOUNTS";

	/** The headline tiles, in the order of the provincial report. */
	public static final List<String> TILES = List.of(COMMUNES_WITH_TEAMS, Indicators.TEAMS, Indicators.MEMBERS,
			Indicators.YOUTH_MEMBERS, Indicators.HOUSEHOLDS, COVERED_HOUSEHOLDS, COVERED_RATE,
			Indicators.SMARTPHONE_RATE, Indicators.BANK_ACCOUNT_RATE, BANK_ACCOUNTS, Indicators.ONLINE_SERVICE_RATE,
			// Bình dân học vụ số: adults meeting the standard, against the province's target when it has one
			Indicators.DIGITAL_LITERACY_RATE, Indicators.GUIDED_ONLINE_SERVICES, Indicators.GUIDED_PROVINCIAL_APP, Indicators.GUIDED_CASHLESS, VISITS,
			// citizens' feedback raised in the unit: received, answered on time, open past the deadline now
			Indicators.FEEDBACK_ITEMS, Indicators.FEEDBACK_ON_TIME, Indicators.FEEDBACK_OVERDUE);

	/** The columns of the child-unit table (after "communes with teams"). */
	public static final List<String> COLUMNS = List.of(Indicators.TEAMS, Indicators.MEMBERS, Indicators.YOUTH_MEMBERS,
			Indicators.HOUSEHOLDS, COVERED_HOUSEHOLDS, COVERED_RATE, Indicators.GUIDED_ONLINE_SERVICES,
			Indicators.GUIDED_PROVINCIAL_APP, Indicators.GUIDED_CASHLESS, VISITS);

	private final Territory territory;

	private final TrackedFigures tracked;

	private final ReportedValues reported;

	private final Indicators indicators;

	private final StocksAsOfToday asOfToday;

	private final IndicatorTargets targets;

	private final DataAsOf dataAsOf;

	Dashboards(Territory territory, TrackedFigures tracked, ReportedValues reported, Indicators indicators,
			StocksAsOfToday asOfToday, IndicatorTargets targets, DataAsOf dataAsOf) {
		this.targets = targets;
		this.dataAsOf = dataAsOf;
		this.territory = territory;
		this.tracked = tracked;
		this.reported = reported;
		this.indicators = indicators;
		this.asOfToday = asOfToday;
	}

	public DashboardView of(long unitId, PeriodChoice choice) {
		Period period = choice.period();
		UnitSummary summary = territory.summary(unitId);
		List<UnitSummary> childUnits = territory.children(unitId);
		List<UnitSummary> all = new ArrayList<>(childUnits.size() + 1);
		all.add(summary);
		all.addAll(childUnits);
		Map<Long, Map<String, FigureValue>> figures = tracked.of(all.stream().map(s -> s.unit().id()).toList(), period);

		Map<String, FigureValue> ownValues = new LinkedHashMap<>(asOfToday.apply(summary.unit(), period, figures.get(unitId)));
		Map<String, FigureValue> approved = reported.approved(unitId, period);
		ownValues.putAll(approved);
		UnitFigures own = new UnitFigures(summary.unit(), communes(summary), ownValues);
		List<UnitFigures> children = childUnits.stream()
			.map(c -> new UnitFigures(c.unit(), communes(c), figures.get(c.unit().id())))
			.toList();

		// the targets in force for the unit and the period's last year: one query for every tile
		Map<String, IndicatorTarget> inForce = targets.inForce(summary.unit(), period.to().getYear());
		List<Tile> tiles = TILES.stream()
			.filter(code -> !(code.equals(COMMUNES_WITH_TEAMS) && own.communes() == null))
			.map(code -> tile(own, code.equals(BANK_ACCOUNTS) ? BankAccounts.code(ownValues) : code, inForce))
			.toList();
		List<Tile> reportedRows = indicators.reported().stream().map(i -> tile(own, i.code(), inForce)).toList();
		// a reported figure already among the headline tiles is not shown twice
		List<Tile> reportedTiles = reportedRows.stream().filter(t -> t.figure().known())
			.filter(t -> tiles.stream().noneMatch(h -> h.code().equals(t.code()))).toList();

		List<UnitFigures> ranking = children.stream().filter(c -> c.coveredRate() != null)
			.sorted(Comparator.comparing(UnitFigures::coveredRate, Comparator.reverseOrder())
				.thenComparing(c -> c.count(COVERED_HOUSEHOLDS), Comparator.reverseOrder()))
			.toList();
		List<UnitFigures> unranked = children.stream().filter(c -> c.coveredRate() == null).toList();

		return new DashboardView(own, territory.breadcrumbs(unitId), choice, tiles, reportedTiles, reportedRows, children,
				ranking, unranked, trend(unitId, period), dataAsOf.ofThisTransaction());
	}

	/** Each unit's tracked and approved reported values, for the API. */
	public UnitFigures values(long unitId, Period period) {
		UnitSummary summary = territory.summary(unitId);
		return withReported(summary, tracked.of(unitId, period), period);
	}

	/** Each child unit's tracked and approved reported values, for the API. */
	public List<UnitFigures> childValues(long unitId, Period period) {
		List<UnitSummary> children = territory.children(unitId);
		Map<Long, Map<String, FigureValue>> figures = tracked.of(children.stream().map(c -> c.unit().id()).toList(),
				period);
		return children.stream().map(c -> withReported(c, figures.get(c.unit().id()), period)).toList();
	}

	/** Where an administrator starts: every root of the tree with its figures. */
	public List<UnitFigures> roots(List<UnitSummary> roots, Period period) {
		Map<Long, Map<String, FigureValue>> figures = tracked.of(roots.stream().map(r -> r.unit().id()).toList(), period);
		return roots.stream().map(r -> new UnitFigures(r.unit(), communes(r), figures.get(r.unit().id()))).toList();
	}

	private UnitFigures withReported(UnitSummary summary, Map<String, FigureValue> trackedValues, Period period) {
		Map<String, FigureValue> values = new LinkedHashMap<>(asOfToday.apply(summary.unit(), period, trackedValues));
		values.putAll(reported.approved(summary.unit().id(), period));
		return new UnitFigures(summary.unit(), communes(summary), values);
	}

	private Tile tile(UnitFigures own, String code, Map<String, IndicatorTarget> inForce) {
		Indicator indicator = indicators.find(code).orElseThrow();
		FigureValue figure = own.figure(code);
		Integer outOf = code.equals(COMMUNES_WITH_TEAMS) ? own.communes() : null;
		IndicatorTarget target = inForce.get(code);
		return new Tile(indicator, figure, outOf, target, Light.of(figure.value(), target == null ? null : target.value()));
	}

	private List<MonthFigures> trend(long unitId, Period period) {
		Map<String, List<MonthValue>> trends = tracked.trends(unitId, List.of(COVERED_HOUSEHOLDS, VISITS), period);
		List<MonthValue> covered = trends.get(COVERED_HOUSEHOLDS);
		List<MonthValue> visits = trends.get(VISITS);
		List<MonthFigures> months = new ArrayList<>(covered.size());
		for (int i = 0; i < covered.size(); i++) {
			months.add(new MonthFigures(covered.get(i).month(), covered.get(i).value(), visits.get(i).value()));
		}
		return months;
	}

	/** Communes a unit counts "communes with teams" over: those under it, itself if a commune, none for a hamlet. */
	private static @Nullable Integer communes(UnitSummary summary) {
		AdminUnit unit = summary.unit();
		if (unit.isHamlet()) {
			return null;
		}
		return unit.isCommune() ? 1 : summary.communes();
	}
}
