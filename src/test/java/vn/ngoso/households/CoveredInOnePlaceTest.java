package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * Covered is one rule: the list of households not covered, the API and the dashboard's covered
 * count read the same month. A household whose only fluent resident turns out, by a corrected
 * birth date in an import, to be under 15 is not covered now in all of them, and covered again
 * from the month of the 15th birthday.
 */
@IntegrationTest
class CoveredInOnePlaceTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Figures figures;

	@Test
	void aBirthDateCorrectionUncoversTheHouseholdInTheListsAndTheDashboardAlike() throws Exception {
		HouseholdFixtures fx = new HouseholdFixtures(mvc, jdbc);
		CommuneFixtures commune = new CommuneFixtures(mvc, users);
		CommuneFixtures.Hamlet hamlet = commune.newHamlet();
		long member = commune.addMember(commune.newTeam(hamlet)).get("id").asLong();
		String code = HouseholdFixtures.uniqueCode();
		UUID household = UUID.fromString(fx.createHousehold(hamlet.code(), code).get("id").asString());
		String name = UniqueValues.personName();
		String cccd = HouseholdFixtures.uniqueCccd();
		UUID fluent = UUID.fromString(fx.addResident(household,
				HouseholdFixtures.resident(name, today().minusYears(40), "MALE", "HEAD", null, cccd)).get("id").asString());
		var visit = fx.postVisit("xa", HouseholdFixtures.visit(UUID.randomUUID(), household, today(), List.of(member),
				Map.of(fluent, List.of("FLUENT"))));
		assertThat(visit.getStatus()).isEqualTo(201);

		YearMonth now = YearMonth.from(today());
		assertThat(fx.listIds("xa", "unit=" + hamlet.code() + "&covered=true")).containsExactly(household);
		assertThat(fx.listIds("xa", "unit=" + hamlet.code() + "&covered=false")).isEmpty();
		assertThat(coveredOnDashboard(hamlet.id(), now)).isEqualTo(1);

		// the register's corrected birth date: the only fluent resident is under 15 for two more months
		LocalDate corrected = today().minusYears(15).plusMonths(2);
		JsonNode job = runImport("Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,"
				+ "Số điện thoại,Số CCCD\n27781," + hamlet.name() + "," + code + ",\"Số 5, Kênh Thử Nghiệm\"," + name + ","
				+ DAY.format(corrected) + ",Nam,Chủ hộ,," + cccd + "\n");
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(jdbc.sql("select birth_date from resident where id = ?").param(fluent).query(LocalDate.class).single())
			.isEqualTo(corrected);

		YearMonth fifteen = YearMonth.from(corrected.plusYears(15));
		assertThat(fx.listIds("xa", "unit=" + hamlet.code() + "&covered=false")).containsExactly(household);
		assertThat(fx.listIds("xa", "unit=" + hamlet.code() + "&covered=true")).isEmpty();
		JsonNode json = fx.household("xa", household).get("household");
		assertThat(json.get("covered").asBoolean()).isFalse();
		assertThat(json.get("coveredFrom").asString()).isEqualTo(fifteen.atDay(1).toString());
		assertThat(coveredOnDashboard(hamlet.id(), now)).as("the dashboard agrees now").isZero();
		assertThat(coveredOnDashboard(hamlet.id(), fifteen.minusMonths(1))).isZero();
		assertThat(coveredOnDashboard(hamlet.id(), fifteen)).as("covered again from the 15th birthday month").isEqualTo(1);
		assertThat(mvc.perform(get("/households").param("unitId", String.valueOf(hamlet.id())).param("covered", "false")
			.with(new DemoUsers(users).as("xa"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(code);
		assertThat(figures.differencesUnder(jdbc.sql("select path::text from admin_unit where id = ?").param(hamlet.id())
			.query(String.class).single())).isEmpty();
	}

	private long coveredOnDashboard(long unit, YearMonth month) {
		return tracked.of(unit, Period.month(month)).get(Indicators.COVERED_HOUSEHOLDS).value().longValueExact();
	}

	private JsonNode runImport(String csv) throws Exception {
		String bearer = ApiTokens.tokenFor(mvc, "xa");
		var started = mvc.perform(multipart("/api/v1/imports/households")
				.file(new MockMultipartFile("file", "ho.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", bearer)).andReturn().getResponse();
		assertThat(started.getStatus()).as(started.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(202);
		HouseholdFixtures fx = new HouseholdFixtures(mvc, jdbc);
		String id = fx.read(started.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		for (int i = 0; i < 3000; i++) {
			JsonNode job = fx.read(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer)).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
			if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("import " + id + " did not finish");
	}
}
