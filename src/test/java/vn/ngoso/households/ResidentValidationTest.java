package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * A resident with bad input is refused by {@code POST /api/v1/households/{id}/residents} with a
 * problem naming the field in Vietnamese, and by the page form with the message beside the field,
 * and nothing is written either way.
 */
@IntegrationTest
class ResidentValidationTest {

	static final String CCCD_LENGTH = "Số CCCD phải có đúng 12 chữ số.";

	static final String CCCD_PROVINCE = "Ba chữ số đầu của CCCD không phải mã tỉnh nơi đăng ký khai sinh.";

	static final String CCCD_TAKEN = "Số CCCD này đã có trong hệ thống.";

	static final String PHONE_INVALID = "Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam.";

	static final String BIRTH_FUTURE = "Ngày/năm sinh không được ở tương lai.";

	static final String NAME_REQUIRED = "Họ và tên không được để trống.";

	/** One household of the class's own, in Ấp Cả Bản. */
	private static UUID household;

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
		if (household == null) {
			household = fx.newHouseholdInCaBan();
		}
	}

	@Test
	void citizenIdOfElevenDigitsIsRefusedNamingTheField() throws Exception {
		refused(with("cccd", "07909512345"), "cccd", CCCD_LENGTH);
	}

	@Test
	void citizenIdOfThirteenDigitsIsRefusedNamingTheField() throws Exception {
		refused(with("cccd", "0790951234567"), "cccd", CCCD_LENGTH);
	}

	@Test
	void citizenIdWithALetterIsRefusedNamingTheField() throws Exception {
		refused(with("cccd", "07909512345O"), "cccd", CCCD_LENGTH);
	}

	@Test
	void citizenIdStartingWithNoProvinceCodeIsRefused() throws Exception {
		refused(with("cccd", "999095123456"), "cccd", CCCD_PROVINCE);
	}

	@Test
	void citizenIdStartingWithAnUnusedCodeBetweenProvincesIsRefused() throws Exception {
		// 003 lies between Hà Nội (001) and Hà Giang (002, 004): no province was ever given it.
		refused(with("cccd", "003095123456"), "cccd", CCCD_PROVINCE);
	}

	@Test
	void phoneWithALandlinePrefixIsRefusedNamingTheField() throws Exception {
		refused(with("phone", "0212345678"), "phone", PHONE_INVALID);
	}

	@Test
	void phoneOfNineDigitsIsRefusedNamingTheField() throws Exception {
		refused(with("phone", "091234567"), "phone", PHONE_INVALID);
	}

	@Test
	void birthDateInTheFutureIsRefusedNamingTheField() throws Exception {
		refused(with("birthDate", HouseholdFixtures.today().plusDays(1).toString()), "birthDate", BIRTH_FUTURE);
	}

	@Test
	void birthYearInTheFutureIsRefusedNamingTheField() throws Exception {
		Map<String, Object> resident = with("birthDate", null);
		resident.put("birthYear", HouseholdFixtures.today().getYear() + 1);
		refused(resident, "birthYear", BIRTH_FUTURE);
	}

	@Test
	void emptyNameIsRefusedNamingTheField() throws Exception {
		refused(with("fullName", ""), "fullName", NAME_REQUIRED);
	}

	@Test
	void nameOfOnlySpacesIsRefusedNamingTheField() throws Exception {
		refused(with("fullName", "   "), "fullName", NAME_REQUIRED);
	}

	@Test
	void citizenIdAlreadyGivenToAnotherResidentIsRefused() throws Exception {
		String cccd = HouseholdFixtures.uniqueCccd();
		fx.addResident(fx.newHouseholdInCaBan(), with("cccd", cccd));
		refused(with("cccd", cccd), "cccd", CCCD_TAKEN);
	}

	@Test
	void citizenIdAlreadyGivenIsRecognisedWrittenWithSpacesAndDots() throws Exception {
		String cccd = HouseholdFixtures.uniqueCccd();
		fx.addResident(fx.newHouseholdInCaBan(), with("cccd", cccd));
		String written = cccd.substring(0, 3) + " " + cccd.substring(3, 6) + "." + cccd.substring(6);
		refused(with("cccd", written), "cccd", CCCD_TAKEN);
	}

	@Test
	void severalBadFieldsAreAllNamedAtOnce() throws Exception {
		Map<String, Object> resident = with("fullName", "");
		resident.put("phone", "12345");
		resident.put("cccd", "999095123456");
		JsonNode problem = refusedProblem(resident);
		assertThat(messagesFor(problem, "fullName")).containsExactly(NAME_REQUIRED);
		assertThat(messagesFor(problem, "phone")).containsExactly(PHONE_INVALID);
		assertThat(messagesFor(problem, "cccd")).containsExactly(CCCD_PROVINCE);
		assertThat(pageErrors(refusedForm(resident))).containsExactly(Map.entry("fullName", NAME_REQUIRED),
				Map.entry("phone", PHONE_INVALID), Map.entry("cccd", CCCD_PROVINCE));
	}

	@Test
	void validResidentIsStoredWithTheCitizenIdEncryptedAndFoundByItsHash() throws Exception {
		Map<String, Object> resident = HouseholdFixtures.adult();
		String cccd = (String) resident.get("cccd");
		JsonNode created = fx.addResident(household, resident);
		UUID id = UUID.fromString(created.get("id").asString());
		var stored = jdbc.sql("select cccd_cipher, cccd_hash from resident where id = ?").param(id)
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) }).single();
		assertThat(stored[0]).as("cipher").isNotNull();
		assertThat(new String(stored[0], StandardCharsets.ISO_8859_1)).doesNotContain(cccd);
		assertThat(stored[1]).as("hash").isNotNull().hasSize(32);
		assertThat(created.get("cccd").asString()).isEqualTo(cccd.substring(0, 3) + "******" + cccd.substring(9));
	}

	// --- helpers ----------------------------------------------------------------------------------

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> resident = HouseholdFixtures.adult();
		resident.put(field, value);
		return resident;
	}

	private void refused(Map<String, Object> resident, String field, String message) throws Exception {
		JsonNode problem = refusedProblem(resident);
		assertThat(messagesFor(problem, field)).as("errors for %s in %s", field, problem).containsExactly(message);
		assertThat(pageErrors(refusedForm(resident))).as("page errors").containsEntry(field, message);
	}

	/** Posts the resident form as xa; expects it shown again, and an untouched database; the page. */
	private String refusedForm(Map<String, Object> resident) throws Exception {
		var before = RowCounts.of(jdbc);
		var request = post("/households/" + household + "/residents").with(new DemoUsers(users).as("xa")).with(csrf());
		resident.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value.toString());
			}
		});
		var response = mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn();
		assertThat(response.getResponse().getStatus()).isEqualTo(200);
		assertThat(response.getModelAndView().getViewName()).isEqualTo("households/resident-form");
		assertThat(RowCounts.of(jdbc)).as("database unchanged by the form").isEqualTo(before);
		String html = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("what was typed is kept").contains("value=\"" + Html.unescape(String.valueOf(resident.get("fullName"))));
		return html;
	}

	private static final Pattern INVALID_INPUT = Pattern.compile("<(?:input|select)[^>]*\\bid=\"(\\w+)\"[^>]*class=\"[^\"]*invalid");

	private static final Pattern FIELD_ERROR = Pattern.compile("<p class=\"field-error\"[^>]*>(.*?)</p>", Pattern.DOTALL);

	/**
	 * The messages the page shows, by the field it marks as invalid: the i-th marked input gets
	 * the i-th message (the form lists both in field order).
	 */
	private static Map<String, String> pageErrors(String html) {
		List<String> fields = new ArrayList<>();
		Matcher m = INVALID_INPUT.matcher(html);
		while (m.find()) {
			fields.add(m.group(1));
		}
		List<String> messages = new ArrayList<>();
		Matcher e = FIELD_ERROR.matcher(html);
		while (e.find()) {
			messages.add(Html.unescape(e.group(1).strip()));
		}
		assertThat(messages).as("one message per marked field %s", fields).hasSameSizeAs(fields);
		Map<String, String> byField = new LinkedHashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			byField.put(fields.get(i), messages.get(i));
		}
		return byField;
	}

	/** Posts the resident as xa, expects a 400 problem and an untouched database; the problem. */
	private JsonNode refusedProblem(Map<String, Object> resident) throws Exception {
		var before = RowCounts.of(jdbc);
		int residentsBefore = fx.household("xa", household).get("residents").size();
		var response = mvc.perform(post("/api/v1/households/" + household + "/residents").header("Authorization", fx.bearer("xa"))
				.contentType(MediaType.APPLICATION_JSON).content(fx.json().writeValueAsString(resident)))
			.andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(RowCounts.of(jdbc)).as("database unchanged").isEqualTo(before);
		assertThat(fx.household("xa", household).get("residents").size()).isEqualTo(residentsBefore);
		return fx.read(response.getContentAsString(StandardCharsets.UTF_8));
	}
}
