package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.OperationFixtures;

/**
 * The live figures of sessions and desk days equal a recompute from the records after any mix of
 * writes: sessions at hamlets and at the commune on days of the past year, resent now and then;
 * desk days at the commune's desk and the provincial centre, with results, planned ahead, or
 * planned in the past and given (and corrected) results later. A failure names the seed and the
 * steps.
 */
@IntegrationTest
class OperationFiguresMatchRecomputeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	HouseholdFixtures fx;

	OperationFixtures ops;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		ops = new OperationFixtures(jdbc);
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 6).map(i -> i * 104_729);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void liveFiguresEqualTheRecompute(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> steps = new ArrayList<>();
		List<UUID> planned = new ArrayList<>();
		long[] units = { ops.unitId(HouseholdFixtures.CA_BAN), ops.unitId(HouseholdFixtures.AP_2), ops.unitId("27781") };
		long province = ops.longAn();
		LocalDate today = HouseholdFixtures.today();
		for (int step = 0; step < 12; step++) {
			switch (random.nextInt(4)) {
				case 0, 1 -> {
					long unit = units[random.nextInt(units.length)];
					LocalDate date = today.minusDays(random.nextInt(365));
					var body = OperationFixtures.session(UUID.randomUUID(), unit, date, random.nextInt(200),
							random.nextInt(400));
					assertThat(fx.postJson("xa", "/api/v1/outreach-sessions", body).getStatus()).isEqualTo(201);
					if (random.nextBoolean()) {
						assertThat(fx.postJson("xa", "/api/v1/outreach-sessions", body).getStatus()).isEqualTo(200);
					}
					steps.add("session at " + unit + " on " + date + ": " + body.get("attendees") + "/" + body.get("leaflets"));
				}
				case 2 -> {
					boolean centre = random.nextInt(3) == 0;
					LocalDate date = today.plusDays(random.nextInt(60) - 45);
					boolean results = !date.isAfter(today) && random.nextBoolean();
					UUID id = UUID.randomUUID();
					var body = OperationFixtures.deskDay(id, centre ? province : units[2], date,
							results ? random.nextInt(80) : null, results ? random.nextInt(40) : null,
							results ? random.nextInt(20) : null);
					var response = fx.postJson(centre ? "tinh" : "xa", "/api/v1/service-desk-days", body);
					assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
					if (!date.isAfter(today)) {
						planned.add(id);
					}
					steps.add("desk day " + id + " at " + (centre ? "centre" : "commune") + " on " + date + " results " + results);
				}
				default -> {
					if (planned.isEmpty()) {
						continue;
					}
					UUID id = planned.get(random.nextInt(planned.size()));
					int accounts = random.nextInt(90);
					var response = mvc.perform(put("/api/v1/service-desk-days/" + id + "/results")
						.header("Authorization", fx.bearer("tinh")).contentType(MediaType.APPLICATION_JSON)
						.content(fx.json().writeValueAsString(Map.of("accountsHelped", accounts, "dossiersOnline",
								accounts / 2, "paymentsOnline", accounts / 3))))
						.andReturn().getResponse();
					assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
					steps.add("results of " + id + ": " + accounts);
				}
			}
		}
		String provincePath = jdbc.sql("select path::text from admin_unit where id = ?").param(province)
			.query(String.class).single();
		assertThat(figures.differencesUnder(provincePath)).as("seed %d, steps:%n%s", seed, String.join("\n", steps))
			.isEmpty();
	}
}
