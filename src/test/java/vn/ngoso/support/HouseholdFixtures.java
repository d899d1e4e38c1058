package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Households, residents and visits made the way their users make them, through the API: the
 * commune officer {@code xa} registers households (each with a code no other test uses) in a
 * hamlet of Xã Tuyên Bình, and a member or officer records visits. The database is shared, so a
 * test that needs clean state makes its own household rather than counting the demo ones.
 */
public final class HouseholdFixtures {

	/** Ấp Cả Bản, where the demo team of {@code totruong} and {@code thanhvien} works. */
	public static final String CA_BAN = "27781-001";

	/** Ấp 2 of the same commune: outside the team's (and so the member's) scope. */
	public static final String AP_2 = "27781-002";

	private static final AtomicInteger CODES = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 100_000));

	/** Six digits above anything the demo data uses (it numbers up to a few thousand). */
	private static final AtomicInteger CCCD_SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> bearers = new ConcurrentHashMap<>();

	public HouseholdFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	public static LocalDate today() {
		return CommuneFixtures.today();
	}

	public JsonMapper json() {
		return json;
	}

	public JsonNode read(String body) {
		return json.readTree(body);
	}

	/** The bearer token of a demo user, obtained once per fixture. */
	public String bearer(String user) {
		return bearers.computeIfAbsent(user, u -> {
			try {
				return ApiTokens.tokenFor(mvc, u);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	// --- values no other test uses ----------------------------------------------------------------

	/** A household code unique in the commune, e.g. {@code KT-Bcdgh}. */
	public static String uniqueCode() {
		return "KT-" + UniqueValues.word() + CODES.incrementAndGet();
	}

	/**
	 * A valid citizen ID no resident has: province 079 (Hồ Chí Minh City, where the demo data uses
	 * 080), a man born in the 1900s, year 95, and a serial the demo never reaches.
	 */
	public static String uniqueCccd() {
		return "079095" + String.format("%06d", CCCD_SERIAL.getAndIncrement() % 1_000_000);
	}

	/** An adult resident as the API takes it, every field valid and unique. */
	public static Map<String, Object> adult() {
		return resident(UniqueValues.personName(), today().minusYears(34).minusDays(40), "FEMALE", "HEAD",
				UniqueValues.phone(), uniqueCccd());
	}

	/** A ten-year-old child: too young for a readiness profile. */
	public static Map<String, Object> child() {
		return resident("Lê Văn Bé " + UniqueValues.word(), today().minusYears(10), "MALE", "CHILD", null, null);
	}

	public static Map<String, Object> resident(String name, LocalDate birthDate, String sex, String relation,
			String phone, String cccd) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", name);
		body.put("birthDate", birthDate == null ? null : birthDate.toString());
		body.put("sex", sex);
		body.put("relation", relation);
		body.put("phone", phone);
		body.put("cccd", cccd);
		return body;
	}

	// --- households and residents ---------------------------------------------------------------

	/** A household registered by xa in the hamlet with this code; its id. */
	public UUID newHousehold(String hamletCode) throws Exception {
		return UUID.fromString(createHousehold(hamletCode, uniqueCode()).get("id").asString());
	}

	/** A household in Ấp Cả Bản, the demo team's hamlet. */
	public UUID newHouseholdInCaBan() throws Exception {
		return newHousehold(CA_BAN);
	}

	public JsonNode createHousehold(String hamletCode, String code) throws Exception {
		return createHousehold("xa", hamletCode, code);
	}

	/** A household registered by {@code user} (an officer whose scope holds the hamlet). */
	public JsonNode createHousehold(String user, String hamletCode, String code) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", hamletCode);
		body.put("code", code);
		body.put("address", "Số " + ThreadLocalRandom.current().nextInt(1, 300) + ", Kênh Thử Nghiệm");
		var response = postJson(user, "/api/v1/households", body);
		assertThat(response.getStatus()).as("creating household %s: %s", code, response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(201);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Adds a resident as xa; the created resident as the API answers. */
	public JsonNode addResident(UUID household, Map<String, Object> resident) throws Exception {
		return addResident("xa", household, resident);
	}

	public JsonNode addResident(String user, UUID household, Map<String, Object> resident) throws Exception {
		var response = postJson(user, "/api/v1/households/" + household + "/residents", resident);
		assertThat(response.getStatus()).as("adding a resident: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(201);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	public UUID addAdult(UUID household) throws Exception {
		return UUID.fromString(addResident(household, adult()).get("id").asString());
	}

	public UUID addChild(UUID household) throws Exception {
		return UUID.fromString(addResident(household, child()).get("id").asString());
	}

	/** The household as {@code user} reads it through the API (must be 200). */
	public JsonNode household(String user, UUID id) throws Exception {
		return getJson(user, "/api/v1/households/" + id);
	}

	/** The resident of a household, as {@code user} reads it. */
	public JsonNode resident(String user, UUID household, UUID resident) throws Exception {
		for (JsonNode r : household(user, household).get("residents")) {
			if (r.get("id").asString().equals(resident.toString())) {
				return r;
			}
		}
		throw new AssertionError("resident " + resident + " not in household " + household);
	}

	/** Ids of every household a list answer holds, all pages (size 500) of it. */
	public List<UUID> listIds(String user, String query) throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = getJson(user, "/api/v1/households?size=500&page=" + page + (query.isEmpty() ? "" : "&" + query));
			for (JsonNode h : answer.get("items")) {
				ids.add(UUID.fromString(h.get("id").asString()));
			}
			if ((long) (page + 1) * 500 >= answer.get("total").asLong()) {
				return ids;
			}
		}
	}

	// --- members and visits ---------------------------------------------------------------------

	/** The member record of a demo account ({@code thanhvien}). */
	public long memberIdOf(String user) {
		return jdbc.sql("select member_id from app_user where username = ?").param(user).query(Long.class).single();
	}

	/** An active member of the team serving this hamlet, other than {@code thanhvien}. */
	public long otherActiveMemberOfTeamIn(String hamletCode) {
		return jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id
				where u.code = ? and m.left_on is null
				  and m.id is distinct from (select member_id from app_user where username = 'thanhvien')
				order by m.id limit 1
				""").param(hamletCode).query(Long.class).single();
	}

	/** A visit body as the phone sends it. */
	public static Map<String, Object> visit(UUID id, UUID household, LocalDate date, List<Long> memberIds,
			Map<UUID, List<String>> outcomes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("householdId", household.toString());
		body.put("date", date == null ? null : date.toString());
		body.put("memberIds", memberIds);
		List<Map<String, Object>> list = new ArrayList<>();
		outcomes.forEach((resident, items) -> {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("residentId", resident.toString());
			o.put("items", items);
			list.add(o);
		});
		body.put("outcomes", list);
		body.put("note", "Hướng dẫn tại nhà");
		return body;
	}

	/** Posts a visit as {@code user}; the raw answer. */
	public MockHttpServletResponse postVisit(String user, Map<String, Object> visit) throws Exception {
		return postJson(user, "/api/v1/visits", visit);
	}

	/** Records a visit as {@code thanhvien} (members default to himself) and checks it was created. */
	public JsonNode recordVisit(UUID household, LocalDate date, Map<UUID, List<String>> outcomes) throws Exception {
		var response = postVisit("thanhvien", visit(UUID.randomUUID(), household, date, List.of(), outcomes));
		assertThat(response.getStatus()).as("recording a visit: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(201);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	// --- plumbing -------------------------------------------------------------------------------

	public MockHttpServletResponse postJson(String user, String url, Object body) throws Exception {
		return mvc.perform(post(url).header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body))).andReturn().getResponse();
	}

	public MockHttpServletResponse getRaw(String user, String url) throws Exception {
		return mvc.perform(get(url).header("Authorization", bearer(user))).andReturn().getResponse();
	}

	public JsonNode getJson(String user, String url) throws Exception {
		var response = getRaw(user, url);
		assertThat(response.getStatus()).as("GET %s as %s: %s", url, user, response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(200);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The messages a 400 problem gives for one field. */
	public static List<String> messagesFor(JsonNode problem, String field) {
		List<String> messages = new ArrayList<>();
		for (JsonNode error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				messages.add(error.get("message").asString());
			}
		}
		return messages;
	}
}
