package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Nothing about a household counts before it is registered: a visit recorded for a day before the
 * registration counts as a visit in its own month (the team's work), but the household counts as
 * guided only from its registration month, so in every month guided ≤ households. The visit keeps
 * its hamlet and its member's team.
 */
@IntegrationTest
class GuidedHouseholdsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	@Test
	void aHouseholdGuidedBeforeItsRegistrationCountsAsGuidedFromTheRegistrationMonth() throws Exception {
		HouseholdFixtures fx = new HouseholdFixtures(mvc, jdbc);
		CommuneFixtures commune = new CommuneFixtures(mvc, users);
		CommuneFixtures.Hamlet hamlet = commune.newHamlet();
		long team = commune.newTeam(hamlet);
		long member = commune.addMember(team).get("id").asLong();
		UUID household = fx.newHousehold(hamlet.code());
		UUID adult = fx.addAdult(household);
		LocalDate before = today().minusMonths(3);
		UUID visit = UUID.randomUUID();
		var response = fx.postVisit("xa", HouseholdFixtures.visit(visit, household, before, List.of(member),
				Map.of(adult, List.of("PROVINCIAL_APP", "CASHLESS", "ONLINE_SERVICE_USED"))));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);

		assertThat(jdbc.sql("select unit_id || '/' || team_id from visit where id = ?").param(visit).query(String.class)
			.single()).isEqualTo(hamlet.id() + "/" + team);
		for (YearMonth month = YearMonth.from(before); !month.isAfter(YearMonth.from(today())); month = month.plusMonths(1)) {
			Map<String, FigureValue> figures = tracked.of(hamlet.id(), Period.month(month));
			long households = count(figures, "HOUSEHOLDS");
			for (String guided : List.of("GUIDED_PROVINCIAL_APP", "GUIDED_CASHLESS", "GUIDED_ONLINE_SERVICES")) {
				assertThat(count(figures, guided)).as("%s in %s", guided, month).isEqualTo(households)
					.isEqualTo(month.equals(YearMonth.from(today())) ? 1 : 0);
			}
			assertThat(count(figures, "VISITS")).as("visits in %s", month)
				.isEqualTo(month.equals(YearMonth.from(before)) ? 1 : 0);
		}
	}

	private static long count(Map<String, FigureValue> figures, String code) {
		return figures.get(code).value().longValueExact();
	}
}
