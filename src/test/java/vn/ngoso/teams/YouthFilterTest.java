package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.platform.Role;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * The youth filter in SQL agrees with {@link Youth}: members born exactly around the 16th and
 * the 31st birthday, relative to today in Vietnam, land on the right side of it.
 */
@IntegrationTest
class YouthFilterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	CommuneFixtures xa;

	CommuneFixtures.Hamlet hamlet;

	long team;

	/** Member name → youth today, by age in completed years (the Youth Law: 16 to 30). */
	final Map<String, Boolean> expected = new LinkedHashMap<>();

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
		hamlet = xa.newHamlet();
		team = xa.newTeam(hamlet);
		LocalDate today = CommuneFixtures.today();
		add("Lê Văn Mười Lăm " + UniqueValues.word(), today.plusDays(1).minusYears(16)); // 16 tomorrow
		add("Lê Văn Mười Sáu " + UniqueValues.word(), today.minusYears(16)); // 16 today
		add("Lê Văn Ba Mươi " + UniqueValues.word(), today.plusDays(1).minusYears(31)); // 31 tomorrow
		add("Lê Văn Ba Mốt " + UniqueValues.word(), today.minusYears(31)); // 31 today
		assertThat(expected.values()).as("both sides of the boundaries are present").contains(true, false);
	}

	private void add(String name, LocalDate birthDate) throws Exception {
		xa.addMember(team, CommuneFixtures.memberJson(name, birthDate, UniqueValues.phone()));
		int age = Period.between(birthDate, CommuneFixtures.today()).getYears();
		expected.put(name, age >= 16 && age <= 30);
	}

	private Set<String> expected(boolean youth) {
		Set<String> names = new TreeSet<>();
		expected.forEach((name, y) -> {
			if (y == youth) {
				names.add(name);
			}
		});
		return names;
	}

	@Test
	void apiYouthFilterSplitsMembersAtTheBoundaries() throws Exception {
		assertThat(names(xa.getJson("/api/v1/members?unit=" + hamlet.code() + "&youth=true").get("items")))
			.isEqualTo(expected(true));
		assertThat(names(xa.getJson("/api/v1/members?unit=" + hamlet.code() + "&youth=false").get("items")))
			.isEqualTo(expected(false));
	}

	@Test
	void youthFlagOfEachMemberAndTheTeamsYouthCountAgree() throws Exception {
		for (JsonNode m : xa.getJson("/api/v1/teams/" + team + "/members")) {
			assertThat(m.get("youth").asBoolean()).as(m.get("fullName").asString())
				.isEqualTo(expected.get(m.get("fullName").asString()));
		}
		assertThat(xa.getJson("/api/v1/teams/" + team).get("youthMembers").asInt()).isEqualTo(expected(true).size());
	}

	@Test
	void teamLeaderSeesTheSameYouthSplitForTheirTeam() throws Exception {
		String username = "totruong-" + UniqueValues.word().toLowerCase();
		accounts.create(new NewUser(username, "demo", "Tổ trưởng thử", Role.TEAM_LEADER, null, team, null));
		String bearer = ApiTokens.tokenFor(mvc, username);
		for (boolean youth : new boolean[] { true, false }) {
			String body = mvc.perform(get("/api/v1/members").param("youth", String.valueOf(youth))
					.header("Authorization", bearer))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(names(xa.read(body).get("items"))).isEqualTo(expected(youth));
		}
	}

	@Test
	void membersPageYouthFilterShowsOnlyTheYouth() throws Exception {
		String html = mvc.perform(get("/members").param("unitId", String.valueOf(hamlet.id())).param("youth", "true")
				.with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		expected.forEach((name, youth) -> {
			if (youth) {
				assertThat(html).contains(">" + name + "</a>");
			}
			else {
				assertThat(html).doesNotContain(name);
			}
		});
	}

	private static Set<String> names(JsonNode members) {
		Set<String> names = new TreeSet<>();
		members.forEach(m -> names.add(m.get("fullName").asString()));
		return names;
	}
}
