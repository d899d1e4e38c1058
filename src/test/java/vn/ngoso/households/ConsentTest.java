package vn.ngoso.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Consent under Law 91/2025: recording it keeps when, how and who collected it; withdrawing it
 * erases what identifies the person (name down to initials, birth day, phone, citizen ID) while
 * the readiness profile, and so the household's figures, stay; both leave an audit entry.
 */
@IntegrationTest
class ConsentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
	}

	record StoredConsent(Instant at, String method, String by) {
	}

	@Test
	void consentRecordedThroughTheApiKeepsWhenHowAndWhoCollectedIt() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID resident = fx.addAdult(household);
		assertThat(fx.resident("thanhvien", household, resident).get("consentAt").isNull()).isTrue();
		long audits = audits(resident, "CONSENT");

		var response = fx.postJson("thanhvien", "/api/v1/households/" + household + "/residents/" + resident + "/consent",
				Map.of("method", "VERBAL"));

		assertThat(response.getStatus()).isEqualTo(204);
		StoredConsent consent = consent(resident);
		assertThat(consent.method()).isEqualTo("VERBAL");
		assertThat(consent.by()).isEqualTo("thanhvien");
		assertThat(Duration.between(consent.at(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
		assertThat(fx.resident("thanhvien", household, resident).get("consentAt").isNull()).isFalse();
		assertThat(audits(resident, "CONSENT")).isEqualTo(audits + 1);
	}

	@Test
	void consentRecordedOnThePageShowsWhoAndHow() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID resident = fx.addAdult(household);

		mvc.perform(post("/households/" + household + "/residents/" + resident + "/consent").param("method", "PAPER")
				.with(new DemoUsers(users).as("totruong")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/households/" + household))
			.andExpect(flash().attribute("flash", "resident.consent.recorded"));

		StoredConsent consent = consent(resident);
		assertThat(consent.method()).isEqualTo("PAPER");
		assertThat(consent.by()).isEqualTo("totruong");
		String html = page("totruong", "/households/" + household);
		// The day in Vietnam, not in the server's zone (UTC, a day behind until 7 a.m.).
		assertThat(html).contains("Đồng ý ngày " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
			.format(HouseholdFixtures.today()) + " (Ký giấy, do totruong ghi nhận)");
	}

	@Test
	void consentWithoutAMethodIsRefusedNamingTheField() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		UUID resident = fx.addAdult(household);
		var before = RowCounts.of(jdbc);
		var response = fx.postJson("xa", "/api/v1/households/" + household + "/residents/" + resident + "/consent",
				Map.of());
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(response.getContentAsString(StandardCharsets.UTF_8)), "method"))
			.containsExactly("Vui lòng chọn hình thức đồng ý.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(consentAt(resident)).isNull();
	}

	@Test
	void withdrawingConsentThroughTheApiErasesPersonalFieldsButKeepsProfileAndCoverage() throws Exception {
		Erasable p = fluentResidentWithEverything();

		var response = fx.postJson("xa", "/api/v1/households/" + p.household() + "/residents/" + p.resident()
				+ "/consent/withdraw", Map.of());

		assertThat(response.getStatus()).isEqualTo(204);
		assertErased(p);
	}

	@Test
	void withdrawingConsentOnThePageErasesPersonalFieldsButKeepsProfileAndCoverage() throws Exception {
		Erasable p = fluentResidentWithEverything();

		mvc.perform(post("/households/" + p.household() + "/residents/" + p.resident() + "/consent/withdraw")
				.with(new DemoUsers(users).as("totruong")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "resident.consent.withdrawn"));

		assertErased(p);
		String html = page("totruong", "/households/" + p.household());
		assertThat(html).contains("N. V. A. T.").contains("Đã xoá dữ liệu cá nhân").doesNotContain("Nguyễn Văn An Thử")
			.doesNotContain(p.phone()).doesNotContain("079******" + p.cccd().substring(9));
	}

	@Test
	void citizenIdOfAnErasedResidentCanBeGivenToSomeoneElse() throws Exception {
		Erasable p = fluentResidentWithEverything();
		fx.postJson("xa", "/api/v1/households/" + p.household() + "/residents/" + p.resident() + "/consent/withdraw",
				Map.of());
		Map<String, Object> other = HouseholdFixtures.adult();
		other.put("cccd", p.cccd());
		assertThat(fx.addResident(fx.newHouseholdInCaBan(), other).get("cccd").asString()).startsWith("079******");
	}

	@Test
	void withdrawingTwiceChangesNothingMore() throws Exception {
		Erasable p = fluentResidentWithEverything();
		String url = "/api/v1/households/" + p.household() + "/residents/" + p.resident() + "/consent/withdraw";
		fx.postJson("xa", url, Map.of());
		var before = RowCounts.of(jdbc);
		assertThat(fx.postJson("xa", url, Map.of()).getStatus()).isEqualTo(204);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void consentCannotBeRecordedAgainForAnErasedResident() throws Exception {
		Erasable p = fluentResidentWithEverything();
		fx.postJson("xa", "/api/v1/households/" + p.household() + "/residents/" + p.resident() + "/consent/withdraw",
				Map.of());
		var before = RowCounts.of(jdbc);
		var response = fx.postJson("xa", "/api/v1/households/" + p.household() + "/residents/" + p.resident() + "/consent",
				Map.of("method", "PAPER"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(response.getContentAsString(StandardCharsets.UTF_8)), "consent"))
			.containsExactly("Người này đã rút lại đồng ý; dữ liệu cá nhân đã được xoá.");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void missingConsentFilterListsHouseholdsWithAResidentWhoHasNotAgreed() throws Exception {
		UUID missing = fx.newHouseholdInCaBan();
		UUID waiting = fx.addAdult(missing);
		UUID agreed = fx.newHouseholdInCaBan();
		Map<String, Object> withConsent = HouseholdFixtures.adult();
		withConsent.put("consentMethod", "PAPER");
		fx.addResident(agreed, withConsent);
		UUID erasedOnly = fx.newHouseholdInCaBan();
		UUID erased = fx.addAdult(erasedOnly);
		fx.postJson("xa", "/api/v1/households/" + erasedOnly + "/residents/" + erased + "/consent/withdraw", Map.of());

		for (String user : List.of("xa", "thanhvien")) {
			List<UUID> api = fx.listIds(user, "missingConsent=true");
			assertThat(api).as("API as %s", user).contains(missing).doesNotContain(agreed, erasedOnly);
			assertThat(pageIds(user, "/households?missingConsent=true&q=" + code(missing))).as("page as %s", user)
				.containsExactly(missing);
			assertThat(pageIds(user, "/households?missingConsent=true&q=" + code(agreed))).isEmpty();
			assertThat(pageIds(user, "/households?missingConsent=true&q=" + code(erasedOnly))).isEmpty();
			assertThat(pageIds(user, "/households?q=" + code(agreed))).containsExactly(agreed);
			assertThat(fx.listIds(user, "")).contains(missing, agreed, erasedOnly);
		}
		assertThat(fx.household("xa", missing).get("household").get("consentMissing").asBoolean()).isTrue();
		assertThat(fx.household("xa", agreed).get("household").get("consentMissing").asBoolean()).isFalse();

		fx.postJson("thanhvien", "/api/v1/households/" + missing + "/residents/" + waiting + "/consent",
				Map.of("method", "APP"));
		assertThat(fx.listIds("xa", "missingConsent=true")).doesNotContain(missing);
		assertThat(pageIds("xa", "/households?missingConsent=true&q=" + code(missing))).isEmpty();
	}

	// --- fixtures -------------------------------------------------------------------------------

	record Erasable(UUID household, UUID resident, String phone, String cccd, LocalDate birthDate) {
	}

	/**
	 * A consenting adult with name, birth date, phone and citizen ID, made fluent by a visit so that
	 * the household is covered.
	 */
	private Erasable fluentResidentWithEverything() throws Exception {
		UUID household = fx.newHouseholdInCaBan();
		Map<String, Object> body = HouseholdFixtures.adult();
		body.put("fullName", "Nguyễn Văn An Thử");
		body.put("consentMethod", "PAPER");
		UUID resident = UUID.fromString(fx.addResident(household, body).get("id").asString());
		fx.recordVisit(household, HouseholdFixtures.today().minusDays(3),
				Map.of(resident, List.of("SMARTPHONE", "PROVINCIAL_APP", "FLUENT")));
		assertThat(fx.household("xa", household).get("household").get("covered").asBoolean()).isTrue();
		assertThat(consentAt(resident)).isNotNull();
		return new Erasable(household, resident, (String) body.get("phone"), (String) body.get("cccd"),
				LocalDate.parse((String) body.get("birthDate")));
	}

	private void assertErased(Erasable p) throws Exception {
		var row = jdbc.sql("""
				select full_name, name_folded, birth_date, birth_year, sex, relation, phone, cccd_cipher, cccd_hash,
				       consent_at, erased_at from resident where id = ?
				""").param(p.resident()).query((rs, n) -> {
			assertThat(rs.getString("full_name")).as("name down to initials").isEqualTo("N. V. A. T.");
			assertThat(rs.getString("name_folded")).doesNotContain("nguyen");
			assertThat(rs.getObject("birth_date")).as("birth date").isNull();
			assertThat(rs.getInt("birth_year")).as("birth year kept").isEqualTo(p.birthDate().getYear());
			assertThat(rs.getString("sex")).as("sex kept").isEqualTo("FEMALE");
			assertThat(rs.getString("relation")).as("relation kept").isEqualTo("HEAD");
			assertThat(rs.getString("phone")).as("phone").isNull();
			assertThat(rs.getBytes("cccd_cipher")).as("citizen ID cipher").isNull();
			assertThat(rs.getBytes("cccd_hash")).as("citizen ID hash").isNull();
			assertThat(rs.getTimestamp("erased_at")).isNotNull();
			return true;
		}).single();
		assertThat(row).isTrue();
		assertThat(jdbc.sql("select item from readiness where resident_id = ? order by item").param(p.resident())
			.query(String.class).list()).as("profile kept").containsExactly("FLUENT", "PROVINCIAL_APP", "SMARTPHONE");
		assertThat(jdbc.sql("select count(*) from readiness_event where resident_id = ?").param(p.resident())
			.query(Long.class).single()).as("history kept").isEqualTo(3);
		JsonNode household = fx.household("xa", p.household());
		assertThat(household.get("household").get("covered").asBoolean()).as("still covered").isTrue();
		assertThat(fx.listIds("xa", "covered=true&unit=" + HouseholdFixtures.CA_BAN)).contains(p.household());
		assertThat(fx.listIds("xa", "covered=false&unit=" + HouseholdFixtures.CA_BAN)).doesNotContain(p.household());
		JsonNode r = fx.resident("xa", p.household(), p.resident());
		assertThat(r.get("fullName").asString()).isEqualTo("N. V. A. T.");
		assertThat(r.get("erased").asBoolean()).isTrue();
		assertThat(r.get("phone").isNull()).isTrue();
		assertThat(r.get("cccd").isNull()).isTrue();
		assertThat(r.get("birthDate").isNull()).isTrue();
		assertThat(r.get("profile").has("FLUENT")).isTrue();
		assertThat(audits(p.resident(), "ERASE")).as("erasure audited").isEqualTo(1);
		List<String> entries = jdbc.sql("select action || ' ' || coalesce(before::text, '') || ' ' || coalesce(after::text, '')"
				+ " from audit_log where entity_id = ?").param(p.resident().toString()).query(String.class).list();
		assertThat(entries).as("audit entries of the resident").hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(entry -> assertThat(entry).as("the log keeps nothing the erasure removed")
				.doesNotContain("Nguyễn Văn An Thử").doesNotContain(p.phone()).doesNotContain(p.cccd())
				.doesNotContain(p.birthDate().toString()));
		assertThat(fx.getRaw("xa", "/api/v1/households/" + p.household() + "/residents/" + p.resident() + "/cccd")
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(p.cccd());
	}

	// --- helpers --------------------------------------------------------------------------------

	private StoredConsent consent(UUID resident) {
		return jdbc.sql("select consent_at, consent_method, consent_by from resident where id = ?").param(resident)
			.query((rs, n) -> new StoredConsent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
			.single();
	}

	private Instant consentAt(UUID resident) {
		var at = jdbc.sql("select consent_at from resident where id = ?").param(resident)
			.query((rs, n) -> rs.getTimestamp(1)).list().get(0);
		return at == null ? null : at.toInstant();
	}

	private long audits(UUID resident, String action) {
		return jdbc.sql("select count(*) from audit_log where entity_type = 'RESIDENT' and entity_id = ? and action = ?")
			.params(resident.toString(), action).query(Long.class).single();
	}

	private String code(UUID household) {
		return jdbc.sql("select code from household where id = ?").param(household).query(String.class).single();
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static final Pattern HOUSEHOLD_LINK = Pattern.compile("href=\"/households/([0-9a-f-]{36})\"");

	/** Households linked from the list page's table, every page of it. */
	private List<UUID> pageIds(String user, String url) throws Exception {
		Matcher m = HOUSEHOLD_LINK.matcher(page(user, url));
		List<UUID> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(UUID.fromString(m.group(1)));
		}
		return ids;
	}
}
