package vn.ngoso.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.Source;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.indicators.SummaryReport.Figure;
import vn.ngoso.indicators.SummaryReport.Layout;
import vn.ngoso.indicators.SummaryReport.Line;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.database.DataAsOf;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.platform.web.VietnamTime;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Builds the provincial report from the live tracked figures and the approved reported values:
 * no figure of it is ever typed in. A unit outside the caller's scope is not found.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = { NotFound.class, InvalidInput.class })
@MayReadReplica
public class SummaryReports {

	/**
	 * Where a report "to date" (lũy kế) starts: the teams were set up under the ministry's pilot
	 * guide 793/BTTTT-THH of March 2022.
	 */
	public static final YearMonth TEAMS_BEGAN = YearMonth.of(2022, 1);

	/** Bình dân học vụ số began with Plan 01-KH/BCĐTW in 2025: no certificate is dated earlier. */
	static final YearMonth DIGITAL_LITERACY_BEGAN = YearMonth.of(2025, 1);

	/** The communes under the unit: the whole that communes with teams are counted out of. */
	public static final String COMMUNES = "COMMUNES";

	/** The report's line of the confidence figure and its figures (issue 18). */
	public static final String CONFIDENCE = "VERIFICATION";

	static final String CONFIDENCE_RATE = "VERIFICATION_RATE";

	static final String CONFIDENCE_CONFIRMED = "VERIFICATION_CONFIRMED";

	static final String CONFIDENCE_CHECKED = "VERIFICATION_CHECKED";

	static final String CONFIDENCE_UNREACHABLE = "VERIFICATION_UNREACHABLE";

	private final Territory territory;

	private final TrackedFigures tracked;

	private final ReorganisedPeriods reorganised;

	private final ReportedValues reported;

	private final Indicators indicators;

	private final CurrentScope scope;

	private final Clock clock;

	/** The confidence figure's maker (module verification), when the application has one. */
	private final org.springframework.beans.factory.ObjectProvider<Confidence.Source> confidence;

	private final DataAsOf dataAsOf;

	private final VietnamTime vietnamTime;

	SummaryReports(Territory territory, TrackedFigures tracked, ReportedValues reported, Indicators indicators,
			CurrentScope scope, Clock clock, ReorganisedPeriods reorganised,
			org.springframework.beans.factory.ObjectProvider<Confidence.Source> confidence, DataAsOf dataAsOf,
			VietnamTime vietnamTime) {
		this.dataAsOf = dataAsOf;
		this.vietnamTime = vietnamTime;
		this.confidence = confidence;
		this.reorganised = reorganised;
		this.territory = territory;
		this.tracked = tracked;
		this.reported = reported;
		this.indicators = indicators;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The report for a unit by official code (blank: the caller's own unit) and a period given as
	 * {@code YYYY-MM} months (blank: from {@link #TEAMS_BEGAN} to this month). Every bad parameter
	 * is reported at once, named; a unit outside the scope is not found.
	 */
	public SummaryReport report(@Nullable String unitCode, @Nullable String from, @Nullable String to) {
		return report(null, unitCode, from, to);
	}

	/**
	 * As {@link #report(String, String, String)}, the unit given by id when it is known: a code
	 * names the version of a unit in force today, and codes are reused after a reorganisation
	 * (Tỉnh Tây Ninh of 2025 has Long An's code 80), an id never is.
	 */
	public SummaryReport report(@Nullable Long unitId, @Nullable String unitCode, @Nullable String from,
			@Nullable String to) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		Period period = period(from, to, errors);
		boolean noUnit = unitId == null && (unitCode == null || unitCode.isBlank());
		Long ownUnit = scope.get().unitId();
		if (noUnit && ownUnit == null) {
			errors.add(new InvalidInput.FieldError("unit", "report.param.unitRequired"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		AdminUnit unit = unitId != null ? territory.getForReports(unitId)
				: noUnit ? territory.get(ownUnit) : territory.getByCode(unitCode);
		return report(unit, period);
	}

	/** Whether the unit's code alone finds it (the version in force today): else link it by id. */
	public boolean codeFinds(AdminUnit unit) {
		return territory.lookupCodeIgnoringScope(unit.code()).filter(u -> u.id() == unit.id()).isPresent();
	}

	/**
	 * The report for a unit the caller may see (checked again here), or a unit closed by a
	 * reorganisation that their unit took hamlets from ({@link Territory#getForReports}).
	 */
	public SummaryReport report(AdminUnit unit, Period period) {
		AdminUnit visible = territory.getForReports(unit.id());
		Map<String, FigureValue> values = new HashMap<>(tracked.of(visible.id(), period));
		values.putAll(reported.approved(visible.id(), period));
		List<Line> lines = new ArrayList<>();
		lines.add(communesWithTeams(visible, values));
		lines.add(line(2, "TEAMS_AND_MEMBERS", Layout.SEPARATE, values, Indicators.TEAMS, Indicators.MEMBERS,
				Indicators.YOUTH_MEMBERS));
		// from the outreach sessions and the desks' support days the teams record
		lines.add(line(3, Indicators.LEAFLETS, Layout.SEPARATE, values, Indicators.LEAFLETS));
		lines.add(line(4, Indicators.OUTREACH_SESSIONS, Layout.SEPARATE, values, Indicators.OUTREACH_SESSIONS));
		lines.add(line(5, "SERVICE_DESK_ACCOUNTS", Layout.SEPARATE, values, Indicators.DESK_ACCOUNTS_HELPED));
		lines.add(line(6, "GUIDED_ONLINE_SERVICES", Layout.SEPARATE, values, Indicators.GUIDED_ONLINE_SERVICES));
		lines.add(line(7, "GUIDED_PROVINCIAL_APP", Layout.WITH_ADDITION, values, Indicators.GUIDED_PROVINCIAL_APP,
				"APP_YOUTH_UNION"));
		lines.add(line(8, "APP_USERS", Layout.SEPARATE, values, "APP_USERS"));
		// feedback comes from the platform's own records now (module feedback), no longer from 1022's count
		lines.add(line(9, "FEEDBACK", Layout.SEPARATE, values, Indicators.FEEDBACK_ITEMS, Indicators.FEEDBACK_ANSWERED));
		lines.add(line(10, "VNEID", Layout.SEPARATE, values, "VNEID_DOSSIERS", "VNEID_ACTIVATED"));
		lines.add(line(11, "GUIDED_CASHLESS", Layout.SEPARATE, values, Indicators.GUIDED_CASHLESS));
		// tracked: counted from the acceptance points the merchants module holds
		lines.add(line(12, "CASHLESS_POINTS", Layout.SEPARATE, values, Indicators.CASHLESS_COMMERCIAL_CENTRES,
				Indicators.CASHLESS_SUPERMARKETS, Indicators.CASHLESS_CONVENIENCE_STORES, Indicators.CASHLESS_MARKETS));
		// the State Bank's figure once approved, the platform's own count until then: as on the dashboard
		lines.add(line(13, "BANK_ACCOUNTS", Layout.SEPARATE, values, BankAccounts.code(values)));
		lines.add(line(14, "DOSSIERS_ON_TIME", Layout.SEPARATE, values, "DOSSIERS_ON_TIME"));
		// Bình dân học vụ số (Plan 01-KH/BCĐTW, 2025): adults meeting the standard, and their share; a
		// report ending before 2025 says "không áp dụng" rather than a 0 the programme never measured
		Line literacy = line(15, "DIGITAL_LITERACY", Layout.SEPARATE, values, Indicators.DIGITAL_LITERACY_ADULTS,
				Indicators.DIGITAL_LITERACY_RATE);
		lines.add(period.to().isBefore(DIGITAL_LITERACY_BEGAN)
				? new Line(literacy.number(), literacy.key(), literacy.layout(), false, literacy.figures()) : literacy);
		// issue 18: how far the lines above can be trusted, from the checked verification samples
		confidence.ifAvailable(source -> lines.add(confidenceLine(source.of(visible, period))));
		List<SummaryReport.Note> notes = new ArrayList<>(reorganised.notes(visible, period));
		// read from the replica: the report says how fresh its figures are, on the page and in every file
		Instant asOf = dataAsOf.ofThisTransaction();
		if (asOf != null) {
			notes.add(new SummaryReport.Note("report.dataAsOf", List.of(vietnamTime.clock(asOf),
					vietnamTime.format(asOf.atZone(VietnamTime.ZONE).toLocalDate()))));
		}
		return new SummaryReport(visible, period, !period.from().isAfter(TEAMS_BEGAN), clock.instant(), lines, notes);
	}

	/** "Tỷ lệ xác minh": the share confirmed, the confirmed, the checked and, apart, the unreachable. */
	private static Line confidenceLine(Confidence c) {
		return new Line(16, CONFIDENCE, Layout.SEPARATE, true, List.of(
				new Figure(CONFIDENCE_RATE, Source.TRACKED, Measure.FLOW, true, c.percent(), null, false),
				confidenceCount(CONFIDENCE_CONFIRMED, c.confirmed(), c),
				confidenceCount(CONFIDENCE_CHECKED, c.checked(), c),
				confidenceCount(CONFIDENCE_UNREACHABLE, c.unreachable(), c)));
	}

	private static Figure confidenceCount(String code, long value, Confidence c) {
		return new Figure(code, Source.TRACKED, Measure.FLOW, false, c.any() ? BigDecimal.valueOf(value) : null, null,
				false);
	}

	/** From {@link #TEAMS_BEGAN} to this month. */
	public Period toDate() {
		return new Period(TEAMS_BEGAN, thisMonth());
	}

	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	private Line communesWithTeams(AdminUnit unit, Map<String, FigureValue> values) {
		Figure withTeams = figure(Indicators.COMMUNES_WITH_TEAMS, values);
		if (unit.isHamlet()) {
			return new Line(1, Indicators.COMMUNES_WITH_TEAMS, Layout.OUT_OF, false,
					List.of(withTeams, new Figure(COMMUNES, Source.TRACKED, Measure.STOCK, false, null, null, false)));
		}
		int communes = unit.isCommune() ? 1 : territory.summaryForReports(unit.id()).communes();
		return new Line(1, Indicators.COMMUNES_WITH_TEAMS, Layout.OUT_OF, true, List.of(withTeams,
				new Figure(COMMUNES, Source.TRACKED, Measure.STOCK, false, BigDecimal.valueOf(communes), null, false)));
	}

	private Line line(int number, String key, Layout layout, Map<String, FigureValue> values, String... codes) {
		List<Figure> figures = new ArrayList<>();
		for (String code : codes) {
			figures.add(figure(code, values));
		}
		return new Line(number, key, layout, true, figures);
	}

	private Figure figure(String code, Map<String, FigureValue> values) {
		Indicator indicator = indicators.find(code).orElseThrow(() -> new IllegalStateException("not in the catalogue: " + code));
		FigureValue value = values.getOrDefault(code, FigureValue.none(code));
		return new Figure(code, indicator.source(), indicator.measure(), indicator.percent(), value.value(),
				value.changedAt(), true);
	}

	/** A month as people write it: 01/2022. */
	public static String shown(YearMonth month) {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

	private Period period(@Nullable String fromText, @Nullable String toText, List<InvalidInput.FieldError> errors) {
		YearMonth now = thisMonth();
		YearMonth from = month("from", fromText, TEAMS_BEGAN, now, errors);
		YearMonth to = month("to", toText, now, now, errors);
		if (from == null || to == null) {
			return toDate();
		}
		if (to.isBefore(from)) {
			errors.add(new InvalidInput.FieldError("to", "report.param.reversed", shown(to), shown(from)));
			return toDate();
		}
		return new Period(from, to);
	}

	private static @Nullable YearMonth month(String name, @Nullable String text, YearMonth blank, YearMonth now,
			List<InvalidInput.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return blank;
		}
		YearMonth month;
		try {
			month = DateText.month(text);
		}
		catch (IllegalArgumentException e) {
			errors.add(new InvalidInput.FieldError(name, "report.param.month", name, text.strip()));
			return null;
		}
		if (month.isBefore(Period.EARLIEST)) {
			errors.add(new InvalidInput.FieldError(name, "report.param.tooEarly", name, shown(Period.EARLIEST)));
			return null;
		}
		if (month.isAfter(now)) {
			errors.add(new InvalidInput.FieldError(name, "report.param.future", name, shown(now)));
			return null;
		}
		return month;
	}
}
