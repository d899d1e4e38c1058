package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds what a test needs in xã Tuyên Bình (27781), the way the commune officer {@code xa}
 * would: a new hamlet through the page, a team and members through the API.
 */
public final class CommuneFixtures {

	public static final String COMMUNE_CODE = "27781";

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public record Hamlet(long id, String code, String name) {
	}

	private final MockMvc mvc;

	private final DemoUsers users;

	private final JsonMapper json = JsonMapper.builder().build();

	private final String bearer;

	public CommuneFixtures(MockMvc mvc, UserDetailsService users) throws Exception {
		this.mvc = mvc;
		this.users = new DemoUsers(users);
		this.bearer = ApiTokens.tokenFor(mvc, "xa");
	}

	public static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	/** The bearer token of {@code xa}. */
	public String bearer() {
		return bearer;
	}

	public JsonMapper json() {
		return json;
	}

	public JsonNode read(String body) {
		return json.readTree(body);
	}

	public JsonNode getJson(String url) throws Exception {
		var response = mvc.perform(get(url).header("Authorization", bearer)).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s", url).isEqualTo(200);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	public long communeId() throws Exception {
		return getJson("/api/v1/units/" + COMMUNE_CODE).get("id").asLong();
	}

	/** Creates a hamlet under 27781 through the page form, as xa. */
	public Hamlet newHamlet() throws Exception {
		return newHamlet("Ấp Thử Nghiệm " + UniqueValues.word());
	}

	public Hamlet newHamlet(String name) throws Exception {
		long commune = communeId();
		var response = mvc.perform(post("/units/" + commune + "/hamlets").with(users.as("xa")).with(csrf())
				.param("name", name).param("type", "AP")).andReturn().getResponse();
		assertThat(response.getStatus()).as("creating hamlet %s", name).isEqualTo(302);
		return hamlet(name);
	}

	/** A child of 27781 with this name, as the API lists it. */
	public Hamlet hamlet(String name) throws Exception {
		for (JsonNode child : getJson("/api/v1/units/" + COMMUNE_CODE + "/children")) {
			if (child.get("name").asString().equals(name)) {
				return new Hamlet(child.get("id").asLong(), child.get("code").asString(), name);
			}
		}
		throw new AssertionError("no hamlet named " + name + " under " + COMMUNE_CODE);
	}

	/** Founds a team in the hamlet through the API and returns its id. */
	public long newTeam(Hamlet hamlet) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", hamlet.code());
		body.put("name", "Tổ CNSCĐ " + hamlet.name());
		body.put("decisionNo", "15/QĐ-UBND");
		body.put("decisionDate", "2024-05-02");
		var response = mvc.perform(post("/api/v1/teams").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as("founding a team: %s", response.getContentAsString()).isEqualTo(201);
		return read(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
	}

	/** A new hamlet with a team in it: the team id. */
	public long newTeam() throws Exception {
		return newTeam(newHamlet());
	}

	/** A valid member as the API takes it; tests change one field to make it invalid. */
	public static Map<String, Object> memberJson(String name, LocalDate birthDate, String phone) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", name);
		body.put("birthDate", birthDate.toString());
		body.put("sex", "FEMALE");
		body.put("phone", phone);
		body.put("role", "MEMBER");
		body.put("affiliations", java.util.List.of("YOUTH_UNION"));
		body.put("joinedOn", today().minusDays(10).toString());
		return body;
	}

	public static Map<String, Object> validMember() {
		return memberJson(UniqueValues.personName(), today().minusYears(25), UniqueValues.phone());
	}

	/** Adds a member through the API and returns the created member. */
	public JsonNode addMember(long teamId, Map<String, Object> member) throws Exception {
		var response = mvc.perform(post("/api/v1/teams/" + teamId + "/members").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(member)))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as("adding a member: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(201);
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	public JsonNode addMember(long teamId) throws Exception {
		return addMember(teamId, validMember());
	}
}
