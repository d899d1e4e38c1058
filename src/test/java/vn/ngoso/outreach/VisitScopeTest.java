package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.today;
import static vn.ngoso.support.HouseholdFixtures.visit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * Visits outside the caller's scope are not found: their list answers 404, and re-sending the id
 * of someone else's visit (the idempotent path) neither answers that visit nor writes anything,
 * through the API or the visit form.
 */
@IntegrationTest
class VisitScopeTest {

	record OutsideVisit(UUID id, UUID household, String note) {
	}

	private static OutsideVisit otherCommune;

	private static OutsideVisit otherHamlet;

	/** A household of Ấp Cả Bản with an adult, inside everybody's scope. */
	private static UUID own;

	private static UUID ownAdult;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		if (own == null) {
			otherCommune = outsideVisit("huyen", "27757-001");
			otherHamlet = outsideVisit("xa", HouseholdFixtures.AP_2);
			own = fx.newHouseholdInCaBan();
			ownAdult = fx.addAdult(own);
		}
	}

	private OutsideVisit outsideVisit(String officer, String hamletCode) throws Exception {
		UUID household = UUID.fromString(fx.createHousehold(officer, hamletCode, HouseholdFixtures.uniqueCode())
			.get("id").asString());
		UUID resident = UUID.fromString(fx.addResident(officer, household, HouseholdFixtures.adult()).get("id").asString());
		UUID id = UUID.randomUUID();
		Map<String, Object> body = visit(id, household, today().minusDays(2),
				List.of(fx.otherActiveMemberOfTeamIn(hamletCode)), Map.of(resident, List.of("VSSID")));
		String note = "Ghi chú riêng " + UUID.randomUUID();
		body.put("note", note);
		assertThat(fx.postVisit(officer, body).getStatus()).isEqualTo(201);
		return new OutsideVisit(id, household, note);
	}

	private static OutsideVisit outsideFor(String user) {
		return user.equals("xa") ? otherCommune : otherHamlet;
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void visitsOfAnOutsideHouseholdAreNotFound(String user) throws Exception {
		OutsideVisit o = outsideFor(user);
		var response = fx.getRaw(user, "/api/v1/visits?household=" + o.household());
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(o.note()).doesNotContain(o.id().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void resendingTheIdOfAnOutsideVisitThroughTheApiIsNotFoundAndChangesNothing(String user) throws Exception {
		OutsideVisit o = outsideFor(user);
		var before = RowCounts.of(jdbc);
		List<Long> members = user.equals("thanhvien") ? List.of() : List.of(fx.memberIdOf("thanhvien"));
		var response = fx.postVisit(user, visit(o.id(), own, today(), members, Map.of(ownAdult, List.of("FLUENT"))));
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(404);
		assertThat(body).doesNotContain(o.note()).doesNotContain(o.household().toString());
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(fx.household("xa", own).get("household").get("covered").asBoolean()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void resendingTheIdOfAnOutsideVisitThroughTheFormIsNotFoundAndChangesNothing(String user) throws Exception {
		OutsideVisit o = outsideFor(user);
		var before = RowCounts.of(jdbc);
		var response = mvc.perform(post("/households/" + own + "/visits").with(new DemoUsers(users).as(user)).with(csrf())
				.param("visitId", o.id().toString()).param("date", today().toString())
				.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien"))).param("outcome", ownAdult + ":FLUENT"))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(o.note());
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}
}
