package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;

/**
 * Batches from a phone: each record applied exactly once however often the batch comes, in any
 * order of arrival; readiness only moves forward; a household outside the team is refused and
 * nothing changes; two members' edits of one resident resolved by when they were made.
 */
@IntegrationTest
class SyncPushTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	vn.ngoso.figures.Figures figures;

	HouseholdFixtures fx;

	SyncClient phone;

	UUID household;

	UUID adult;

	UUID other;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		phone = new SyncClient(mvc, fx);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
		other = fx.addAdult(household);
	}

	@Test
	void theSameBatchSentThreeTimesIsAppliedOnceThenAnswersDuplicateAndChangesNothing() throws Exception {
		UUID child = UUID.randomUUID();
		List<Map<String, Object>> batch = List.of(
				SyncClient.visit(UUID.randomUUID(), household, today().minusDays(2), Map.of(adult, List.of("SMARTPHONE", "VSSID"))),
				SyncClient.resident(child, household, "Lê Thị Mới", today().minusYears(16)),
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(other, List.of("CASHLESS"), child, List.of("FLUENT"))),
				SyncClient.edit(UUID.randomUUID(), household, other, "Nguyễn Thị Sửa", "0987654321", Instant.now()));

		assertThat(phone.push("thanhvien", batch)).containsExactly("applied", "applied", "applied", "applied");
		var afterFirst = RowCounts.of(jdbc);
		long edits = count("select count(*) from resident_edit where household_id = ?", household);
		for (int again = 0; again < 2; again++) {
			assertThat(phone.push("thanhvien", batch)).containsExactly("duplicate", "duplicate", "duplicate", "duplicate");
			assertThat(RowCounts.of(jdbc)).isEqualTo(afterFirst);
			assertThat(count("select count(*) from resident_edit where household_id = ?", household)).isEqualTo(edits);
		}
		assertThat(count("select count(*) from visit where household_id = ?", household)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select distinct (v.unit_id = h.unit_id and v.team_id = m.team_id)
				from visit v join household h on h.id = v.household_id
				join member m on m.id = (select member_id from app_user where username = 'thanhvien')
				where v.household_id = ?
				""").param(household).query(Boolean.class).list())
			.as("each visit keeps its hamlet and the team of its member").containsExactly(true);
		assertThat(count("select count(*) from readiness_event e join resident r on r.id = e.resident_id"
				+ " where r.household_id = ?", household)).isEqualTo(4);
		JsonNode shown = fx.household("xa", household).get("household");
		assertThat(shown.get("covered").asBoolean()).as("the resident added offline became fluent").isTrue();
	}

	@Test
	void aPhoneThatNamesItselfIsKeptWithItsVisits() throws Exception {
		UUID visit = UUID.randomUUID();
		String device = "5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
		var response = phone.pushFromPhone("thanhvien", device, List.of(SyncClient.visit(visit, household, today(),
				Map.of(adult, List.of("SMARTPHONE")))));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(jdbc.sql("select device_id::text from visit where id = ?").param(visit).query(String.class).single())
			.isEqualTo(device);
	}

	@Test
	void aDeviceIdThatIsNoUuidRefusesTheBatchWithAProblemAndAppliesNothing() throws Exception {
		var before = RowCounts.of(jdbc);
		var response = phone.pushFromPhone("thanhvien", "my-phone'; drop table visit", List.of(
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(adult, List.of("SMARTPHONE")))));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(fx.read(response.getContentAsString(StandardCharsets.UTF_8)).toString())
			.contains("Mã thiết bị (X-Ngoso-Device) không hợp lệ");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aBatchOverTheLimitIsRefusedWholeWithAProblem() throws Exception {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i <= Pushes.MAX_RECORDS; i++) {
			batch.add(SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(adult, List.of("SMARTPHONE"))));
		}
		var before = RowCounts.of(jdbc);

		var response = phone.pushRaw("thanhvien", batch);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = fx.read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("detail").asString()).contains("tối đa 50 bản ghi").contains("đã gửi 51");
		assertThat(problem.get("maxRecords").asInt()).isEqualTo(50);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aRecordForAHouseholdOutsideTheTeamIsRejectedAndChangesNothing() throws Exception {
		UUID outside = fx.newHousehold(HouseholdFixtures.AP_2);
		UUID stranger = fx.addAdult(outside);
		var before = RowCounts.of(jdbc);

		List<JsonNode> results = phone.results("thanhvien", List.of(
				SyncClient.visit(UUID.randomUUID(), outside, today(), Map.of(stranger, List.of("FLUENT"))),
				SyncClient.resident(UUID.randomUUID(), outside, "Người Ngoài", today().minusYears(30)),
				SyncClient.edit(UUID.randomUUID(), outside, stranger, "Tên Khác", "0912000111", Instant.now()),
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(stranger, List.of("FLUENT")))));

		assertThat(results).extracting(r -> r.get("status").asString())
			.containsExactly("rejected", "rejected", "rejected", "rejected");
		assertThat(results.get(0).get("reason").asString()).contains("không còn thuộc địa bàn của tổ bạn");
		assertThat(results.get(3).get("reason").asString()).isEqualTo("Người được hỗ trợ không thuộc hộ này.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(count("select count(*) from resident_edit where household_id = ?", outside)).isZero();
		assertThat(fx.household("xa", outside).get("household").get("covered").asBoolean()).isFalse();
	}

	@Test
	void recordsArrivingOutOfOrderEndAsIfTheyHadArrivedInOrder() throws Exception {
		UUID early = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		Instant tenOClock = Instant.now().minusSeconds(3600);
		// the later visit and the later edit arrive first
		assertThat(phone.push("thanhvien", List.of(
				SyncClient.visit(late, household, today().minusDays(1), Map.of(adult, List.of("PROVINCIAL_APP"))),
				SyncClient.edit(UUID.randomUUID(), household, other, "Tên Sau", "0912000222", tenOClock.plusSeconds(300)))))
			.containsExactly("applied", "applied");
		List<JsonNode> older = phone.results("thanhvien", List.of(
				SyncClient.visit(early, household, today().minusDays(20), Map.of(adult, List.of("PROVINCIAL_APP", "SMARTPHONE"))),
				SyncClient.edit(UUID.randomUUID(), household, other, "Tên Trước", "0912000111", tenOClock)));

		assertThat(older).extracting(r -> r.get("status").asString()).containsExactly("applied", "applied");
		assertThat(older.get(1).get("note").asString()).contains("sửa đổi làm sau");
		JsonNode a = fx.resident("xa", household, adult);
		assertThat(a.get("profile").get("PROVINCIAL_APP").get("since").asString())
			.as("the earliest date wins").isEqualTo(today().minusDays(20).toString());
		assertThat(a.get("profile").get("SMARTPHONE").get("since").asString()).isEqualTo(today().minusDays(20).toString());
		assertThat(count("select count(*) from visit where household_id = ?", household)).as("no visit merged").isEqualTo(2);
		JsonNode o = fx.resident("totruong", household, other);
		assertThat(o.get("fullName").asString()).as("the edit made later wins").isEqualTo("Tên Sau");
		assertThat(o.get("phone").asString()).isEqualTo("0912000222");
	}

	@Test
	void readinessOnlyMovesForwardWhateverAnOldQueuedRecordSays() throws Exception {
		assertThat(phone.push("thanhvien", List.of(SyncClient.visit(UUID.randomUUID(), household, today().minusDays(3),
				Map.of(adult, List.of("PROVINCIAL_APP", "FLUENT")))))).containsExactly("applied");
		// an old visit, queued on a phone since before: the items were not reached then
		assertThat(phone.push("thanhvien", List.of(SyncClient.visit(UUID.randomUUID(), household, today().minusDays(30),
				Map.of(adult, List.of("SMARTPHONE")))))).containsExactly("applied");

		JsonNode a = fx.resident("xa", household, adult);
		assertThat(a.get("profile").get("PROVINCIAL_APP").get("since").asString()).isEqualTo(today().minusDays(3).toString());
		assertThat(a.get("profile").get("FLUENT").get("since").asString()).isEqualTo(today().minusDays(3).toString());
		assertThat(a.get("profile").get("SMARTPHONE").get("since").asString()).isEqualTo(today().minusDays(30).toString());
		assertThat(fx.household("xa", household).get("household").get("covered").asBoolean()).isTrue();
		assertThat(fx.household("xa", household).get("household").get("lastVisitOn").asString())
			.isEqualTo(today().minusDays(3).toString());
	}

	@Test
	void twoMembersEditingOneResidentOfflineTheLaterEditWinsAndTheLeaderSeesTheOther() throws Exception {
		Instant morning = Instant.now().minusSeconds(7200);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		// the leader's phone made the later edit; the member's older one arrives after it
		assertThat(phone.push("totruong", List.of(SyncClient.edit(second, household, adult, "Trần Văn Đúng",
				"0912000333", morning.plusSeconds(600))))).containsExactly("applied");
		assertThat(phone.push("thanhvien", List.of(SyncClient.edit(first, household, adult, "Tran Van Sai",
				"0912000444", morning)))).containsExactly("applied");

		JsonNode a = fx.resident("xa", household, adult);
		assertThat(a.get("fullName").asString()).isEqualTo("Trần Văn Đúng");
		assertThat(a.get("phone").asString()).isEqualTo("0912000333");
		assertThat(jdbc.sql("select outcome from resident_edit where id = ? order by field").param(first).query(String.class)
			.list()).containsExactly("SUPERSEDED", "SUPERSEDED");

		String leaderPage = page("totruong");
		assertThat(leaderPage).contains("id=\"edits\"").contains("Tran Van Sai").contains("0912000444")
			.contains("bị thay bằng sửa đổi sau");
		assertThat(page("thanhvien")).doesNotContain("id=\"edits\"").doesNotContain("0912000444");
	}

	@Test
	void aResidentAddedOfflineCanBeVisitedInTheSameBatchAndComesBackInThePull() throws Exception {
		UUID baby = UUID.randomUUID();
		UUID teen = UUID.randomUUID();
		List<Map<String, Object>> batch = new ArrayList<>(List.of(
				SyncClient.resident(teen, household, "Phạm Thị Tuổi Teen", today().minusYears(17)),
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(teen, List.of("VNEID_DOSSIER"))),
				SyncClient.resident(baby, household, "Phạm Văn Bé", today().minusYears(1))));
		assertThat(phone.push("thanhvien", batch)).containsExactly("applied", "applied", "applied");

		Collections.reverse(batch);
		assertThat(phone.push("thanhvien", batch)).containsExactly("duplicate", "duplicate", "duplicate");
		assertThat(count("select count(*) from resident where household_id = ?", household)).isEqualTo(4);
	}

	@Test
	void aRefusedVisitAmongOthersLeavesNothingAndTheFiguresMoveByWhatWasApplied() throws Exception {
		String hamletPath = jdbc.sql("select unit_path::text from household where id = ?").param(household).query(String.class)
			.single();
		long visitsBefore = visitsFigure(hamletPath);
		UUID refused = UUID.randomUUID();
		List<JsonNode> results = phone.results("thanhvien", List.of(
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(adult, List.of("BANK_ACCOUNT"))),
				SyncClient.visit(refused, household, today().plusDays(3), Map.of(other, List.of("FLUENT"))),
				SyncClient.visit(UUID.randomUUID(), household, today(), Map.of(other, List.of("CASHLESS")))));

		assertThat(results).extracting(r -> r.get("status").asString()).containsExactly("applied", "rejected", "applied");
		assertThat(results.get(1).get("reason").asString()).contains("tương lai");
		assertThat(count("select count(*) from visit where id = ?", refused)).isZero();
		assertThat(count("select count(*) from visit_outcome where visit_id = ?", refused)).isZero();
		assertThat(count("select count(*) from readiness_event where visit_id = ?", refused)).isZero();
		assertThat(fx.household("xa", household).get("household").get("covered").asBoolean())
			.as("the refused visit's FLUENT left no trace").isFalse();
		assertThat(visitsFigure(hamletPath)).as("the two applied visits, counted once each").isEqualTo(visitsBefore + 2);
		assertThat(figures.differencesUnder(hamletPath)).as("live figures equal the recompute").isEmpty();
	}

	/** A NUL (PostgreSQL refuses it) once poisoned the whole batch on every retry: the phone's queue never emptied. */
	@Test
	void aNulInOneRecordsNoteRejectsThatRecordAloneAndTheRestIsApplied() throws Exception {
		UUID first = UUID.randomUUID();
		UUID poisoned = UUID.randomUUID();
		UUID last = UUID.randomUUID();
		Map<String, Object> nul = SyncClient.visit(poisoned, household, today(), Map.of(other, List.of("FLUENT")));
		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) nul.get("visit");
		data.put("note", "Ghi chú\u0000 dán từ đâu đó");
		List<Map<String, Object>> batch = List.of(
				SyncClient.visit(first, household, today(), Map.of(adult, List.of("SMARTPHONE"))), nul,
				SyncClient.resident(last, household, "Lê Văn Sau", today().minusYears(20)));

		List<JsonNode> results = phone.results("thanhvien", batch);

		assertThat(results).extracting(r -> r.get("status").asString()).containsExactly("applied", "rejected", "applied");
		JsonNode rejected = results.get(1);
		assertThat(rejected.get("id").asString()).isEqualTo(poisoned.toString());
		assertThat(rejected.get("reason").asString()).contains("ký tự điều khiển");
		assertThat(rejected.get("errors")).hasSize(1);
		assertThat(rejected.get("errors").get(0).get("field").asString()).isEqualTo("note");
		assertThat(count("select count(*) from visit where id = ?", first)).isEqualTo(1);
		assertThat(count("select count(*) from visit where id = ?", poisoned)).isZero();
		assertThat(count("select count(*) from resident where id = ?", last)).isEqualTo(1);

		assertThat(phone.push("thanhvien", batch)).as("sent again").containsExactly("duplicate", "rejected", "duplicate");
	}

	private long visitsFigure(String hamletPath) {
		return jdbc.sql("select coalesce(sum(value), 0) from figure where indicator = 'VISITS'"
				+ " and unit_id = cast(subpath(cast(? as ltree), -1)::text as bigint)").param(hamletPath).query(Long.class).single();
	}

	private String page(String user) throws Exception {
		return mvc.perform(get("/households/" + household).with(new DemoUsers(users).as(user))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}
}
