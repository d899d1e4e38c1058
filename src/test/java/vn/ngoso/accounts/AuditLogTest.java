package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/** Every change of a team or member is logged with who, when, what and from where. */
@IntegrationTest
class AuditLogTest {

	static final String ADDRESS = "203.113.10.7";

	/** The request arrives from a known address. */
	static final RequestPostProcessor FROM_ADDRESS = request -> {
		request.setRemoteAddr(ADDRESS);
		return request;
	};

	record Entry(String actor, String address, String action, OffsetDateTime at, String unitPath, JsonNode before,
			JsonNode after) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CommuneFixtures xa;

	DemoUsers demo;

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
		demo = new DemoUsers(users);
	}

	@Test
	void creatingATeamRecordsWhoWhenWhatAndFromWhere() throws Exception {
		var hamlet = xa.newHamlet();
		String name = "Tổ CNSCĐ " + hamlet.name();
		Instant started = Instant.now();

		String body = mvc.perform(post("/api/v1/teams").with(FROM_ADDRESS).header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(Map.of("unitCode", hamlet.code(), "name", name, "decisionNo",
						"21/QĐ-UBND", "decisionDate", "2024-06-01"))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = xa.read(body).get("id").asLong();

		List<Entry> entries = entries("TEAM", id);
		assertThat(entries).hasSize(1);
		Entry entry = entries.get(0);
		assertThat(entry.action()).isEqualTo("CREATE");
		assertThat(entry.actor()).isEqualTo("xa");
		assertThat(entry.address()).isEqualTo(ADDRESS);
		assertThat(entry.at().toInstant()).isBetween(started.minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
		assertThat(entry.before()).isNull();
		assertThat(entry.after().get("name").asString()).isEqualTo(name);
		assertThat(entry.after().get("decisionNo").asString()).isEqualTo("21/QĐ-UBND");
		assertThat(entry.unitPath()).endsWith("." + hamlet.id());
	}

	@Test
	void updatingATeamThroughTheApiRecordsBeforeAndAfter() throws Exception {
		var hamlet = xa.newHamlet();
		long id = xa.newTeam(hamlet);
		String renamed = "Tổ CNSCĐ Đổi Tên " + UniqueValues.word();

		mvc.perform(put("/api/v1/teams/" + id).with(FROM_ADDRESS).header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(Map.of("unitCode", hamlet.code(), "name", renamed, "decisionNo",
						"15/QĐ-UBND", "decisionDate", "2024-05-02"))))
			.andExpect(status().isOk());

		Entry update = entries("TEAM", id).stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
		assertThat(update.actor()).isEqualTo("xa");
		assertThat(update.address()).isEqualTo(ADDRESS);
		assertThat(update.before().get("name").asString()).isEqualTo("Tổ CNSCĐ " + hamlet.name());
		assertThat(update.after().get("name").asString()).isEqualTo(renamed);
	}

	@Test
	void updatingATeamOnThePageIsRecordedToo() throws Exception {
		var hamlet = xa.newHamlet();
		long id = xa.newTeam(hamlet);

		mvc.perform(post("/teams/" + id).with(demo.as("xa")).with(csrf()).with(FROM_ADDRESS)
				.param("unitId", String.valueOf(hamlet.id())).param("name", "Tổ CNSCĐ " + hamlet.name())
				.param("decisionNo", "99/QĐ-UBND").param("decisionDate", "2024-05-02"))
			.andExpect(status().is3xxRedirection());

		Entry update = entries("TEAM", id).stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
		assertThat(update.actor()).isEqualTo("xa");
		assertThat(update.address()).isEqualTo(ADDRESS);
		assertThat(update.before().get("decisionNo").asString()).isEqualTo("15/QĐ-UBND");
		assertThat(update.after().get("decisionNo").asString()).isEqualTo("99/QĐ-UBND");
	}

	@Test
	void addingAndUpdatingAMemberRecordsBeforeAndAfter() throws Exception {
		long team = xa.newTeam();
		var member = CommuneFixtures.validMember();
		String body = mvc.perform(post("/api/v1/teams/" + team + "/members").with(FROM_ADDRESS)
				.header("Authorization", xa.bearer()).contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(member)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = xa.read(body).get("id").asLong();
		String newPhone = UniqueValues.phone();
		member.put("phone", newPhone);
		mvc.perform(put("/api/v1/members/" + id).with(FROM_ADDRESS).header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON).content(xa.json().writeValueAsString(member)))
			.andExpect(status().isOk());

		List<Entry> entries = entries("MEMBER", id);
		assertThat(entries).extracting(Entry::action).containsExactly("CREATE", "UPDATE");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.actor()).isEqualTo("xa");
			assertThat(e.address()).isEqualTo(ADDRESS);
		});
		assertThat(entries.get(0).after().get("fullName").asString()).isEqualTo(member.get("fullName"));
		assertThat(entries.get(1).before().get("phone").asString()).isNotEqualTo(newPhone);
		assertThat(entries.get(1).after().get("phone").asString()).isEqualTo(newPhone);
	}

	@Test
	void auditPageIsOpenToTheAdministratorAndTheProvince() throws Exception {
		for (String user : new String[] { "admin", "tinh" }) {
			mvc.perform(get("/audit").with(demo.as(user)))
				.andExpect(status().isOk())
				.andExpect(view().name("accounts/audit"))
				.andExpect(noStackTrace());
		}
	}

	@Test
	void auditPageIsForbiddenBelowTheProvince() throws Exception {
		for (String user : new String[] { "huyen", "xa", "totruong", "thanhvien" }) {
			mvc.perform(get("/audit").with(demo.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void provinceSeesChangesInItsSubtreeWithWhoAndWhere() throws Exception {
		var hamlet = xa.newHamlet();
		mvc.perform(post("/api/v1/teams").with(FROM_ADDRESS).header("Authorization", xa.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(xa.json().writeValueAsString(Map.of("unitCode", hamlet.code(), "name",
						"Tổ CNSCĐ " + hamlet.name(), "decisionNo", "21/QĐ-UBND", "decisionDate", "2024-06-01"))))
			.andExpect(status().isCreated());

		String page = Html.unescape(auditPage("tinh", "TEAM"));
		int at = page.indexOf("Tổ CNSCĐ " + hamlet.name());
		assertThat(at).as("the team appears in the province's audit log").isPositive();
		String card = page.substring(page.lastIndexOf("<li class=\"card\"", at), at);
		assertThat(card).contains("Tạo mới").contains("UBND xã Tuyên Bình").contains("(xa)").contains(ADDRESS);
	}

	@Test
	void provinceDoesNotSeeChangesOutsideItsSubtree() throws Exception {
		// A commune of the 2025 Tây Ninh tree: a different tree from the one tinh's scope is in.
		long commune2025 = jdbc.sql("""
				select id from admin_unit where level = 3 and valid_from = date '2025-07-01' order by code limit 1
				""").query(Long.class).single();
		String name = "Ấp Ngoài Phạm Vi " + UniqueValues.word();
		mvc.perform(post("/units/" + commune2025 + "/hamlets").with(demo.as("admin")).with(csrf())
				.param("name", name).param("type", "AP"))
			.andExpect(status().is3xxRedirection());

		assertThat(auditPage("admin", "UNIT")).contains(name);
		assertThat(auditPage("tinh", "UNIT")).doesNotContain(name);
	}

	private String auditPage(String user, String type) throws Exception {
		return mvc.perform(get("/audit").param("type", type).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Entry> entries(String type, long id) {
		return jdbc.sql("""
				select actor, actor_address, action, at, unit_path::text as unit_path, before::text as before,
				       after::text as after
				from audit_log where entity_type = ? and entity_id = ? order by id
				""").params(type, String.valueOf(id))
			.query((rs, n) -> new Entry(rs.getString("actor"), rs.getString("actor_address"), rs.getString("action"),
					rs.getObject("at", OffsetDateTime.class), rs.getString("unit_path"),
					rs.getString("before") == null ? null : xa.read(rs.getString("before")),
					rs.getString("after") == null ? null : xa.read(rs.getString("after"))))
			.list();
	}
}
