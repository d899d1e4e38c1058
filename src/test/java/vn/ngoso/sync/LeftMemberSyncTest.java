package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.FieldAccount;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;

/**
 * A member the commune recorded as having left the team loses the team's data on the phone's
 * next call, with the token it already holds: the pull and the push answer a 403 problem saying
 * so, and nothing the phone had queued is written.
 */
@IntegrationTest
class LeftMemberSyncTest {

	static final String NO_LONGER_IN_TEAM = "Bạn không còn là thành viên của tổ nên không thể xem hay gửi dữ liệu của tổ nữa.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	SyncClient phone;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		phone = new SyncClient(mvc, fx);
	}

	@Test
	void theNextPullOfAMemberWhoLeftIsA403ProblemWithNoHouseholdInIt() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		assertThat(SyncClient.households(phone.pullAll(member.username, null, 250))).contains(member.household);

		member.leave();

		MockHttpServletResponse pull = mvc.perform(get("/api/v1/sync/pull").header("Authorization", fx.bearer(member.username)))
			.andReturn().getResponse();
		assertRefused(pull);
		assertThat(pull.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(member.household.toString());
	}

	@Test
	void whatThePhoneQueuedIsRefusedWholeAndNothingIsWritten() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		UUID adult = fx.addAdult(member.household);
		fx.bearer(member.username);
		List<Map<String, Object>> queued = List.of(
				SyncClient.visit(UUID.randomUUID(), member.household, today(), Map.of(adult, List.of("SMARTPHONE"))),
				SyncClient.resident(UUID.randomUUID(), member.household, "Lê Thị Sau", today().minusYears(17)),
				SyncClient.edit(UUID.randomUUID(), member.household, adult, "Tên Đã Sửa", "0987650000", Instant.now()));

		member.leave();
		var before = RowCounts.of(jdbc);
		long edits = jdbc.sql("select count(*) from resident_edit").query(Long.class).single();

		assertRefused(phone.pushRaw(member.username, queued));
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from resident_edit").query(Long.class).single()).isEqualTo(edits);
		assertThat(fx.resident("xa", member.household, adult).get("fullName").asString()).isNotEqualTo("Tên Đã Sửa");
	}

	@Test
	void aTeamLeaderWhoLeftIsRefusedLikeAMember() throws Exception {
		FieldAccount leader = FieldAccount.create(mvc, users, jdbc, "TEAM_LEADER");
		assertThat(phone.pull(leader.username, null, 10).get("households")).isNotEmpty();

		leader.leave();

		assertRefused(mvc.perform(get("/api/v1/sync/pull").header("Authorization", fx.bearer(leader.username)))
			.andReturn().getResponse());
		assertRefused(mvc.perform(get("/api/v1/households/" + leader.household).header("Authorization",
				fx.bearer(leader.username))).andReturn().getResponse());
	}

	@Test
	void theProblemIsInEnglishWhenThePhoneAsksForIt() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		String token = fx.bearer(member.username);
		member.leave();
		var response = mvc.perform(get("/api/v1/sync/status").header("Authorization", token)
				.header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(fx.read(response.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
			.startsWith("You are no longer a member of the team");
	}

	private void assertRefused(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(403);
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		JsonNode problem = fx.read(body);
		assertThat(problem.get("detail").asString()).isEqualTo(NO_LONGER_IN_TEAM);
		assertThat(problem.get("type").asString()).isEqualTo("https://ngoso.vn/problems/left-team");
	}
}
