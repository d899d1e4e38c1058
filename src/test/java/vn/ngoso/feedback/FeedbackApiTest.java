package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The staff's JSON API: an agency works its items through it as on the pages (accept, answer),
 * sees nothing of another agency's; a commune writes a hotline call down; bad input is a problem
 * naming each field in Vietnamese with nothing written; a member has no inbox.
 */
@IntegrationTest
class FeedbackApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Figures figures;

	FeedbackFixtures fx;

	HouseholdFixtures api;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		api = new HouseholdFixtures(mvc, jdbc);
	}

	@AfterEach
	void tearDown() {
		fx.removeAll();
	}

	@Test
	void theAgencyAcceptsAndAnswersItsItemsThroughTheApiAndSeesNoOtherAgencys() throws Exception {
		PublicFeedback mine = fx.submit("PUBLIC_SERVICES", fx.caBan(), "Hồ sơ bị trả về không rõ lý do");
		PublicFeedback police = fx.submit("VNEID", fx.caBan(), "Không nhận được mã OTP");
		UUID mineId = fx.idOf(mine.reference());

		JsonNode inbox = api.getJson("coquan", "/api/v1/feedback");
		assertThat(inbox.findValuesAsString("reference")).contains(mine.reference()).doesNotContain(police.reference());
		assertThat(api.getRaw("coquan", "/api/v1/feedback/" + fx.idOf(police.reference())).getStatus()).isEqualTo(404);

		assertThat(api.postJson("coquan", "/api/v1/feedback/" + mineId + "/accept", Map.of()).getStatus()).isEqualTo(200);
		var empty = api.postJson("coquan", "/api/v1/feedback/" + mineId + "/answer", Map.of("answer", " "));
		assertThat(empty.getStatus()).isEqualTo(400);
		var answered = api.postJson("coquan", "/api/v1/feedback/" + mineId + "/answer",
				Map.of("answer", "Đã hướng dẫn nộp lại hồ sơ"));
		assertThat(answered.getStatus()).isEqualTo(200);
		assertThat(api.read(answered.getContentAsString(StandardCharsets.UTF_8)).get("status").asString())
			.isEqualTo("ANSWERED");
		assertThat(api.getJson("coquan", "/api/v1/feedback/" + mineId + "/history").findValuesAsString("action"))
			.containsSubsequence("RECEIVE", "ACCEPT", "ANSWER");
		assertThat(feedbacks.byReference(mine.reference()).orElseThrow().answer()).isEqualTo("Đã hướng dẫn nộp lại hồ sơ");
		assertThat(api.getRaw("thanhvien", "/api/v1/feedback").getStatus()).as("a member has no inbox").isEqualTo(404);
	}

	@Test
	void aCommuneWritesDownAHotlineCallAndBadInputIsRefusedFieldByField() throws Exception {
		var created = api.postJson("xa", "/api/v1/feedback", Map.of("channel", "HOTLINE", "category", "NETWORK",
				"unitId", fx.caBan(), "description", "Gọi 1022: mất sóng cả buổi chiều"));
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		String reference = api.read(created.getContentAsString(StandardCharsets.UTF_8)).get("reference").asString();
		fx.track(reference);
		assertThat(jdbc.sql("select channel from feedback where reference = ?").param(reference).query(String.class)
			.single()).isEqualTo("HOTLINE");

		Map<String, Long> before = fx.counts();
		var refused = api.postJson("xa", "/api/v1/feedback", Map.of("channel", "API", "category", "NETWORK",
				"unitId", fx.hamletInAnotherDistrict(), "description", ""));
		assertThat(refused.getStatus()).isEqualTo(400);
		JsonNode problem = api.read(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(messagesFor(problem, "channel")).containsExactly("Vui lòng chọn nguồn: tổng đài 1022 hoặc Tổ CNSCĐ khi đến hộ.");
		assertThat(messagesFor(problem, "unitId"))
			.containsExactly("Địa bàn phải là một ấp, khu phố hoặc xã, phường trong phạm vi của bạn.");
		assertThat(messagesFor(problem, "description")).hasSize(1);
		assertThat(fx.counts()).as("nothing written").isEqualTo(before);
	}
}
