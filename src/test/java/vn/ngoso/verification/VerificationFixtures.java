package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.HouseholdFixtures;

/**
 * Visits in a month of their own: a new hamlet of Xã Tuyên Bình with a new team whose member
 * joined long ago, households there with an adult who has a phone, and visits recorded by
 * {@code xa} for that member. The team has only the visits a test makes, so a sample takes them
 * all (fewer than the minimum) whatever the demo data holds in the month.
 */
final class VerificationFixtures {

	final HouseholdFixtures households;

	final CommuneFixtures commune;

	private final JdbcClient jdbc;

	VerificationFixtures(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) throws Exception {
		this.households = new HouseholdFixtures(mvc, jdbc);
		this.commune = new CommuneFixtures(mvc, users);
		this.jdbc = jdbc;
	}

	record Team(long id, long memberId, String hamletCode, long hamletId, String hamletName) {
	}

	record Visited(UUID visitId, UUID householdId, UUID residentId, String phone) {
	}

	Team newTeam() throws Exception {
		var hamlet = commune.newHamlet();
		long team = commune.newTeam(hamlet);
		Map<String, Object> member = CommuneFixtures.validMember();
		member.put("joinedOn", HouseholdFixtures.today().minusDays(340).toString());
		long memberId = commune.addMember(team, member).get("id").asLong();
		return new Team(team, memberId, hamlet.code(), hamlet.id(), hamlet.name());
	}

	/** A new household of the team's hamlet with an adult, visited in the month with these outcomes. */
	Visited visit(Team team, YearMonth month, List<String> items) throws Exception {
		UUID household = households.newHousehold(team.hamletCode());
		Map<String, Object> adult = HouseholdFixtures.adult();
		UUID resident = UUID.fromString(households.addResident(household, adult).get("id").asString());
		UUID visit = UUID.randomUUID();
		LocalDate day = month.atDay(10);
		var response = households.postVisit("xa", HouseholdFixtures.visit(visit, household, day, List.of(team.memberId()),
				items.isEmpty() ? Map.of() : Map.of(resident, items)));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return new Visited(visit, household, resident, (String) adult.get("phone"));
	}

	long communeId() throws Exception {
		return commune.communeId();
	}

	/** The month {@code back} months before this one: each test draws in a month of its own. */
	static YearMonth monthsAgo(int back) {
		return YearMonth.from(HouseholdFixtures.today()).minusMonths(back);
	}

	long figure(long unitId, String indicator) {
		return jdbc.sql("select coalesce(sum(value), 0) from figure where unit_id = ? and indicator = ?")
			.params(unitId, indicator).query(Long.class).single();
	}
}
