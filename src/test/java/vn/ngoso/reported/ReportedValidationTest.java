package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.reported.ReportedCalls.body;
import static vn.ngoso.reported.ReportedFixtures.entry;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.reported.ReportedCalls.Answer;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Every rule of an entry, through the API (problem JSON naming the field, in Vietnamese, English
 * on request) and the page form (the message beside the field, what was typed kept); a refused
 * entry writes nothing.
 */
@IntegrationTest
class ReportedValidationTest {

	static final String COMMUNE = "27781";

	static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

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
	void aUnitThatIsUnknownOrOutsideTheScopeIsRefusedAlike() {
		refused(body("99999", "VNEID_DOSSIERS", "2024-01", "2024-12", 10), "unitCode",
				"Mã đơn vị “99999” không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		refused(body("27757", "VNEID_DOSSIERS", "2024-01", "2024-12", 10), "unitCode",
				"Mã đơn vị “27757” không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		refused(body("797", "VNEID_DOSSIERS", "2024-01", "2024-12", 10), "unitCode",
				"Mã đơn vị “797” không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		refused(body(" ", "VNEID_DOSSIERS", "2024-01", "2024-12", 10), "unitCode",
				"Vui lòng chọn đơn vị (mã đơn vị không được để trống).");
	}

	@Test
	void anIndicatorThatIsUnknownOrTrackedIsRefused() {
		refused(body(COMMUNE, "NO_SUCH", "2024-01", "2024-12", 10), "indicator",
				"Mã chỉ tiêu “NO_SUCH” không có trong danh mục.");
		refused(body(COMMUNE, "COVERED_HOUSEHOLDS", "2024-01", "2024-12", 10), "indicator",
				"Chỉ tiêu COVERED_HOUSEHOLDS được Ngõ Số tự tính từ dữ liệu của tổ, không nhập tay.");
		refused(body(COMMUNE, null, "2024-01", "2024-12", 10), "indicator", "Vui lòng chọn chỉ tiêu.");
	}

	@Test
	void monthsThatAreMissingReversedInTheFutureTooEarlyOrUnreadableAreRefused() {
		refused(body(COMMUNE, "APP_USERS", null, "2024-12", 10), "from", "Tháng bắt đầu không được để trống.");
		refused(body(COMMUNE, "APP_USERS", "2024-01", "", 10), "to", "Tháng kết thúc không được để trống.");
		refused(body(COMMUNE, "APP_USERS", "2024-06", "2024-03", 10), "to", "Tháng kết thúc không được trước tháng bắt đầu.");
		refused(body(COMMUNE, "APP_USERS", NOW.toString(), NOW.plusMonths(1).toString(), 10), "to",
				"Tháng không được ở tương lai.");
		refused(body(COMMUNE, "APP_USERS", NOW.plusMonths(1).toString(), NOW.plusMonths(1).toString(), 10), "from",
				"Tháng không được ở tương lai.");
		refused(body(COMMUNE, "APP_USERS", "2019-12", "2020-01", 10), "from", "Tháng không được trước 01/2020.");
		refused(body(COMMUNE, "APP_USERS", "13/2024", "2024-12", 10), "from",
				"Tháng không đúng dạng MM/yyyy (ví dụ 03/2024).");
		Answer slashed = calls.enterUnchecked("xa", body(COMMUNE, "APP_USERS", "03/2024", "3/2024", 10));
		assertThat(slashed.status()).as("MM/yyyy is taken as well: %s", slashed.body()).isEqualTo(201);
		fx.track(slashed.id());
		assertThat(slashed.json().get("from").asString()).isEqualTo("2024-03");
	}

	@Test
	void aValueThatIsMissingNegativeFractionalOrAPercentageAboveAHundredIsRefused() {
		refused(body(COMMUNE, "APP_USERS", "2024-01", "2024-01", null), "value", "Giá trị không được để trống.");
		refused(body(COMMUNE, "APP_USERS", "2024-01", "2024-01", -1), "value", "Giá trị không được âm.");
		refused(body(COMMUNE, "APP_USERS", "2024-01", "2024-01", 12.5), "value",
				"Giá trị phải là số nguyên: chỉ tiêu này đếm số lượng.");
		refused(body(COMMUNE, "DOSSIERS_ON_TIME", "2024-01", "2024-12", 100.5), "value", "Tỷ lệ phải từ 0 đến 100 (%).");
		refused(body(COMMUNE, "DOSSIERS_ON_TIME", "2024-01", "2024-12", -0.1), "value", "Giá trị không được âm.");
		Answer rate = calls.enterUnchecked("xa", body(COMMUNE, "DOSSIERS_ON_TIME", "2024-01", "2024-12", 99.9));
		assertThat(rate.status()).isEqualTo(201);
		fx.track(rate.id());
		Answer hundred = calls.enterUnchecked("xa", body(COMMUNE, "DOSSIERS_ON_TIME", "2023-01", "2023-12", 100));
		assertThat(hundred.status()).isEqualTo(201);
		fx.track(hundred.id());
	}

	@Test
	void everyBrokenRuleIsReportedAtOnceAndInEnglishOnRequest() {
		Answer all = calls.enterUnchecked("xa", new LinkedHashMap<>());
		assertThat(all.status()).isEqualTo(400);
		assertThat(all.json().get("errors").findValuesAsString("field")).containsExactly("unitCode", "indicator", "from",
				"to", "value");
		Answer english = calls.enterUnchecked("xa", body(COMMUNE, "DOSSIERS_ON_TIME", "2024-01", "2024-12", 101), "en");
		assertThat(english.messagesFor("value")).containsExactly("A rate must be between 0 and 100 (%).");
		assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");
	}

	@Test
	void aCountOfResidentsAboveTheUnitsApprovedPopulationIsRefusedButBankAccountsAreNot() {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		fx.approved("tinh", "xa", entry(hamlet.code(), "POPULATION", YearMonth.of(2023, 12), YearMonth.of(2023, 12), "1700"));

		for (String count : List.of("VNEID_DOSSIERS", "VNEID_ACTIVATED", "APP_USERS", "APP_YOUTH_UNION",
				"SERVICE_DESK_ACCOUNTS")) {
			refused(body(hamlet.code(), count, "2024-01", "2024-03", 1701), "value",
					"Giá trị vượt quá dân số đã duyệt của " + hamlet.name() + " (1.700 người).");
			Answer atPopulation = calls.enterUnchecked("xa", body(hamlet.code(), count, "2024-01", "2024-03", 1700));
			assertThat(atPopulation.status()).as(count).isEqualTo(201);
			fx.track(atPopulation.id());
		}
		Answer bank = calls.enterUnchecked("xa", body(hamlet.code(), "BANK_ACCOUNTS_15", "2024-01", "2024-03", 2275));
		assertThat(bank.status()).as("the State Bank counts accounts where they are opened").isEqualTo(201);
		fx.track(bank.id());
		Answer before = calls.enterUnchecked("xa", body(hamlet.code(), "APP_USERS", "2023-01", "2023-11", 5000));
		assertThat(before.status()).as("no population was known before December 2023").isEqualTo(201);
		fx.track(before.id());

		AdminUnit other = fx.newHamlet(COMMUNE);
		Answer unknown = calls.enterUnchecked("xa", body(other.code(), "APP_USERS", "2024-01", "2024-03", 1_000_000));
		assertThat(unknown.status()).as("without a population there is no ceiling").isEqualTo(201);
		fx.track(unknown.id());
		Answer submitted = calls.step("xa", unknown.id(), "submit", null);
		assertThat(submitted.status()).isEqualTo(200);
	}

	@Test
	void aPopulationApprovedMeanwhileIsCheckedAgainWhenAValueIsSubmitted() {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		Answer draft = calls.enterUnchecked("xa", body(hamlet.code(), "APP_USERS", "2024-01", "2024-03", 900));
		fx.track(draft.id());
		fx.approved("tinh", "xa", entry(hamlet.code(), "POPULATION", YearMonth.of(2024, 1), YearMonth.of(2024, 1), "800"));
		Answer submit = calls.step("xa", draft.id(), "submit", null);
		assertThat(submit.status()).isEqualTo(400);
		assertThat(submit.messagesFor("value")).containsExactly(
				"Giá trị vượt quá dân số đã duyệt của " + hamlet.name() + " (800 người).");
		assertThat(calls.get("xa", draft.id()).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aSecondValueWhileOneIsOpenIsRefusedAndOverlappingFlowsToo() {
		AdminUnit hamlet = fx.newHamlet(COMMUNE);
		Answer first = calls.enterUnchecked("xa", body(hamlet.code(), "FEEDBACK_RECEIVED", "2024-01", "2024-03", 10));
		fx.track(first.id());
		String open = "Đơn vị đã có một giá trị đang mở (nháp hoặc chờ duyệt) cho chỉ tiêu và kỳ này: hãy sửa giá trị đó thay vì nhập mới.";
		refused(body(hamlet.code(), "FEEDBACK_RECEIVED", "2024-01", "2024-03", 11), "indicator", open);
		calls.step("xa", first.id(), "submit", null);
		refused("huyen", body(hamlet.code(), "FEEDBACK_RECEIVED", "2024-01", "2024-03", 11), "indicator", open);
		refused(body(hamlet.code(), "FEEDBACK_RECEIVED", "2024-02", "2024-02", 3), "from",
				"Kỳ này trùng một phần với giá trị đã có cho kỳ 01/2024 – 03/2024: số liệu của các tháng trùng sẽ bị cộng hai lần.");
		Answer stock = calls.enterUnchecked("xa", body(hamlet.code(), "APP_USERS", "2024-02", "2024-02", 3));
		assertThat(stock.status()).as("stocks may overlap: the newest counts").isEqualTo(201);
		fx.track(stock.id());

		calls.step("huyen", first.id(), "reject", "Sai kỳ");
		Answer again = calls.enterUnchecked("xa", body(hamlet.code(), "FEEDBACK_RECEIVED", "2024-01", "2024-03", 12));
		assertThat(again.status()).as("a rejected value is no longer open").isEqualTo(201);
		fx.track(again.id());
		Answer resubmit = calls.step("xa", first.id(), "submit", null);
		assertThat(resubmit.status()).isEqualTo(400);
		assertThat(resubmit.messagesFor("indicator")).containsExactly(open);
	}

	@Test
	void onlyOfficersEnterValues() {
		for (String user : List.of("totruong", "thanhvien")) {
			Answer answer = calls.enterUnchecked(user, body(COMMUNE, "APP_USERS", "2024-01", "2024-01", 1));
			assertThat(answer.status()).as(user).isEqualTo(404);
		}
	}

	@Test
	void thePageFormShowsEachMessageBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		var before = counts();
		long commune = fx.unitId(COMMUNE);
		String html = form(Map.of("unitId", String.valueOf(commune), "indicator", "DOSSIERS_ON_TIME", "from", "2024-01",
				"to", NOW.plusMonths(2).toString(), "value", "120,5", "note", "Số liệu Văn phòng UBND"));
		assertThat(Html.fieldError(html, "to")).isEqualTo("Tháng không được ở tương lai.");
		assertThat(Html.fieldError(html, "value")).isEqualTo("Tỷ lệ phải từ 0 đến 100 (%).");
		assertThat(Html.fieldError(html, "from")).isNull();
		assertThat(html).contains("value=\"120,5\"").contains("value=\"" + NOW.plusMonths(2).format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")) + "\"")
			.contains(">Số liệu Văn ph").contains("<option value=\"DOSSIERS_ON_TIME\" selected=\"selected\"");

		html = form(Map.of("unitId", "", "indicator", "", "from", "03/20x4", "to", "", "value", "nhiều"));
		assertThat(Html.fieldError(html, "unitId")).isEqualTo("Vui lòng chọn đơn vị (mã đơn vị không được để trống).");
		assertThat(Html.fieldError(html, "indicator")).isEqualTo("Vui lòng chọn chỉ tiêu.");
		assertThat(Html.fieldError(html, "from")).isEqualTo("Tháng không đúng dạng MM/yyyy (ví dụ 03/2024).");
		assertThat(Html.fieldError(html, "to")).isEqualTo("Tháng kết thúc không được để trống.");
		assertThat(Html.fieldError(html, "value")).isEqualTo("Giá trị phải là một số (ví dụ 1.351.439 hoặc 99,9).");
		assertThat(html).contains("value=\"03/20x4\"").contains("value=\"nhiều\"");
		assertThat(counts()).isEqualTo(before);
	}

	private String form(Map<String, String> fields) throws Exception {
		var request = post("/indicators/reported");
		fields.forEach(request::param);
		var response = calls.page("xa", request);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private void refused(Map<String, Object> body, String field, String message) {
		refused("xa", body, field, message);
	}

	/** Refused with the message for the field, and nothing written. */
	private void refused(String user, Map<String, Object> body, String field, String message) {
		var before = counts();
		Answer answer = calls.enterUnchecked(user, body);
		assertThat(answer.status()).as("%s: %s", body, answer.body()).isEqualTo(400);
		assertThat(answer.json().get("type").asString()).isEqualTo("https://ngoso.vn/problems/invalid-input");
		assertThat(answer.messagesFor(field)).as(answer.body()).containsExactly(message);
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>(RowCounts.of(jdbc));
		counts.put("reported_value", fx.count());
		counts.put("reported_value_step", jdbc.sql("select count(*) from reported_value_step").query(Long.class).single());
		return counts;
	}
}
