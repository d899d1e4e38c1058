package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;

/**
 * What dashboard tests share: the units of the demo tree by code, covered households made through
 * the API anywhere in the province, the figures read back from a dashboard page, and numbers
 * written the Vietnamese way ({@code 5.485}, {@code 44,8%}) independently of the code under test.
 */
public final class DashboardFixtures {

	private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(Locale.GERMANY);

	private static final Pattern TILE = Pattern.compile(
			"id=\"tile-([A-Z_0-9]+)\".*?<span class=\"value\"[^>]*>(.*?)</span>.*?<span class=\"updated\"[^>]*>(.*?)</span>",
			Pattern.DOTALL);

	private final JdbcClient jdbc;

	private final HouseholdFixtures households;

	public DashboardFixtures(JdbcClient jdbc, HouseholdFixtures households) {
		this.jdbc = jdbc;
		this.households = households;
	}

	/** The year to date, the dashboards' default period. */
	public static Period yearToDate() {
		YearMonth now = YearMonth.from(HouseholdFixtures.today());
		return new Period(YearMonth.of(now.getYear(), 1), now);
	}

	/**
	 * The figures as a dashboard of a period reaching today shows them: feedback open past its first
	 * deadline counted as of today (not at the month's end, which would count deadlines still ahead).
	 */
	public Map<String, FigureValue> asOfToday(long unitId, Map<String, FigureValue> live) {
		long overdue = jdbc.sql("""
				select count(*) from feedback f join admin_unit u on f.unit_path <@ u.path
				where u.id = ? and f.first_due_on < ? and f.first_answered_at is null
				""").param(unitId).param(HouseholdFixtures.today()).query(Long.class).single();
		Map<String, FigureValue> values = new LinkedHashMap<>(live);
		FigureValue stock = live.get("FEEDBACK_OVERDUE");
		values.put("FEEDBACK_OVERDUE", new FigureValue("FEEDBACK_OVERDUE", BigDecimal.valueOf(overdue), stock.changedAt()));
		return values;
	}

	/** The id of the unit with this code in the tree the teams live in (the earliest version). */
	public long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? order by valid_from limit 1").param(code)
			.query(Long.class).single();
	}

	/** A hamlet with a team, in the district or commune with this name, other than Xã Tuyên Bình's. */
	public String hamletWithTeamUnder(String unitName) {
		return jdbc.sql("""
				select h.code from admin_unit h join admin_unit a on h.path <@ a.path
				where a.name = ? and h.level = 4 and exists (select 1 from team t where t.unit_id = h.id)
				  and h.code not like '27781-%' order by h.code limit 1
				""").param(unitName).query(String.class).single();
	}

	/**
	 * A household registered by {@code officer} in the hamlet, whose adult a member of the hamlet's
	 * team helps today to install the provincial app and become fluent: covered, guided, one visit.
	 */
	public UUID coveredHousehold(String officer, String hamletCode) throws Exception {
		UUID household = UUID.fromString(households.createHousehold(officer, hamletCode, HouseholdFixtures.uniqueCode())
			.get("id").asString());
		UUID adult = UUID.fromString(households.addResident(officer, household, HouseholdFixtures.adult())
			.get("id").asString());
		long member = households.otherActiveMemberOfTeamIn(hamletCode);
		var response = households.postVisit(officer, HouseholdFixtures.visit(UUID.randomUUID(), household,
				HouseholdFixtures.today(), List.of(member), Map.of(adult, List.of("PROVINCIAL_APP", "FLUENT"))));
		assertThat(response.getStatus()).as("visit: %s", response.getContentAsString()).isEqualTo(201);
		return household;
	}

	/** Each headline tile of a dashboard page: its value and its "updated" line, by indicator code. */
	public static Map<String, Tile> tiles(String html) {
		Map<String, Tile> tiles = new LinkedHashMap<>();
		Matcher m = TILE.matcher(html);
		while (m.find()) {
			tiles.put(m.group(1), new Tile(Html.unescape(m.group(2).strip()), Html.unescape(m.group(3).strip())));
		}
		return tiles;
	}

	public record Tile(String value, String updated) {
	}

	/** {@code 5.485}. */
	public static String count(long value) {
		return new DecimalFormat("#,##0", VI).format(value);
	}

	/** {@code 44,8%}, or the words for no value. */
	public static String percent(BigDecimal value) {
		return value == null ? "chưa có dữ liệu" : new DecimalFormat("#,##0.0", VI).format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
	}

	/** A count as the page writes it, read back: {@code 1.234} is 1234. */
	public static long parseCount(String text) {
		return Long.parseLong(text.replace(".", "").strip());
	}
}
