package vn.ngoso.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The catalogue: every indicator the platform knows, tracked or reported, in the order of the
 * provincial report. The codes of tracked indicators are what {@link FigureSource}s write.
 */
@Service
public class Indicators {

	public static final String COMMUNES_WITH_TEAMS = "COMMUNES_WITH_TEAMS";

	public static final String TEAMS = "TEAMS";

	public static final String MEMBERS = "MEMBERS";

	public static final String YOUTH_MEMBERS = "YOUTH_MEMBERS";

	public static final String TEAMS_OUTSIDE_SIZE = "TEAMS_OUTSIDE_SIZE";

	public static final String HOUSEHOLDS = "HOUSEHOLDS";

	public static final String COVERED_HOUSEHOLDS = "COVERED_HOUSEHOLDS";

	public static final String COVERED_RATE = "COVERED_RATE";

	public static final String RESIDENTS_15 = "RESIDENTS_15";

	/** Residents 15+ with a readiness item: this prefix and the item's name. */
	public static final String READY = "READY_";

	/** Residents aged 18+ (adults), counted as {@link #RESIDENTS_15} at 18. */
	public static final String RESIDENTS_18 = "RESIDENTS_18";

	/**
	 * Adults meeting the "chuẩn phổ cập kiến thức chuyển đổi số" of Bình dân học vụ số (Plan
	 * 01-KH/BCĐTW, 2025), and their share of the adults. No national figure: provinces set theirs.
	 */
	public static final String DIGITAL_LITERACY_ADULTS = "DIGITAL_LITERACY_ADULTS";

	public static final String DIGITAL_LITERACY_RATE = "DIGITAL_LITERACY_RATE";

	public static final String SMARTPHONE_RATE = "SMARTPHONE_RATE";

	public static final String BANK_ACCOUNT_RATE = "BANK_ACCOUNT_RATE";

	public static final String ONLINE_SERVICE_RATE = "ONLINE_SERVICE_RATE";

	public static final String GUIDED_ONLINE_SERVICES = "GUIDED_ONLINE_SERVICES";

	public static final String GUIDED_PROVINCIAL_APP = "GUIDED_PROVINCIAL_APP";

	public static final String GUIDED_CASHLESS = "GUIDED_CASHLESS";

	public static final String VISITS = "VISITS";

	/** Outreach sessions held, leaflets handed out and people attending them (flows, at the organising unit). */
	public static final String OUTREACH_SESSIONS = "OUTREACH_SESSIONS";

	public static final String LEAFLETS = "LEAFLETS";

	public static final String OUTREACH_ATTENDEES = "OUTREACH_ATTENDEES";

	/** At the service desks (the province's centre, the communes' one-stop desks): flows at the desk's unit. */
	public static final String DESK_ACCOUNTS_HELPED = "DESK_ACCOUNTS_HELPED";

	public static final String DESK_DOSSIERS_ONLINE = "DESK_DOSSIERS_ONLINE";

	public static final String DESK_PAYMENTS_ONLINE = "DESK_PAYMENTS_ONLINE";

	/** Members (in a team) who completed at least one course, and their share of the members. */
	public static final String MEMBERS_TRAINED = "MEMBERS_TRAINED";

	public static final String MEMBERS_TRAINED_RATE = "MEMBERS_TRAINED_RATE";

	/** Feedback items received in the period (module feedback, at the unit where raised). */
	public static final String FEEDBACK_ITEMS = "FEEDBACK_ITEMS";

	/** Feedback items first answered in the period. */
	public static final String FEEDBACK_ANSWERED = "FEEDBACK_ANSWERED";

	public static final String FEEDBACK_ON_TIME = "FEEDBACK_ON_TIME";

	public static final String FEEDBACK_LATE = "FEEDBACK_LATE";

	/** Feedback items open past their deadline at the end of the period. */
	public static final String FEEDBACK_OVERDUE = "FEEDBACK_OVERDUE";

	/** Cashless acceptance points by kind, counted from the month each started (merchants module). */
	public static final String CASHLESS_COMMERCIAL_CENTRES = "CASHLESS_COMMERCIAL_CENTRES";

	public static final String CASHLESS_SUPERMARKETS = "CASHLESS_SUPERMARKETS";

	public static final String CASHLESS_CONVENIENCE_STORES = "CASHLESS_CONVENIENCE_STORES";

	public static final String CASHLESS_MARKETS = "CASHLESS_MARKETS";

	/** Stalls within markets: tracked, but not a figure of the report (which counts markets). */
	public static final String CASHLESS_MARKET_STALLS = "CASHLESS_MARKET_STALLS";

	/** The unit's population (statistics office): the ceiling for counts of residents. */
	public static final String POPULATION = "POPULATION";

	/** The readiness items, in the order of the profile (names as in the households module). */
	public static final List<String> READINESS_ITEMS = List.of("SMARTPHONE", "VNEID_DOSSIER", "VNEID_ACTIVATED",
			"PROVINCIAL_APP", "ONLINE_SERVICE_ACCOUNT", "ONLINE_SERVICE_USED", "BANK_ACCOUNT", "CASHLESS", "VSSID",
			"FLUENT", "DIGITAL_LITERACY");

	private final Map<String, Indicator> catalogue = new LinkedHashMap<>();

	public Indicators() {
		stock(COMMUNES_WITH_TEAMS);
		stock(TEAMS);
		stock(MEMBERS);
		stock(YOUTH_MEMBERS);
		stock(TEAMS_OUTSIDE_SIZE);
		stock(HOUSEHOLDS);
		stock(COVERED_HOUSEHOLDS);
		rate(COVERED_RATE, COVERED_HOUSEHOLDS, HOUSEHOLDS);
		stock(RESIDENTS_15);
		READINESS_ITEMS.forEach(item -> stock(READY + item));
		rate(SMARTPHONE_RATE, READY + "SMARTPHONE", RESIDENTS_15);
		rate(BANK_ACCOUNT_RATE, READY + "BANK_ACCOUNT", RESIDENTS_15);
		rate(ONLINE_SERVICE_RATE, READY + "ONLINE_SERVICE_USED", RESIDENTS_15);
		stock(RESIDENTS_18);
		stock(DIGITAL_LITERACY_ADULTS);
		rate(DIGITAL_LITERACY_RATE, DIGITAL_LITERACY_ADULTS, RESIDENTS_18);
		stock(GUIDED_ONLINE_SERVICES);
		stock(GUIDED_PROVINCIAL_APP);
		stock(GUIDED_CASHLESS);
		flow(VISITS);
		flow(OUTREACH_SESSIONS);
		flow(LEAFLETS);
		flow(OUTREACH_ATTENDEES);
		flow(DESK_ACCOUNTS_HELPED);
		flow(DESK_DOSSIERS_ONLINE);
		flow(DESK_PAYMENTS_ONLINE);
		stock(MEMBERS_TRAINED);
		rate(MEMBERS_TRAINED_RATE, MEMBERS_TRAINED, MEMBERS);
		flow(FEEDBACK_ITEMS);
		flow(FEEDBACK_ANSWERED);
		flow(FEEDBACK_ON_TIME);
		flow(FEEDBACK_LATE);
		stock(FEEDBACK_OVERDUE);
		// acceptance points, from the merchants module's records (once reported by Industry and Trade)
		stock(CASHLESS_COMMERCIAL_CENTRES);
		stock(CASHLESS_SUPERMARKETS);
		stock(CASHLESS_CONVENIENCE_STORES);
		stock(CASHLESS_MARKETS);
		stock(CASHLESS_MARKET_STALLS);
		reported("VNEID_DOSSIERS", Source.POLICE, Measure.STOCK);
		reported("VNEID_ACTIVATED", Source.POLICE, Measure.STOCK);
		reported("BANK_ACCOUNTS_15", Source.STATE_BANK, Measure.STOCK);
		reported("FEEDBACK_RECEIVED", Source.HOTLINE_1022, Measure.FLOW);
		reported("FEEDBACK_HANDLED", Source.HOTLINE_1022, Measure.FLOW);
		reported("APP_USERS", Source.APP_OPERATOR, Measure.STOCK);
		reported("APP_YOUTH_UNION", Source.YOUTH_UNION, Measure.FLOW);
		reported("SERVICE_DESK_ACCOUNTS", Source.SERVICE_CENTRE, Measure.FLOW);
		add(new Indicator("DOSSIERS_ON_TIME", Source.PEOPLES_COMMITTEE, Measure.RATE, true, null, null));
		reported(POPULATION, Source.STATISTICS, Measure.STOCK);
	}

	public List<Indicator> all() {
		return List.copyOf(catalogue.values());
	}

	public List<Indicator> tracked() {
		return catalogue.values().stream().filter(Indicator::tracked).toList();
	}

	public List<Indicator> reported() {
		return catalogue.values().stream().filter(Indicator::reported).toList();
	}

	public Optional<Indicator> find(String code) {
		return Optional.ofNullable(catalogue.get(code));
	}

	private void stock(String code) {
		add(new Indicator(code, Source.TRACKED, Measure.STOCK, false, null, null));
	}

	private void flow(String code) {
		add(new Indicator(code, Source.TRACKED, Measure.FLOW, false, null, null));
	}

	/** A tracked rate; its targets are data (national-targets.csv and each unit's own, in the indicators module). */
	private void rate(String code, String numerator, String denominator) {
		add(new Indicator(code, Source.TRACKED, Measure.RATE, true, numerator, denominator));
	}

	private void reported(String code, Source source, Measure measure) {
		add(new Indicator(code, source, measure, false, null, null));
	}

	private void add(Indicator indicator) {
		catalogue.put(indicator.code(), indicator);
	}
}
