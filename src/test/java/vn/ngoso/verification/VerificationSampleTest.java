package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.verification.internal.SampleDraw;
import vn.ngoso.verification.internal.SampleRepository;

/**
 * A commune officer draws the month's sample on the page and records what residents said. Each
 * test draws in a month of its own (one sample per unit and month).
 */
@IntegrationTest
class VerificationSampleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SampleRepository samples;

	@Autowired
	Figures figures;

	VerificationFixtures fixtures;

	DemoUsers demo;

	long commune;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new VerificationFixtures(mvc, jdbc, users);
		demo = new DemoUsers(users);
		commune = fixtures.communeId();
	}

	@Test
	void theSampleTakesEachTeamsShareWithAMinimumOnceAndItsSeedDrawsItAgain() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(9);
		var team = fixtures.newTeam();
		for (int i = 0; i < 3; i++) {
			fixtures.visit(team, month, List.of());
		}
		assertThat(draw(month).getStatus()).isEqualTo(302);
		long sampleId = sampleId(month);
		Map<Long, Long> candidates = count("""
				select coalesce(team_id, -1), count(*) from visit where unit_path <@ (select path from admin_unit where id = ?)
				and visited_on >= ? and visited_on < ? group by 1""", commune, month.atDay(1), month.plusMonths(1).atDay(1));
		Map<Long, Long> sampled = count("select coalesce(team_id, -1), count(*) from verification_item where sample_id = ? group by 1",
				sampleId);
		assertThat(sampled.get(team.id())).as("a team with fewer visits than the minimum gives them all").isEqualTo(3L);
		candidates.forEach((t, n) -> assertThat(sampled.getOrDefault(t, 0L)).as("team %d of %d visits", t, n)
			.isEqualTo(SampleDraw.size(n.intValue(), BigDecimal.valueOf(5), 5)));

		// drawing again gives the one drawn
		assertThat(draw(month).getStatus()).isEqualTo(302);
		assertThat(sampleId(month)).isEqualTo(sampleId);
		assertThat(jdbc.sql("select count(*) from verification_sample where unit_id = ? and month = ?")
			.params(commune, month.atDay(1)).query(Long.class).single()).isOne();

		// the stored seed draws the same visits again
		var stored = samples.find(sampleId).orElseThrow();
		var redrawn = SampleDraw.draw(samples.candidates(path(commune), month), stored.seed(), stored.share(), stored.minimum());
		assertThat(redrawn.stream().map(SampleDraw.Candidate::visitId).toList())
			.containsExactlyInAnyOrderElementsOf(jdbc.sql("select visit_id from verification_item where sample_id = ?")
				.param(sampleId).query(UUID.class).list());
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'VERIFICATION_SAMPLE' and action = 'DRAW' and entity_id = ?")
			.param(String.valueOf(sampleId)).query(Long.class).single()).isOne();
	}

	@Test
	void onlyTheUnitsOwnOfficersSeeItsSample() throws Exception {
		assertThat(page("thanhvien", "/verification").getStatus()).isEqualTo(404);
		assertThat(page("totruong", "/verification").getStatus()).isEqualTo(404);
		assertThat(page("huyen", "/verification?unitId=" + commune).getStatus()).isEqualTo(404);
		long otherCommune = jdbc.sql("select id from admin_unit where level = 3 and code <> '27781' and valid_to is null order by id limit 1")
			.query(Long.class).single();
		assertThat(page("xa", "/verification?unitId=" + otherCommune).getStatus()).isEqualTo(404);
		assertThat(page("xa", "/verification").getStatus()).isEqualTo(200);
		assertThat(page("huyen", "/verification").getStatus()).isEqualTo(200);
		var refused = mvc.perform(post("/verification/draw").with(demo.as("thanhvien")).with(csrf())
			.param("unitId", String.valueOf(commune)).param("month", VerificationFixtures.monthsAgo(1).toString()))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(404);

		// a month still running would miss its later visits: not drawn
		YearMonth running = VerificationFixtures.monthsAgo(0);
		var early = mvc.perform(post("/verification/draw").with(demo.as("xa")).with(csrf())
			.param("unitId", String.valueOf(commune)).param("month", running.toString())).andReturn();
		assertThat(early.getFlashMap().get("flashError")).isEqualTo("verification.month.notOver");
		assertThat(jdbc.sql("select count(*) from verification_sample where month = ?").param(running.atDay(1))
			.query(Long.class).single()).isZero();
	}

	@Test
	void resultsAreRecordedAndBadInputWritesNothing() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(8);
		var team = fixtures.newTeam();
		var visited = fixtures.visit(team, month, List.of("SMARTPHONE"));
		draw(month);
		long sampleId = sampleId(month);

		String error = followRecord(sampleId, visited.visitId(), month, "NOT_CONFIRMED", "  ");
		assertThat(error).contains("Hãy ghi lý do khi người dân không xác nhận.");
		assertThat(result(sampleId, visited.visitId())).isNull();
		assertThat(followRecord(sampleId, visited.visitId(), month, "MAYBE", "")).contains("Hãy chọn kết quả xác minh.");
		assertThat(followRecord(sampleId, visited.visitId(), month, "NOT_CONFIRMED", "x".repeat(1001)))
			.contains("Lý do dài quá 1000 ký tự.");
		assertThat(result(sampleId, visited.visitId())).isNull();
		assertThat(visitDisputed(visited.visitId())).isFalse();

		String page = followRecord(sampleId, visited.visitId(), month, "UNREACHABLE", "");
		assertThat(page).contains("Đã lưu kết quả xác minh.").contains("Không liên lạc được");
		assertThat(result(sampleId, visited.visitId())).isEqualTo("UNREACHABLE");
		followRecord(sampleId, visited.visitId(), month, "CONFIRMED", "");
		assertThat(result(sampleId, visited.visitId())).isEqualTo("CONFIRMED");
		assertThat(page).contains("Có điện thoại thông minh");

		// another commune's officer cannot write into this sample
		var refused = mvc.perform(post("/verification/" + sampleId + "/visits/" + visited.visitId()).with(demo.as("thanhvien"))
			.with(csrf()).param("result", "NOT_CONFIRMED").param("reason", "x")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(404);
		assertThat(result(sampleId, visited.visitId())).isEqualTo("CONFIRMED");
	}

	@Test
	void thePhoneIsMaskedUntilRevealedAndTheReadingIsAudited() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(6);
		var team = fixtures.newTeam();
		var visited = fixtures.visit(team, month, List.of());
		draw(month);
		long sampleId = sampleId(month);
		String html = page("xa", "/verification?unitId=" + commune + "&month=" + month).getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain(visited.phone()).contains(visited.phone().substring(0, 3) + "****");
		var revealed = page("xa", "/verification/" + sampleId + "/visits/" + visited.visitId() + "/phone");
		assertThat(revealed.getContentAsString(StandardCharsets.UTF_8)).contains(visited.phone());
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'READ_PHONE' and entity_id = ? and actor = 'xa'")
			.param(visited.residentId().toString()).query(Long.class).single()).isOne();
		assertThat(page("thanhvien", "/verification/" + sampleId + "/visits/" + visited.visitId() + "/phone").getStatus())
			.isEqualTo(404);
	}

	@Test
	void aVisitNotConfirmedLeavesTheFiguresUntilAnotherResultAndLiveStillEqualsRecompute() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(7);
		var team = fixtures.newTeam();
		var visited = fixtures.visit(team, month, List.of("PROVINCIAL_APP", "FLUENT"));
		draw(month);
		long sampleId = sampleId(month);
		long hamlet = team.hamletId();
		assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isOne();
		assertThat(fixtures.figure(hamlet, "READY_PROVINCIAL_APP")).isOne();
		assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isOne();

		followRecord(sampleId, visited.visitId(), month, "NOT_CONFIRMED", "Bà nói chưa ai đến nhà");
		assertThat(visitDisputed(visited.visitId())).isTrue();
		assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isZero();
		assertThat(fixtures.figure(hamlet, "READY_PROVINCIAL_APP")).isZero();
		assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isZero();
		assertThat(fixtures.figure(hamlet, "VISITS")).as("the visit itself still counts").isOne();
		assertThat(figures.differencesUnder(path(commune))).isEmpty();

		followRecord(sampleId, visited.visitId(), month, "CONFIRMED", "Gọi lại, bà xác nhận");
		assertThat(visitDisputed(visited.visitId())).isFalse();
		assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isOne();
		assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isOne();
		assertThat(figures.differencesUnder(path(commune))).isEmpty();
	}

	@Test
	void aVisitNotConfirmedIsDecidedRealAndCountsAgainOrNotRealAndStaysOut() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(10);
		var team = fixtures.newTeam();
		var visited = fixtures.visit(team, month, List.of("PROVINCIAL_APP", "FLUENT"));
		draw(month);
		long sampleId = sampleId(month);
		long hamlet = team.hamletId();
		String page = followRecord(sampleId, visited.visitId(), month, "NOT_CONFIRMED", "Bà nói chưa ai đến nhà");
		assertThat(page).contains("Có 1 lượt thăm không được xác nhận đang chờ giải quyết",
				"Đang chờ giải quyết: kết quả của lượt thăm này tạm không tính vào số liệu");

		// a decision without a note, or without a choice, writes nothing
		assertThat(followResolve(sampleId, visited.visitId(), month, "COUNTED", " "))
			.contains("Hãy ghi chú đã kiểm tra thế nào trước khi quyết định.");
		assertThat(followResolve(sampleId, visited.visitId(), month, "MAYBE", "Đã gọi tổ trưởng"))
			.contains("Hãy chọn quyết định: có thật hay không có thật.");
		assertThat(visitDisputed(visited.visitId())).isTrue();
		assertThat(jdbc.sql("select count(*) from verification_item where resolved_as is not null and sample_id = ?")
			.param(sampleId).query(Long.class).single()).isZero();

		page = followResolve(sampleId, visited.visitId(), month, "COUNTED", "Tổ trưởng gửi ảnh ứng dụng đã cài");
		assertThat(page).contains("Đã lưu quyết định.", "Đã giải quyết: Có thật: tính lại vào số liệu",
				"Tổ trưởng gửi ảnh ứng dụng đã cài").doesNotContain("đang chờ giải quyết");
		assertThat(visitDisputed(visited.visitId())).isFalse();
		assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isOne();
		assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isOne();
		assertThat(figures.differencesUnder(path(commune))).isEmpty();

		followResolve(sampleId, visited.visitId(), month, "REMOVED", "Gặp lại bà, không có ai đến");
		assertThat(visitDisputed(visited.visitId())).isTrue();
		assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isZero();
		assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isZero();
		assertThat(figures.differencesUnder(path(commune))).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from audit_log where entity_type = 'VERIFICATION_SAMPLE' and action = 'RESOLVE'
				and entity_id = ?""").param(String.valueOf(sampleId)).query(Long.class).single()).isEqualTo(2);

		// only a "not confirmed" is decided
		followRecord(sampleId, visited.visitId(), month, "CONFIRMED", "Gọi lại, bà xác nhận");
		assertThat(visitDisputed(visited.visitId())).isFalse();
		assertThat(followResolve(sampleId, visited.visitId(), month, "REMOVED", "Nhầm"))
			.contains("Chỉ giải quyết được lượt thăm có kết quả");
		assertThat(visitDisputed(visited.visitId())).isFalse();
	}

	@Test
	void theConfidenceIsTheShareConfirmedOnTheDashboardAndInTheReport() throws Exception {
		YearMonth month = VerificationFixtures.monthsAgo(5);
		var team = fixtures.newTeam();
		var visits = new java.util.ArrayList<VerificationFixtures.Visited>();
		for (int i = 0; i < 4; i++) {
			visits.add(fixtures.visit(team, month, List.of("SMARTPHONE")));
		}
		draw(month);
		long sampleId = sampleId(month);
		followRecord(sampleId, visits.get(0).visitId(), month, "CONFIRMED", "");
		followRecord(sampleId, visits.get(1).visitId(), month, "CONFIRMED", "");
		followRecord(sampleId, visits.get(2).visitId(), month, "NOT_CONFIRMED", "Không ai đến");
		followRecord(sampleId, visits.get(3).visitId(), month, "UNREACHABLE", "");

		// the hamlet holds only these visits: 2 of 3 checked confirmed, 1 unreachable apart
		String dashboard = page("xa", "/dashboard/" + team.hamletId() + "?from=" + month + "&to=" + month)
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(dashboard).contains("Tỷ lệ xác minh: 66,7% (2/3)").contains("1 không liên lạc được");
		String report = page("xa", "/reports/summary?unitId=" + team.hamletId() + "&from=" + month + "&to=" + month)
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("Tỷ lệ xác minh").contains("66,7% / 2 / 3 / 1");
		// a month nobody checked says so rather than 0%
		String before = page("xa", "/dashboard/" + team.hamletId() + "?from=" + month.minusMonths(1) + "&to=" + month.minusMonths(1))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(before).doesNotContain("Tỷ lệ xác minh");
	}

	// --- plumbing -------------------------------------------------------------------------------

	private MockHttpServletResponse draw(YearMonth month) throws Exception {
		return mvc.perform(post("/verification/draw").with(demo.as("xa")).with(csrf())
			.param("unitId", String.valueOf(commune)).param("month", month.toString())).andReturn().getResponse();
	}

	private MockHttpServletResponse page(String user, String url) throws Exception {
		return mvc.perform(get(url).with(demo.as(user))).andReturn().getResponse();
	}

	/** Posts a result as xa and reads the page the redirect leads to, with its flash message. */
	private String followRecord(long sampleId, UUID visit, YearMonth month, String result, String reason) throws Exception {
		var posted = mvc.perform(post("/verification/" + sampleId + "/visits/" + visit).with(demo.as("xa")).with(csrf())
			.param("result", result).param("reason", reason).param("unitId", String.valueOf(commune))
			.param("month", month.toString())).andReturn();
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		// the query string, as the redirect has it: a flash message is kept for the URL it was made for
		var request = get("/verification?unitId={unit}&month={month}", commune, month)
			.with(demo.as("xa")).with(SessionCookie.of(posted.getResponse()));
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Posts a decision as xa and reads the page the redirect leads to, with its flash message. */
	private String followResolve(long sampleId, UUID visit, YearMonth month, String resolution, String note)
			throws Exception {
		var posted = mvc.perform(post("/verification/" + sampleId + "/visits/" + visit + "/resolve").with(demo.as("xa"))
			.with(csrf()).param("resolution", resolution).param("note", note).param("unitId", String.valueOf(commune))
			.param("month", month.toString())).andReturn();
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		// the query string, as the redirect has it: a flash message is kept for the URL it was made for
		var request = get("/verification?unitId={unit}&month={month}", commune, month)
			.with(demo.as("xa")).with(SessionCookie.of(posted.getResponse()));
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long sampleId(YearMonth month) {
		return jdbc.sql("select id from verification_sample where unit_id = ? and month = ?")
			.params(commune, month.atDay(1)).query(Long.class).single();
	}

	private String result(long sampleId, UUID visit) {
		return jdbc.sql("select result from verification_item where sample_id = ? and visit_id = ?")
			.params(sampleId, visit).query((rs, n) -> rs.getString(1)).list().get(0);
	}

	private boolean visitDisputed(UUID visit) {
		return jdbc.sql("select disputed from visit where id = ?").param(visit).query(Boolean.class).single();
	}

	private String path(long unit) {
		return jdbc.sql("select path::text from admin_unit where id = ?").param(unit).query(String.class).single();
	}

	private Map<Long, Long> count(String sql, Object... params) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}
}
