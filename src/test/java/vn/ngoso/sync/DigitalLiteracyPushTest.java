package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The phone sends the Bình dân học vụ số certificate's date with a visit's outcome (issue 17): it
 * becomes the item's day; a date before 2025 or in the future rejects that record alone, with the
 * reason, and leaves nothing.
 */
@IntegrationTest
class DigitalLiteracyPushTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	SyncClient phone;

	UUID household;

	UUID adult;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		phone = new SyncClient(mvc, fx);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
	}

	@Test
	void theCertificatesDateTravelsWithTheVisitAndBadOnesAreRejectedAlone() throws Exception {
		LocalDate certified = LocalDate.of(2025, 11, 20);
		var good = visit(UUID.randomUUID(), today().minusDays(1), certified);
		var tooEarly = visit(UUID.randomUUID(), today().minusDays(1), LocalDate.of(2024, 12, 31));
		var future = visit(UUID.randomUUID(), today(), today().plusDays(3));

		List<JsonNode> results = phone.results("thanhvien", List.of(tooEarly, good, future));

		assertThat(results).extracting(r -> r.get("status").asString()).containsExactly("rejected", "applied", "rejected");
		assertThat(results.get(0).get("reason").asString()).contains("không thể trước năm 2025");
		assertThat(results.get(2).get("reason").asString()).contains("không được ở tương lai");
		assertThat(jdbc.sql("select since from readiness where resident_id = ? and item = 'DIGITAL_LITERACY'")
			.param(adult).query(LocalDate.class).single()).isEqualTo(certified);
		assertThat(jdbc.sql("select count(*) from visit where household_id = ?").param(household).query(Long.class)
			.single()).as("the rejected visits left nothing").isEqualTo(1);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> visit(UUID id, LocalDate date, LocalDate certificate) {
		Map<String, Object> record = SyncClient.visit(id, household, date, Map.of(adult, List.of("DIGITAL_LITERACY")));
		Map<String, Object> data = (Map<String, Object>) record.get("visit");
		Map<String, Object> outcome = new java.util.LinkedHashMap<>((Map<String, Object>) ((List<?>) data.get("outcomes")).get(0));
		outcome.put("certificateDate", certificate.toString());
		data.put("outcomes", List.of(outcome));
		return record;
	}
}
