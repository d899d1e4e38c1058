package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.IntegrationTest;

/**
 * The cashless figures follow the points as they are written, and equal a recompute from the
 * records. Each seed drives a random mix of what officers do in one commune through the API:
 * points of every kind created with back-dated starts (stalls in markets), points moved between
 * hamlets or changed to another kind or start date, markets moved with their stalls, imports.
 */
@IntegrationTest
class MerchantFiguresTest {

	private static final List<String> KINDS = List.of("COMMERCIAL_CENTRE", "SUPERMARKET", "CONVENIENCE_STORE", "MARKET");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	TrackedFigures tracked;

	MerchantFixtures fx;

	List<Long> hamlets;

	@BeforeEach
	void setUp() {
		fx = new MerchantFixtures(mvc, jdbc);
		hamlets = List.of(fx.unitId("27781-001"), fx.unitId("27781-002"), fx.unitId("27781"));
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 6).map(i -> i * 104_729);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void liveFiguresEqualTheRecompute(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> steps = new ArrayList<>();
		List<JsonNode> made = new ArrayList<>();
		List<JsonNode> markets = new ArrayList<>();
		for (int step = 0; step < 12; step++) {
			int what = made.isEmpty() ? 0 : random.nextInt(5);
			switch (what) {
				case 0, 1 -> {
					var body = MerchantFixtures.body(KINDS.get(random.nextInt(KINDS.size())), pick(random), List.of("VIETQR"));
					body.put("startedOn", started(random).toString());
					JsonNode m = fx.create("xa", body);
					made.add(m);
					if (m.get("kind").asString().equals("MARKET")) {
						markets.add(m);
					}
					steps.add("create " + body.get("kind") + " in " + body.get("unitId") + " from " + body.get("startedOn"));
				}
				case 2 -> {
					if (markets.isEmpty()) {
						continue;
					}
					var stall = MerchantFixtures.body("MARKET_STALL", markets.get(random.nextInt(markets.size())).get("unitId").asLong(),
							List.of("VIETQR"));
					stall.remove("unitId");
					stall.put("marketId", markets.get(random.nextInt(markets.size())).get("id").asString());
					stall.put("startedOn", started(random).toString());
					made.add(fx.create("xa", stall));
					steps.add("stall in " + stall.get("marketId"));
				}
				case 3 -> {
					JsonNode m = made.get(random.nextInt(made.size()));
					var body = MerchantFixtures.body(m.get("kind").asString(), pick(random), List.of("CARD"));
					body.put("name", m.get("name").asString());
					if (m.get("kind").asString().equals("MARKET_STALL")) {
						body.remove("unitId");
						body.put("marketId", m.get("marketId").asString());
					}
					else if (!m.get("kind").asString().equals("MARKET") && random.nextBoolean()) {
						body.put("kind", KINDS.get(random.nextInt(3)));
					}
					body.put("startedOn", started(random).toString());
					var response = fx.putJson("xa", UUID.fromString(m.get("id").asString()), body);
					assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
					steps.add("change " + m.get("id").asString() + " to " + body);
				}
				default -> {
					String hamlet = random.nextBoolean() ? "Ấp Cả Bản" : "";
					List<List<String>> rows = List.of(List.of("Siêu thị", MerchantFixtures.uniqueName("Siêu thị nhập"), "Số 5",
							"27781", hamlet, "", "", "Thẻ ATM", DAY.format(started(random)), "", ""));
					assertThat(fx.upload("xa", MerchantFixtures.workbook(MerchantFixtures.HEADER, rows)).getStatus()).isEqualTo(201);
					steps.add("import a supermarket in '" + hamlet + "'");
				}
			}
		}
		assertThat(figures.differencesUnder(fx.path("27781"))).as("seed %d, steps:%n%s", seed, String.join("\n", steps))
			.isEmpty();
	}

	@Test
	void aMarketCountsFromTheMonthItStartedUpTheTree() throws Exception {
		long commune = fx.unitId("27781");
		long district = jdbc.sql("select parent_id from admin_unit where id = ?").param(commune).query(Long.class).single();
		YearMonth month = YearMonth.now().minusMonths(5);
		Period before = new Period(month.minusMonths(1), month.minusMonths(1));
		Period at = new Period(month, month);
		long communeBefore = markets(commune, before);
		long communeAt = markets(commune, at);
		long districtAt = markets(district, at);
		var body = MerchantFixtures.body("MARKET", fx.unitId("27781-002"), List.of("CARD"));
		body.put("startedOn", month.atDay(10).toString());
		fx.create("xa", body);
		assertThat(markets(commune, before)).isEqualTo(communeBefore);
		assertThat(markets(commune, at)).isEqualTo(communeAt + 1);
		assertThat(markets(district, at)).isEqualTo(districtAt + 1);
	}

	private long markets(long unit, Period period) {
		var value = tracked.of(unit, period).get("CASHLESS_MARKETS");
		return value.value() == null ? 0 : value.value().longValueExact();
	}

	private long pick(Random random) {
		return hamlets.get(random.nextInt(hamlets.size()));
	}

	private static LocalDate started(Random random) {
		return LocalDate.now().minusDays(random.nextInt(900));
	}

}
