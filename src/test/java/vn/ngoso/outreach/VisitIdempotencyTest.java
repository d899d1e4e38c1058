package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.today;
import static vn.ngoso.support.HouseholdFixtures.visit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;

/**
 * The phone makes a visit's id, so a visit sent again (a retry on a bad connection, a double tap)
 * is written once and answered the same: one visit row, one set of outcomes and members, one
 * entry per item in the profile history, whether the copies come one after the other or at once.
 */
@IntegrationTest
class VisitIdempotencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	UUID household;

	UUID adult;

	UUID other;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
		other = fx.addAdult(household);
	}

	@Test
	void sameVisitSentTwiceIsWrittenOnceAndAnsweredTheSame() throws Exception {
		UUID id = UUID.randomUUID();
		Map<String, Object> body = visit(id, household, today().minusDays(1), List.of(),
				Map.of(adult, List.of("PROVINCIAL_APP", "VNEID_ACTIVATED"), other, List.of("BANK_ACCOUNT")));

		MockHttpServletResponse first = fx.postVisit("thanhvien", body);
		assertThat(first.getStatus()).as(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		var afterFirst = RowCounts.of(jdbc);
		MockHttpServletResponse second = fx.postVisit("thanhvien", body);

		assertThat(second.getStatus()).isEqualTo(first.getStatus());
		assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location")).endsWith("/api/v1/visits/" + id);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
		assertThat(RowCounts.of(jdbc)).as("the second copy writes nothing").isEqualTo(afterFirst);
		assertOneVisit(id, 3);
	}

	@Test
	void aCopyWithOtherContentChangesNothingAndAnswersTheFirstVisit() throws Exception {
		UUID id = UUID.randomUUID();
		MockHttpServletResponse first = fx.postVisit("thanhvien", visit(id, household, today(), List.of(),
				Map.of(adult, List.of("SMARTPHONE"))));
		var afterFirst = RowCounts.of(jdbc);
		MockHttpServletResponse changed = fx.postVisit("thanhvien", visit(id, household, today().minusDays(5), List.of(),
				Map.of(adult, List.of("FLUENT"), other, List.of("CASHLESS"))));

		assertThat(changed.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
		assertThat(RowCounts.of(jdbc)).isEqualTo(afterFirst);
		assertThat(fx.household("xa", household).get("household").get("covered").asBoolean()).isFalse();
		assertOneVisit(id, 1);
	}

	@Test
	void sameVisitSentFromTwoThreadsAtOnceIsWrittenOnce() throws Exception {
		UUID id = UUID.randomUUID();
		Map<String, Object> body = visit(id, household, today(), List.of(),
				Map.of(adult, List.of("PROVINCIAL_APP", "FLUENT"), other, List.of("SMARTPHONE")));
		String bearer = fx.bearer("thanhvien");
		String json = fx.json().writeValueAsString(body);
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return mvc.perform(post("/api/v1/visits").header("Authorization", bearer)
						.contentType("application/json").content(json)).andReturn();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			MockHttpServletResponse a = answers.get(0).get(30, TimeUnit.SECONDS).getResponse();
			MockHttpServletResponse b = answers.get(1).get(30, TimeUnit.SECONDS).getResponse();
			assertThat(a.getStatus()).as(a.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
			assertThat(b.getStatus()).as(b.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
			assertThat(a.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(b.getContentAsString(StandardCharsets.UTF_8));
		}
		finally {
			threads.shutdownNow();
		}
		assertOneVisit(id, 3);
		assertThat(fx.household("xa", household).get("household").get("covered").asBoolean()).isTrue();
	}

	@Test
	void visitFormPostedTwiceSaysAlreadyRecordedTheSecondTimeAndWritesNothing() throws Exception {
		UUID id = UUID.randomUUID();
		MvcResult first = postForm(id, List.of(adult + ":SMARTPHONE", adult + ":CASHLESS"));
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(first.getFlashMap().get("flash")).isEqualTo("visit.recorded");
		var afterFirst = RowCounts.of(jdbc);

		MvcResult second = postForm(id, List.of(adult + ":SMARTPHONE", adult + ":CASHLESS"));

		assertThat(second.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/households/" + household);
		assertThat(second.getFlashMap().get("flash")).isEqualTo("visit.duplicate");
		assertThat(RowCounts.of(jdbc)).isEqualTo(afterFirst);
		assertOneVisit(id, 2);
		String shown = mvc.perform(get("/households/" + household).with(new DemoUsers(users).as("thanhvien"))
				.with(SessionCookie.of(second.getResponse())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("Chuyến thăm này đã được ghi nhận trước đó.");
	}

	// --- helpers ----------------------------------------------------------------------------------

	private MvcResult postForm(UUID visitId, List<String> outcomes) throws Exception {
		var request = post("/households/" + household + "/visits").with(new DemoUsers(users).as("thanhvien")).with(csrf())
			.param("visitId", visitId.toString()).param("date", today().toString())
			.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien")));
		outcomes.forEach(o -> request.param("outcome", o));
		return mvc.perform(request).andReturn();
	}

	/** Exactly one visit with this id, its one member, its outcomes, and one history entry per outcome. */
	private void assertOneVisit(UUID id, int outcomes) {
		assertThat(count("select count(*) from visit where id = ?", id)).as("visit rows").isEqualTo(1);
		assertThat(count("select count(*) from visit_member where visit_id = ?", id)).as("members").isEqualTo(1);
		assertThat(count("select count(*) from visit_outcome where visit_id = ?", id)).as("outcomes").isEqualTo(outcomes);
		assertThat(count("select count(*) from readiness_event where visit_id = ?", id)).as("history entries")
			.isEqualTo(outcomes);
		assertThat(count("select count(*) from readiness_event e join resident r on r.id = e.resident_id"
				+ " where r.household_id = ?", household)).as("history entries of the household").isEqualTo(outcomes);
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}
}
