package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * With {@code ngoso.verification.exclude-not-confirmed=false} a "not confirmed" waiting for a
 * decision leaves the figures alone; deciding it not real takes its outcomes out, real puts them
 * back, live = recompute all along.
 */
@IntegrationTest
@TestPropertySource(properties = "ngoso.verification.exclude-not-confirmed=false")
class OpenResultsCountedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	@Autowired
	Verifications verifications;

	VerificationFixtures fixtures;

	DemoUsers demo;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new VerificationFixtures(mvc, jdbc, users);
		demo = new DemoUsers(users);
	}

	@Test
	void aNotConfirmedVisitCountsUntilDecidedNotReal() throws Exception {
		// a month no other test draws in for this commune
		YearMonth month = VerificationFixtures.monthsAgo(11);
		var team = fixtures.newTeam();
		var visited = fixtures.visit(team, month, List.of("PROVINCIAL_APP", "FLUENT"));
		long commune = fixtures.communeId();
		long hamlet = team.hamletId();
		String communePath = jdbc.sql("select path::text from admin_unit where id = ?").param(commune)
			.query(String.class).single();

		demo.runAs("xa", () -> {
			Sample sample = verifications.draw(commune, month, 42L);
			verifications.record(sample.id(), visited.visitId(), VerificationResult.NOT_CONFIRMED, "Không nhớ");
			assertThat(disputed(visited)).as("open, and the setting keeps it counted").isFalse();
			assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isOne();
			assertThat(verifications.sample(commune, month).orElseThrow().open()).isOne();

			verifications.resolve(sample.id(), visited.visitId(), Resolution.REMOVED, "Xác minh lại: không có ai đến");
			assertThat(disputed(visited)).isTrue();
			assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isZero();
			assertThat(fixtures.figure(hamlet, "COVERED_HOUSEHOLDS")).isZero();
			assertThat(figures.differencesUnder(communePath)).isEmpty();

			verifications.resolve(sample.id(), visited.visitId(), Resolution.COUNTED, "Tổ gửi ảnh, bà nhớ lại");
			assertThat(disputed(visited)).isFalse();
			assertThat(fixtures.figure(hamlet, "GUIDED_PROVINCIAL_APP")).isOne();
			assertThat(figures.differencesUnder(communePath)).isEmpty();
		});
	}

	private boolean disputed(VerificationFixtures.Visited visited) {
		return jdbc.sql("select disputed from visit where id = ?").param(visited.visitId()).query(Boolean.class).single();
	}
}
