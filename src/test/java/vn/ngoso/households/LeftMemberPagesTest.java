package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.FieldAccount;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;

/**
 * A member still signed in on the browser when the commune records that he left the team: his
 * next page, with the same session, says he is no longer in the team and shows nothing of it.
 */
@IntegrationTest
class LeftMemberPagesTest {

	static final String NO_LONGER_IN_TEAM = "Bạn không còn là thành viên của tổ nên không thể xem hay gửi dữ liệu của tổ nữa.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theNextPageAfterLeavingSaysSoAndShowsNoHouseholdOfTheTeam() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		String code = jdbc.sql("select code from household where id = ?").param(member.household).query(String.class).single();
		SessionCookie session = member.signIn();
		assertThat(page(session, "/households/to-visit").getContentAsString(StandardCharsets.UTF_8)).contains(code);

		member.leave();

		for (String url : new String[] { "/households/to-visit", "/households/" + member.household, "/households",
				"/", "/sync" }) {
			MockHttpServletResponse refused = page(session, url);
			String html = refused.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused.getStatus()).as(url).isEqualTo(403);
			assertThat(html).as(url).contains(NO_LONGER_IN_TEAM).doesNotContain(code);
		}
	}

	@Test
	void aResidentAddedOnThePageAfterLeavingIsRefusedAndNothingIsWritten() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		SessionCookie session = member.signIn();
		member.leave();
		var before = RowCounts.of(jdbc);

		var response = mvc.perform(post("/households/" + member.household + "/residents").with(session).with(csrf())
				.param("fullName", "Lê Thị Sau Khi Rời").param("birthYear", "1990").param("sex", "FEMALE")
				.param("relation", "CHILD"))
			.andExpect(noStackTrace()).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aMemberWhoLeftCanStillSignOut() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		SessionCookie session = member.signIn();
		member.leave();

		var response = mvc.perform(post("/logout").with(session).with(csrf())).andReturn().getResponse();

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?logout");
	}

	@Test
	void aVisitRecordedThroughTheApiAfterLeavingIsRefused() throws Exception {
		FieldAccount member = FieldAccount.create(mvc, users, jdbc, "MEMBER");
		HouseholdFixtures fx = new HouseholdFixtures(mvc, jdbc);
		fx.bearer(member.username);
		member.leave();
		var before = RowCounts.of(jdbc);

		var response = fx.postVisit(member.username, HouseholdFixtures.visit(UUID.randomUUID(), member.household,
				HouseholdFixtures.today(), java.util.List.of(), java.util.Map.of()));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(NO_LONGER_IN_TEAM);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private MockHttpServletResponse page(SessionCookie session, String url) throws Exception {
		return session.keep(mvc.perform(get(url).with(session)).andExpect(noStackTrace()).andReturn().getResponse());
	}
}
