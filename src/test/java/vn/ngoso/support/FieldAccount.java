package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A team member with an account of his own (password {@code demo}), in a new hamlet of Tuyên
 * Bình whose team has five members and one household: for tests that take an account away
 * (leaving the team, disabling, signing out) without touching the demo users others rely on.
 * Made the way people make it: the team and members through the API and the account on the
 * accounts page, both by the commune officer {@code xa}.
 */
public final class FieldAccount {

	public static final String PASSWORD = "demo";

	private final MockMvc mvc;

	private final CommuneFixtures xa;

	private final DemoUsers demo;

	public final String username;

	public final long userId;

	public final long memberId;

	public final long teamId;

	public final CommuneFixtures.Hamlet hamlet;

	public final UUID household;

	private FieldAccount(MockMvc mvc, CommuneFixtures xa, DemoUsers demo, String username, long userId, long memberId,
			long teamId, CommuneFixtures.Hamlet hamlet, UUID household) {
		this.mvc = mvc;
		this.xa = xa;
		this.demo = demo;
		this.username = username;
		this.userId = userId;
		this.memberId = memberId;
		this.teamId = teamId;
		this.hamlet = hamlet;
		this.household = household;
	}

	/** A member (role {@code MEMBER} or {@code TEAM_LEADER}) of a new team, with one household to visit. */
	public static FieldAccount create(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, String role)
			throws Exception {
		CommuneFixtures xa = new CommuneFixtures(mvc, users);
		DemoUsers demo = new DemoUsers(users);
		CommuneFixtures.Hamlet hamlet = xa.newHamlet();
		long team = xa.newTeam(hamlet);
		for (int i = 0; i < 4; i++) {
			xa.addMember(team);
		}
		// a team leader's account is only for the member who leads the team
		var fields = CommuneFixtures.validMember();
		fields.put("role", "TEAM_LEADER".equals(role) ? "LEADER" : "MEMBER");
		JsonNode member = xa.addMember(team, fields);
		String username = "tv-" + UniqueValues.word().toLowerCase();
		var created = mvc.perform(post("/users").with(demo.as("xa")).with(csrf()).param("role", role)
				.param("memberPhone", member.get("phone").asString()).param("username", username)
				.param("displayName", member.get("fullName").asString()).param("password", PASSWORD))
			.andReturn().getResponse();
		assertThat(created.getStatus()).as("creating the account: %s", created.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
		long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
		UUID household = new HouseholdFixtures(mvc, jdbc).newHousehold(hamlet.code());
		return new FieldAccount(mvc, xa, demo, username, userId, member.get("id").asLong(), team, hamlet, household);
	}

	/** Signs in through the login form; the session a browser would keep. */
	public SessionCookie signIn() throws Exception {
		SessionCookie session = new SessionCookie();
		var response = session.keep(mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", PASSWORD)).andReturn().getResponse());
		assertThat(response.getRedirectedUrl()).as("signing in as %s", username).isEqualTo("/");
		return session;
	}

	/** A bearer token obtained with the password, as an API client does. */
	public String bearer() throws Exception {
		return ApiTokens.tokenFor(mvc, username);
	}

	/** The commune officer records that the member left the team today. */
	public void leave() throws Exception {
		var response = mvc.perform(post("/api/v1/members/" + memberId + "/leave").header("Authorization", xa.bearer()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as("leaving: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(200);
	}

	/** The commune officer disables the account on the accounts page. */
	public void disable() throws Exception {
		var response = mvc.perform(post("/users/" + userId + "/enabled").with(demo.as("xa")).with(csrf())
				.param("enabled", "false")).andReturn().getResponse();
		assertThat(response.getStatus()).as("disabling").isEqualTo(302);
	}
}
