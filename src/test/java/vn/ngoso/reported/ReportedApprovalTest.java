package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.ngoso.reported.ReportedCalls.body;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Period;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Entered → submitted → approved or rejected by the level above, through the API as the demo
 * officers use it: a draft or a rejected value never reaches the figures; a unit's value is
 * approved only by someone whose unit lies strictly above it, never by its author; every step
 * stays in the history and the audit log.
 */
@IntegrationTest
class ReportedApprovalTest {

	static final String OWN_VALUE = "Bạn không thể duyệt giá trị do chính mình nhập.";

	static final String NOT_ABOVE = "Giá trị của một đơn vị do cấp trên trực tiếp duyệt: bạn không thể duyệt giá trị của chính đơn vị mình.";

	static final String COMMUNE = "27781";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportedValues values;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Territory territory;

	ReportedFixtures fx;

	ReportedCalls calls;

	@BeforeEach
	void setUp() {
		fx = new ReportedFixtures(values, users, jdbc, territory);
		calls = new ReportedCalls(mvc, users);
	}

	@AfterEach
	void cleanUp() {
		fx.cleanUp();
	}

	@Test
	void aDraftIsSeenOnlyByItsAuthorAndNeitherItNorASubmittedValueCounts() throws Exception {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		var entered = calls.enter("xa", body(hamlet.code(), "VNEID_DOSSIERS", "2024-01", "2024-12", 350));
		assertThat(entered.status()).as(entered.body()).isEqualTo(201);
		UUID id = fx.track(entered.id());
		assertThat(entered.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(entered.json().get("enteredBy").asString()).isEqualTo("xa");

		assertThat(calls.get("huyen", id).status()).isEqualTo(404);
		assertThat(calls.get("tinh", id).status()).isEqualTo(404);
		assertThat(calls.step("huyen", id, "approve", null).status()).as("a draft cannot be seen, let alone approved")
			.isEqualTo(404);
		assertThat(dossiers(hamlet)).isNull();

		assertThat(calls.step("xa", id, "submit", "Số liệu Công an xã").status()).isEqualTo(200);
		assertThat(calls.get("huyen", id).json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(dossiers(hamlet)).isNull();
	}

	@Test
	void theLevelAboveApprovesAndOnlyThenTheValueCountsWithEveryStepRecorded() throws Exception {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		UUID id = fx.track(calls.enter("xa", body(hamlet.code(), "VNEID_DOSSIERS", "2024-01", "2024-12", 350)).id());
		calls.step("xa", id, "submit", null);

		var own = calls.step("xa", id, "approve", null);
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.detail()).isEqualTo(OWN_VALUE);

		var approved = calls.step("huyen", id, "approve", "Khớp số liệu Công an huyện");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("decidedBy").asString()).isEqualTo("huyen");
		assertThat(dossiers(hamlet)).isEqualByComparingTo("350");

		JsonNode history = calls.get("xa", id).json().get("history");
		assertThat(steps(history)).containsExactly("ENTERED xa DRAFT", "SUBMITTED xa SUBMITTED", "APPROVED huyen APPROVED");
		assertThat(history.get(2).get("comment").asString()).isEqualTo("Khớp số liệu Công an huyện");
		assertThat(jdbc.sql("select actor || ' ' || action from audit_log where entity_type = 'REPORTED_VALUE'"
				+ " and entity_id = ? order by id").param(id.toString()).query(String.class).list())
			.containsExactly("xa CREATE", "xa SUBMIT", "huyen APPROVE");

		assertThat(calls.step("tinh", id, "approve", null).status()).as("decided once").isEqualTo(400);
		assertThat(calls.api("xa", put(ReportedCalls.API + "/" + id), body(hamlet.code(), "VNEID_DOSSIERS", "2024-01",
				"2024-12", 360)).status()).as("an approved value is never edited").isEqualTo(400);
		assertThat(calls.api("xa", delete(ReportedCalls.API + "/" + id), null).status()).isEqualTo(400);
		assertThat(dossiers(hamlet)).isEqualByComparingTo("350");
	}

	@Test
	void aCommuneOfficerCannotApproveTheirOwnCommunesValueWhoeverEnteredIt() throws Exception {
		UUID byDistrict = fx.track(calls.enter("huyen", body(COMMUNE, "FEEDBACK_RECEIVED", "2021-01", "2021-03", 12)).id());
		calls.step("huyen", byDistrict, "submit", null);

		var refused = calls.step("xa", byDistrict, "approve", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).isEqualTo(NOT_ABOVE);
		assertThat(calls.step("xa", byDistrict, "reject", "Sai số").status()).isEqualTo(403);
		var english = calls.api("xa", post(ReportedCalls.API + "/" + byDistrict + "/approve"), null, "en");
		assertThat(english.detail()).isEqualTo("A unit’s values are approved by the level directly above: you cannot approve your own unit’s value.");
		assertThat(calls.get("xa", byDistrict).json().get("status").asString()).isEqualTo("SUBMITTED");

		UUID byCommune = fx.track(calls.enter("xa", body(COMMUNE, "FEEDBACK_HANDLED", "2021-01", "2021-03", 9)).id());
		calls.step("xa", byCommune, "submit", null);
		assertThat(calls.step("xa", byCommune, "approve", null).status()).isEqualTo(403);
		assertThat(calls.step("huyen", byCommune, "approve", null).status()).isEqualTo(200);
		assertThat(calls.step("tinh", byDistrict, "approve", null).status()).as("the province is above the commune too")
			.isEqualTo(200);

		Period q1 = Period.quarter(2021, 1);
		var figures = values.approved(fx.unitId(COMMUNE), q1);
		assertThat(figures.get("FEEDBACK_RECEIVED").value()).isEqualByComparingTo("12");
		assertThat(figures.get("FEEDBACK_HANDLED").value()).isEqualByComparingTo("9");
	}

	@Test
	void theAuthorCannotApproveAtAnyLevelAndAProvinceIsDecidedByTheAdministrator() throws Exception {
		UUID province = fx.track(calls.enter("tinh", body("80", "FEEDBACK_RECEIVED", "2020-01", "2020-12", 2330)).id());
		calls.step("tinh", province, "submit", null);
		assertThat(calls.step("tinh", province, "approve", null).detail()).isEqualTo(OWN_VALUE);

		UUID byAdmin = fx.track(calls.enter("admin", body("80", "FEEDBACK_HANDLED", "2020-01", "2020-12", 2330)).id());
		calls.step("admin", byAdmin, "submit", null);
		var adminOwn = calls.step("admin", byAdmin, "approve", null);
		assertThat(adminOwn.status()).isEqualTo(403);
		assertThat(adminOwn.detail()).isEqualTo(OWN_VALUE);
		var provinceOwnUnit = calls.step("tinh", byAdmin, "approve", null);
		assertThat(provinceOwnUnit.status()).isEqualTo(403);
		assertThat(provinceOwnUnit.detail()).isEqualTo(NOT_ABOVE);

		assertThat(calls.step("admin", province, "approve", null).status()).isEqualTo(200);

		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		UUID byProvince = fx.track(calls.enter("tinh", body(hamlet.code(), "APP_USERS", "2024-06", "2024-06", 40)).id());
		calls.step("tinh", byProvince, "submit", null);
		assertThat(calls.step("tinh", byProvince, "approve", null).detail()).isEqualTo(OWN_VALUE);
		assertThat(calls.step("xa", byProvince, "approve", null).status()).as("any level strictly above the hamlet")
			.isEqualTo(200);
	}

	@Test
	void aRejectionNeedsAReasonAndSendsTheValueBackToItsAuthorToCorrectAndResubmit() throws Exception {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		UUID id = fx.track(calls.enter("xa", body(hamlet.code(), "VNEID_ACTIVATED", "2024-01", "2024-06", 800)).id());
		calls.step("xa", id, "submit", null);

		var noReason = calls.step("huyen", id, "reject", "  ");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.messagesFor("comment")).containsExactly("Vui lòng ghi lý do trả lại.");
		var rejected = calls.step("huyen", id, "reject", "Số kích hoạt lớn hơn số hồ sơ của Công an");
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(activated(hamlet)).isNull();

		var notAuthor = calls.api("huyen", put(ReportedCalls.API + "/" + id),
				body(hamlet.code(), "VNEID_ACTIVATED", "2024-01", "2024-06", 750));
		assertThat(notAuthor.status()).isEqualTo(403);
		assertThat(notAuthor.detail()).isEqualTo("Chỉ người nhập mới được sửa giá trị này.");
		assertThat(calls.step("huyen", id, "submit", null).status()).isEqualTo(403);

		var corrected = calls.api("xa", put(ReportedCalls.API + "/" + id),
				body(hamlet.code(), "VNEID_ACTIVATED", "2024-01", "2024-06", 750));
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
		assertThat(corrected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(activated(hamlet)).isNull();
		calls.step("xa", id, "submit", "Đã sửa theo số liệu Công an");
		calls.step("huyen", id, "approve", null);
		assertThat(activated(hamlet)).isEqualByComparingTo("750");

		JsonNode history = calls.get("huyen", id).json().get("history");
		assertThat(steps(history)).containsExactly("ENTERED xa DRAFT", "SUBMITTED xa SUBMITTED", "REJECTED huyen REJECTED",
				"EDITED xa REJECTED", "SUBMITTED xa SUBMITTED", "APPROVED huyen APPROVED");
		assertThat(history.get(2).get("comment").asString()).isEqualTo("Số kích hoạt lớn hơn số hồ sơ của Công an");
		assertThat(history.get(2).get("value").decimalValue()).isEqualByComparingTo("800");
		assertThat(history.get(5).get("value").decimalValue()).isEqualByComparingTo("750");
	}

	@Test
	void anApprovedValueIsSupersededOnlyByANewerValueGoingThroughApproval() throws Exception {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		UUID first = fx.track(calls.enter("xa", body(hamlet.code(), "VNEID_DOSSIERS", "2024-01", "2024-12", 350)).id());
		calls.step("xa", first, "submit", null);
		calls.step("huyen", first, "approve", null);

		var second = calls.enter("xa", body(hamlet.code(), "VNEID_DOSSIERS", "2024-01", "2024-12", 365));
		assertThat(second.status()).as("a correction of an approved value is a new value").isEqualTo(201);
		UUID correction = fx.track(second.id());
		assertThat(dossiers(hamlet)).isEqualByComparingTo("350");
		calls.step("xa", correction, "submit", null);
		assertThat(dossiers(hamlet)).isEqualByComparingTo("350");
		calls.step("huyen", correction, "approve", null);
		assertThat(dossiers(hamlet)).isEqualByComparingTo("365");
		assertThat(calls.get("xa", first).json().get("status").asString()).as("the older one stays, for the record")
			.isEqualTo("APPROVED");
	}

	@Test
	void theAwaitingListHoldsWhatTheCallerMayDecideAndNothingElse() throws Exception {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		UUID hamletValue = fx.track(calls.enter("xa", body(hamlet.code(), "APP_USERS", "2024-05", "2024-05", 41)).id());
		calls.step("xa", hamletValue, "submit", null);
		UUID communeValue = fx.track(calls.enter("xa", body(COMMUNE, "APP_USERS", "2024-05", "2024-05", 410)).id());
		calls.step("xa", communeValue, "submit", null);
		UUID draft = fx.track(calls.enter("xa", body(COMMUNE, "APP_USERS", "2024-04", "2024-04", 400)).id());

		assertThat(awaiting("huyen")).contains(hamletValue, communeValue).doesNotContain(draft);
		assertThat(awaiting("xa")).doesNotContain(hamletValue, communeValue, draft);
		assertThat(awaiting("tinh")).contains(hamletValue, communeValue);
	}

	private List<UUID> awaiting(String user) throws Exception {
		JsonNode page = calls.api(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get(ReportedCalls.API + "?awaiting=true&size=500"), null).json();
		List<UUID> ids = new ArrayList<>();
		page.get("items").forEach(v -> ids.add(UUID.fromString(v.get("id").asString())));
		return ids;
	}

	private static List<String> steps(JsonNode history) {
		List<String> steps = new ArrayList<>();
		history.forEach(s -> steps.add(s.get("action").asString() + " " + s.get("actor").asString() + " "
				+ s.get("status").asString()));
		return steps;
	}

	private java.math.BigDecimal dossiers(AdminUnit hamlet) {
		return values.approved(hamlet.id(), Period.year(2024)).get("VNEID_DOSSIERS").value();
	}

	private java.math.BigDecimal activated(AdminUnit hamlet) {
		return values.approved(hamlet.id(), Period.year(2024)).get("VNEID_ACTIVATED").value();
	}

}
