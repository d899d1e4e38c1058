package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * A household counts from its registration date, a fact the officer gives (today by default),
 * not from when its row was written; the residents entered with it count from the same date, a
 * newcomer added later from the day added.
 */
@IntegrationTest
class RegistrationDateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	HouseholdFixtures households;

	DemoUsers users;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		users = new DemoUsers(userDetails);
	}

	@Test
	void aHouseholdAndTheResidentsEnteredWithItCountFromItsRegistrationDate() throws Exception {
		long hamlet = jdbc.sql("select id from admin_unit where code = ?").param(HouseholdFixtures.CA_BAN)
			.query(Long.class).single();
		long householdsApril = figure(hamlet, "HOUSEHOLDS", LocalDate.of(2023, 4, 30));
		long householdsMay = figure(hamlet, "HOUSEHOLDS", LocalDate.of(2023, 5, 31));
		long residentsApril = figure(hamlet, "RESIDENTS_15", LocalDate.of(2023, 4, 30));
		long residentsMay = figure(hamlet, "RESIDENTS_15", LocalDate.of(2023, 5, 31));
		UUID id = create(LocalDate.of(2023, 5, 10));
		UUID head = UUID.fromString(households.addResident(id, HouseholdFixtures.adult()).get("id").asString());
		UUID spouse = UUID.fromString(households.addResident(id, HouseholdFixtures.adult()).get("id").asString());

		assertThat(registeredOn("household", id)).isEqualTo(LocalDate.of(2023, 5, 10));
		assertThat(registeredOn("resident", head)).isEqualTo(LocalDate.of(2023, 5, 10));
		assertThat(registeredOn("resident", spouse)).isEqualTo(LocalDate.of(2023, 5, 10));
		assertThat(figure(hamlet, "HOUSEHOLDS", LocalDate.of(2023, 4, 30))).isEqualTo(householdsApril);
		assertThat(figure(hamlet, "HOUSEHOLDS", LocalDate.of(2023, 5, 31))).isEqualTo(householdsMay + 1);
		assertThat(figure(hamlet, "RESIDENTS_15", LocalDate.of(2023, 4, 30))).isEqualTo(residentsApril);
		assertThat(figure(hamlet, "RESIDENTS_15", LocalDate.of(2023, 5, 31))).isEqualTo(residentsMay + 2);
	}

	@Test
	void aNewcomerAddedOnALaterDayCountsFromTheDayAdded() throws Exception {
		UUID id = create(LocalDate.of(2024, 1, 15));
		households.addAdult(id);
		// the household was entered some days ago: whoever is added now joined it now
		jdbc.sql("update household set created_at = created_at - interval '3 days' where id = ?").param(id).update();
		UUID newcomer = households.addAdult(id);

		assertThat(registeredOn("resident", newcomer)).isEqualTo(HouseholdFixtures.today());
	}

	@Test
	void withoutADateAHouseholdIsRegisteredToday() throws Exception {
		JsonNode created = households.createHousehold(HouseholdFixtures.CA_BAN, HouseholdFixtures.uniqueCode());

		assertThat(registeredOn("household", UUID.fromString(created.get("id").asString())))
			.isEqualTo(HouseholdFixtures.today());
	}

	@Test
	void aFutureOrAncientDateIsRefusedAndNothingIsWritten() throws Exception {
		for (String day : List.of(HouseholdFixtures.today().plusDays(1).toString(), "1989-12-31")) {
			String code = HouseholdFixtures.uniqueCode();
			var response = households.postJson("xa", "/api/v1/households", body(code, day));

			assertThat(response.getStatus()).isEqualTo(400);
			JsonNode problem = households.read(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(HouseholdFixtures.messagesFor(problem, "registeredOn")).singleElement().asString()
				.contains("Ngày đăng ký hộ");
			assertThat(jdbc.sql("select count(*) from household where code = ?").param(code).query(Long.class).single())
				.isZero();
		}
	}

	@Test
	void theFormTakesTheDateAndExplainsABadOne() throws Exception {
		long hamlet = jdbc.sql("select id from admin_unit where code = ?").param(HouseholdFixtures.CA_BAN)
			.query(Long.class).single();
		String code = HouseholdFixtures.uniqueCode();
		String page = mvc.perform(post("/households").with(csrf()).with(users.as("xa"))
				.param("unitId", String.valueOf(hamlet)).param("code", code).param("address", "Số 1, Kênh Thử Nghiệm")
				.param("registeredOn", "2026-13-40")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm").contains("value=\"2026-13-40\"");

		var saved = mvc.perform(post("/households").with(csrf()).with(users.as("xa"))
				.param("unitId", String.valueOf(hamlet)).param("code", code).param("address", "Số 1, Kênh Thử Nghiệm")
				.param("registeredOn", "2022-03-01")).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select registered_on from household where code = ?").param(code).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2022, 3, 1));
	}

	private UUID create(LocalDate registeredOn) throws Exception {
		var response = households.postJson("xa", "/api/v1/households", body(HouseholdFixtures.uniqueCode(),
				registeredOn.toString()));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return UUID.fromString(households.read(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asString());
	}

	private static Map<String, Object> body(String code, String registeredOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", HouseholdFixtures.CA_BAN);
		body.put("code", code);
		body.put("address", "Số 9, Kênh Thử Nghiệm");
		body.put("registeredOn", registeredOn);
		return body;
	}

	private LocalDate registeredOn(String table, UUID id) {
		return jdbc.sql("select registered_on from " + table + " where id = ?").param(id).query(LocalDate.class).single();
	}

	/** The stock at the end of the month of {@code day}: the sum of the hamlet's rows up to it. */
	private long figure(long unit, String indicator, LocalDate day) {
		return jdbc.sql("select coalesce(sum(value), 0) from figure where unit_id = ? and indicator = ? and month <= ?")
			.params(unit, indicator, day.withDayOfMonth(1)).query(Long.class).single();
	}
}
