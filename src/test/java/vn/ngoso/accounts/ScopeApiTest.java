package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.accounts.ScopeTargets.MemberRef;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Role;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.IntegrationTest;

/**
 * The API keeps every scoped account (COMMUNE, DISTRICT, TEAM_LEADER, MEMBER) inside its subtree,
 * team or self: reads, lists, updates, creations and "deletions" (leaving) aimed outside answer
 * 404 (or a 400 naming the field, for an outside unit code in a body) and change nothing. The
 * same requests succeed inside the scope, so the refusals are about scope and nothing else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService userDetails;

	private ScopeFixture fixture;

	private final Map<String, String> tokens = new HashMap<>();

	@BeforeAll
	void signIn() throws Exception {
		fixture = new ScopeFixture(jdbc);
		for (String user : List.of("admin", "xa", "huyen", "totruong", "thanhvien")) {
			tokens.put(user, ApiTokens.tokenFor(mvc, user));
		}
	}

	// ---- read ---------------------------------------------------------------------------------

	@ForEachScopedRole
	void readingOutsideTheScopeAnswersNotFound(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		for (String url : outsideReadUrls(t)) {
			expectNotFound(t, get(url));
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@ForEachScopedRole
	void readingInsideTheScopeWorksAndTheOutsideTargetsExist(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		assertThat(json(expectStatus(t.user(), get("/api/v1/units/" + t.ownUnit().code()), 200)).get("id").asLong())
			.isEqualTo(t.ownUnit().id());
		expectStatus(t.user(), get("/api/v1/units/" + t.ownUnit().code() + "/children"), 200);
		assertThat(json(expectStatus(t.user(), get("/api/v1/teams/" + t.ownTeam().id()), 200)).get("name").asString())
			.isEqualTo(t.ownTeam().name());
		assertThat(ids(json(expectStatus(t.user(), get("/api/v1/teams/" + t.ownTeam().id() + "/members"), 200))))
			.contains(t.ownMember().id());
		assertThat(json(expectStatus(t.user(), get("/api/v1/members/" + t.ownMember().id()), 200)).get("phone")
			.asString()).isEqualTo(t.ownMember().phone());
		// the very URLs refused above answer an administrator: they are real, and only scope stops them
		for (String url : outsideReadUrls(t)) {
			expectStatus("admin", get(url), 200);
		}
	}

	private static List<String> outsideReadUrls(ScopeTargets t) {
		List<String> urls = new ArrayList<>(List.of("/api/v1/units/" + t.outsideUnit().code(),
				"/api/v1/units/" + t.outsideUnit().code() + "/children", "/api/v1/units/" + t.ancestor().code(),
				"/api/v1/units/" + t.ancestor().code() + "/children", "/api/v1/units/" + t.outsideTeam().unitCode(),
				"/api/v1/teams/" + t.outsideTeam().id(), "/api/v1/teams/" + t.outsideTeam().id() + "/members"));
		for (MemberRef m : t.outsideMembers()) {
			urls.add("/api/v1/members/" + m.id());
		}
		return urls;
	}

	// ---- list ---------------------------------------------------------------------------------

	@ForEachScopedRole
	void listingByAnOutsideUnitAnswersNotFound(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		expectNotFound(t, get("/api/v1/teams").param("unit", t.outsideUnit().code()));
		expectNotFound(t, get("/api/v1/teams").param("unit", t.ancestor().code()));
		expectNotFound(t, get("/api/v1/teams").param("unit", t.outsideTeam().unitCode()));
		expectNotFound(t, get("/api/v1/members").param("unit", t.outsideUnit().code()));
		expectNotFound(t, get("/api/v1/members").param("unit", t.ancestor().code()));
		// an administrator gets the outside team with the same filter
		assertThat(ids(json(expectStatus("admin", get("/api/v1/teams").param("unit", t.outsideUnit().code())
			.param("size", "500"), 200)).get("items"))).contains(t.outsideTeam().id());
	}

	@ForEachScopedRole
	void listsHoldOnlyWhatIsInsideTheScope(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);

		List<Long> teams = allPages(t.user(), "/api/v1/teams");
		assertThat(teams).contains(t.ownTeam().id()).doesNotContain(t.outsideTeam().id());
		assertThat(fixture.visibleTeamIds(t)).as("every listed team lies in the scope").containsAll(teams);

		List<Long> members = allPages(t.user(), "/api/v1/members");
		assertThat(members).contains(t.ownMember().id())
			.doesNotContainAnyElementsOf(t.outsideMembers().stream().map(MemberRef::id).toList());
		assertThat(fixture.visibleActiveMemberIds(t)).as("every listed member lies in the scope").containsAll(members);
		if (t.role() == Role.MEMBER) {
			assertThat(members).containsExactly(t.ownMember().id());
		}

		for (String q : List.of(t.outsideUnit().name(), t.ancestor().name(), unitName(t.outsideTeam().unitId()))) {
			List<Long> units = ids(json(expectStatus(t.user(), get("/api/v1/units").param("q", q).param("limit", "200"),
					200)));
			assertThat(units).as("search %s", q).doesNotContain(t.outsideUnit().id(), t.ancestor().id(),
					t.outsideTeam().unitId());
			for (long id : units) {
				assertThat(fixture.unitInside(id, t.scopePath())).as("unit %d found by %s lies in the scope", id, q)
					.isTrue();
			}
		}
		assertThat(ids(json(expectStatus(t.user(), get("/api/v1/units").param("q", t.ownUnit().name()), 200))))
			.contains(t.ownUnit().id());
		assertThat(ids(json(expectStatus("admin", get("/api/v1/units").param("q", t.outsideUnit().name())
			.param("limit", "200"), 200)))).contains(t.outsideUnit().id());
	}

	// ---- update -------------------------------------------------------------------------------

	@ForEachScopedRole
	void updatingOutsideTheScopeAnswersNotFoundAndChangesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		expectNotFound(t, put("/api/v1/teams/" + t.outsideTeam().id()).contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.outsideTeam().unitCode(), ScopeFixture.uniqueName("Tổ đổi tên trái phép"))));
		for (MemberRef m : t.outsideMembers()) {
			expectNotFound(t, put("/api/v1/members/" + m.id()).contentType(MediaType.APPLICATION_JSON)
				.content(memberBody(ScopeFixture.uniqueName("Người Sửa Trái Phép"), fixture.freshPhone())));
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@ForEachScopedRole
	void movingAnOwnTeamOutsideTheScopeIsRefusedAndChangesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		MvcResult result = call(t.user(), put("/api/v1/teams/" + t.ownTeam().id())
			.contentType(MediaType.APPLICATION_JSON).content(teamBody(t.outsideUnit().code(), t.ownTeam().name())));
		expectUnknownUnitCode(t, result);
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- create -------------------------------------------------------------------------------

	@ForEachScopedRole
	void creatingOutsideTheScopeIsRefusedAndCreatesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		String teamName = ScopeFixture.uniqueName("Tổ ngoài phạm vi");
		MvcResult team = call(t.user(), post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.outsideUnit().code(), teamName)));
		expectUnknownUnitCode(t, team);

		String phone = fixture.freshPhone();
		expectNotFound(t, post("/api/v1/teams/" + t.outsideTeam().id() + "/members")
			.contentType(MediaType.APPLICATION_JSON).content(memberBody(ScopeFixture.uniqueName("Người Ngoài"), phone)));

		assertThat(fixture.count("select count(*) from team where name = ?", teamName)).isZero();
		assertThat(fixture.count("select count(*) from member where phone = ?", phone)).isZero();
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- delete (leaving: there is no hard delete) ----------------------------------------------

	@ForEachScopedRole
	void leavingOrDeletingOutsideTheScopeIsRefusedAndChangesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		for (MemberRef m : t.outsideMembers()) {
			expectNotFound(t, post("/api/v1/members/" + m.id() + "/leave"));
			expectNotFound(t, post("/api/v1/members/" + m.id() + "/leave").contentType(MediaType.APPLICATION_JSON)
				.content("{\"leftOn\":\"" + today() + "\"}"));
			assertThat(fixture.count("select count(*) from member where id = ? and left_on is null", m.id()))
				.as("member %d still active", m.id()).isOne();
		}
		List<String> deletions = new ArrayList<>(List.of("/api/v1/teams/" + t.outsideTeam().id(),
				"/api/v1/teams/" + t.ownTeam().id(), "/api/v1/members/" + t.ownMember().id()));
		t.outsideMembers().forEach(m -> deletions.add("/api/v1/members/" + m.id()));
		for (String url : deletions) {
			MvcResult result = call(t.user(), delete(url));
			assertThat(result.getResponse().getStatus()).as(describe(result)).isIn(403, 404, 405);
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- roles narrower than their unit ---------------------------------------------------------

	@Test
	void aMemberMayNotCreateTeamsNorAddOrChangeMembersEvenInHisOwnTeam() throws Exception {
		ScopeTargets t = fixture.targets("thanhvien");
		var before = fixture.snapshot(t);
		String phone = fixture.freshPhone();
		expectNotFound(t, post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.ownUnit().code(), ScopeFixture.uniqueName("Tổ của thành viên"))));
		expectNotFound(t, post("/api/v1/teams/" + t.ownTeam().id() + "/members").contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(ScopeFixture.uniqueName("Bạn Của Thành Viên"), phone)));
		expectNotFound(t, put("/api/v1/teams/" + t.ownTeam().id()).contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.ownTeam().unitCode(), ScopeFixture.uniqueName("Tổ đổi tên"))));
		expectNotFound(t, put("/api/v1/members/" + t.outsideMember().id()).contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(ScopeFixture.uniqueName("Tổ Trưởng Đổi Tên"), fixture.freshPhone())));
		expectNotFound(t, post("/api/v1/members/" + t.outsideMember().id() + "/leave"));
		assertThat(fixture.count("select count(*) from member where phone = ?", phone)).isZero();
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@Test
	void aTeamLeaderMayNotCreateTeamsNorChangeAnotherTeam() throws Exception {
		ScopeTargets t = fixture.targets("totruong");
		var before = fixture.snapshot(t);
		expectNotFound(t, post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.ownUnit().code(), ScopeFixture.uniqueName("Tổ thứ hai"))));
		expectUnknownUnitCode(t, call(t.user(), post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.ancestor().code(), ScopeFixture.uniqueName("Tổ cấp xã")))));
		expectNotFound(t, put("/api/v1/teams/" + t.outsideTeam().id()).contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(t.outsideTeam().unitCode(), ScopeFixture.uniqueName("Tổ bên cạnh"))));
		expectNotFound(t, post("/api/v1/teams/" + t.outsideTeam().id() + "/members")
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(ScopeFixture.uniqueName("Người Tổ Bên"), fixture.freshPhone())));
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	/**
	 * A team can be run by a whole commune; its leader's scope unit is then the commune, which
	 * holds the hamlet teams too. He reaches his own team only. (Rolled back afterwards.)
	 */
	@Test
	@Transactional
	void theLeaderOfACommuneTeamReachesOnlyHisTeamNotTheHamletTeamsOfHisCommune() throws Exception {
		ScopeTargets xa = fixture.targets("xa");
		long team = fixture.insertCommuneTeam(xa.outsideUnit().id(), ScopeFixture.uniqueName("Tổ CNSCĐ cấp xã"));
		String username = "totruong-xa-" + Long.toString(System.nanoTime(), 36);
		accounts.create(new NewUser(username, "demo", "Tổ trưởng cấp xã", Role.TEAM_LEADER, null, team, null));
		tokens.put(username, ApiTokens.tokenFor(mvc, username));
		ScopeTargets t = new ScopeTargets(username, Role.TEAM_LEADER, xa.outsideUnit().path(), xa.outsideUnit(),
				null, null, xa.ancestor(), xa.outsideUnit(), xa.outsideTeam(), xa.outsideMember(),
				xa.otherTeamMember());
		var before = fixture.snapshot(xa);

		assertThat(ids(json(expectStatus(username, get("/api/v1/teams"), 200)).get("items"))).containsExactly(team);
		assertThat(ids(json(expectStatus(username, get("/api/v1/teams").param("unit", xa.outsideUnit().code()), 200))
			.get("items"))).containsExactly(team);
		assertThat(ids(json(expectStatus(username, get("/api/v1/members"), 200)).get("items"))).isEmpty();
		expectStatus(username, get("/api/v1/teams/" + team), 200);
		expectStatus(username, get("/api/v1/units/" + xa.outsideUnit().code()), 200);

		expectNotFound(t, get("/api/v1/teams/" + xa.outsideTeam().id()));
		expectNotFound(t, get("/api/v1/teams/" + xa.outsideTeam().id() + "/members"));
		expectNotFound(t, get("/api/v1/members/" + xa.outsideMember().id()));
		expectNotFound(t, put("/api/v1/teams/" + xa.outsideTeam().id()).contentType(MediaType.APPLICATION_JSON)
			.content(teamBody(xa.outsideTeam().unitCode(), ScopeFixture.uniqueName("Tổ ấp đổi tên"))));
		expectNotFound(t, put("/api/v1/members/" + xa.outsideMember().id()).contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(ScopeFixture.uniqueName("Người Ấp Đổi Tên"), fixture.freshPhone())));
		expectNotFound(t, post("/api/v1/teams/" + xa.outsideTeam().id() + "/members")
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(ScopeFixture.uniqueName("Người Ấp Mới"), fixture.freshPhone())));
		expectNotFound(t, post("/api/v1/members/" + xa.outsideMember().id() + "/leave"));
		assertThat(fixture.snapshot(xa)).isEqualTo(before);
	}

	// ---- positive controls: the same writes succeed inside the scope (rolled back afterwards) -------

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "xa", "huyen", "totruong" })
	@Transactional
	void theSameWritesSucceedInsideTheScope(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		String phone = fixture.freshPhone();
		JsonNode added = json(expectStatus(user, post("/api/v1/teams/" + t.ownTeam().id() + "/members")
			.contentType(MediaType.APPLICATION_JSON).content(memberBody(ScopeFixture.uniqueName("Người Mới"), phone)),
				201));
		long id = added.get("id").asLong();
		String renamed = ScopeFixture.uniqueName("Người Đổi Tên");
		assertThat(json(expectStatus(user, put("/api/v1/members/" + id).contentType(MediaType.APPLICATION_JSON)
			.content(memberBody(renamed, phone)), 200)).get("fullName").asString()).isEqualTo(renamed);
		assertThat(json(expectStatus(user, post("/api/v1/members/" + id + "/leave"), 200)).get("leftOn").asString())
			.isEqualTo(today());
		if (t.officer()) {
			expectStatus(user, put("/api/v1/teams/" + t.ownTeam().id()).contentType(MediaType.APPLICATION_JSON)
				.content(teamBody(t.ownTeam().unitCode(), t.ownTeam().name())), 200);
		}
	}

	// ---- accounts ---------------------------------------------------------------------------------

	/** user.unit.outsideScope */
	private static final String UNIT_OUTSIDE_SCOPE = "Đơn vị phạm vi của tài khoản nằm ngoài phạm vi của bạn.";

	/**
	 * The case: a commune officer gave a partner's employee an account scoped to the
	 * province (the partner covers it), which then read the province's figures. Every scoped role
	 * is refused (an officer with a 400 naming {@code unitId}) and nothing is written.
	 */
	@ForEachScopedRole
	void aPartnerAccountScopedAboveTheScopeIsRefusedAndCreatesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		long province = fixture.provinceOf(t);
		UUID partner = fixture.partnerCovering(province);
		var before = fixture.snapshot(t);
		long links = fixture.count("select count(*) from partner_account");
		String username = "doitac-tinh-" + Long.toString(System.nanoTime(), 36);
		MvcResult result = call(user, post("/api/v1/partners/" + partner + "/accounts")
			.contentType(MediaType.APPLICATION_JSON).content(partnerAccountBody(username, province)));
		if (t.officer()) {
			assertThat(result.getResponse().getStatus()).as(describe(result) + ": " + body(result)).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonNode error = json(result).get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("unitId");
			assertThat(error.get("message").asString()).isEqualTo(UNIT_OUTSIDE_SCOPE);
		}
		else {
			expectNotFound(t, post("/api/v1/partners/" + partner + "/accounts").contentType(MediaType.APPLICATION_JSON)
				.content(partnerAccountBody(username, province)));
		}
		assertThat(fixture.count("select count(*) from app_user where username = ?", username)).isZero();
		assertThat(fixture.count("select count(*) from partner_account")).isEqualTo(links);
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	/** The positive control: inside the scope the same request makes the account. (Rolled back.) */
	@Test
	@Transactional
	void aPartnerAccountInsideTheScopeIsMade() throws Exception {
		ScopeTargets huyen = fixture.targets("huyen");
		UUID partner = fixture.partnerCovering(huyen.ownUnit().id());
		String username = "doitac-huyen-" + Long.toString(System.nanoTime(), 36);
		JsonNode created = json(expectStatus("huyen", post("/api/v1/partners/" + partner + "/accounts")
			.contentType(MediaType.APPLICATION_JSON).content(partnerAccountBody(username, huyen.ownUnit().id())), 201));
		assertThat(created.get("role").asString()).isEqualTo("PARTNER");
		assertThat(created.get("unitId").asLong()).isEqualTo(huyen.ownUnit().id());
		long province = fixture.provinceOf(huyen);
		username = "doitac-tinh-" + Long.toString(System.nanoTime(), 36);
		expectStatus("admin", post("/api/v1/partners/" + fixture.partnerCovering(province) + "/accounts")
			.contentType(MediaType.APPLICATION_JSON).content(partnerAccountBody(username, province)), 201);
	}

	/** Any other way to make an account checks the caller's scope too: the one {@link Accounts#create}. */
	@Test
	void accountsMadeInTheNameOfASignedInOfficerStayInsideHisScope() {
		ScopeTargets xa = fixture.targets("xa");
		long accountsBefore = fixture.count("select count(*) from app_user");
		String username = "co-quan-tinh-" + Long.toString(System.nanoTime(), 36);
		var caller = new UsernamePasswordAuthenticationToken(
				userDetails.loadUserByUsername("xa"), null, List.of());
		SecurityContextHolder.getContext().setAuthentication(caller);
		try {
			for (Role role : List.of(Role.AGENCY, Role.PARTNER)) {
				assertThatThrownBy(() -> accounts.create(new NewUser(username, "matkhau1", "Cơ quan tỉnh", role,
						fixture.provinceOf(xa), null, null)))
					.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.firstKeyByField())
						.containsEntry("unitId", "user.unit.outsideScope"));
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(fixture.count("select count(*) from app_user")).isEqualTo(accountsBefore);
	}

	private static String partnerAccountBody(String username, long unitId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", "matkhau1");
		body.put("displayName", "Nhân viên đối tác");
		body.put("unitId", unitId);
		return JSON.writeValueAsString(body);
	}

	// ---- no sign-in -----------------------------------------------------------------------------

	@Test
	void withoutATokenTheApiAnswers401WithProblemJson() throws Exception {
		ScopeTargets t = fixture.targets("xa");
		var before = fixture.snapshot(t);
		for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/teams"),
				get("/api/v1/teams/" + t.ownTeam().id()),
				get("/api/v1/teams").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-real-token"),
				post("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
					.content(teamBody(t.outsideUnit().code(), ScopeFixture.uniqueName("Tổ vô danh"))),
				post("/api/v1/members/" + t.ownMember().id() + "/leave"))) {
			MvcResult result = mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn();
			assertThat(result.getResponse().getStatus()).as(describe(result)).isEqualTo(401);
			assertThat(result.getResponse().getContentType()).as(describe(result))
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(json(result).get("status").asInt()).isEqualTo(401);
			assertThat(body(result)).doesNotContain(t.ownTeam().name()).doesNotContain(t.ownMember().phone());
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- helpers --------------------------------------------------------------------------------

	private MvcResult call(@Nullable String user, MockHttpServletRequestBuilder request) throws Exception {
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, tokens.get(user));
		}
		return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn();
	}

	private MvcResult expectStatus(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = call(user, request);
		assertThat(result.getResponse().getStatus()).as(describe(result) + " as " + user + ": " + body(result))
			.isEqualTo(status);
		return result;
	}

	/** 404 with a problem JSON that names nothing of what lies outside the scope. */
	private void expectNotFound(ScopeTargets t, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = call(t.user(), request);
		String what = describe(result) + " as " + t;
		assertThat(result.getResponse().getStatus()).as(what + ": " + body(result)).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(json(result).get("status").asInt()).as(what).isEqualTo(404);
		assertNotRevealing(t, result);
	}

	/**
	 * A unit code outside the scope in a body is answered like a code that does not exist: 400
	 * naming {@code unitCode}. A role that may not write teams at all may get 404 instead.
	 */
	private static void expectUnknownUnitCode(ScopeTargets t, MvcResult result) throws Exception {
		int status = result.getResponse().getStatus();
		assertThat(status).as(describe(result) + " as " + t + ": " + body(result)).isIn(t.officer() ? List.of(400)
				: List.of(400, 404));
		if (status == 400) {
			assertThat(json(result).get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
		}
		assertNotRevealing(t, result);
	}

	private static void assertNotRevealing(ScopeTargets t, MvcResult result) throws Exception {
		String body = body(result);
		for (MemberRef m : t.outsideMembers()) {
			assertThat(body).as(describe(result)).doesNotContain(m.phone()).doesNotContain(m.fullName());
		}
		assertThat(body).as(describe(result)).doesNotContain(t.outsideTeam().name())
			.doesNotContain(t.outsideUnit().name());
	}

	/** Ids of every item of a paged list, all pages. */
	private List<Long> allPages(String user, String url) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode json = json(expectStatus(user, get(url).param("page", String.valueOf(page)).param("size", "500"),
					200));
			ids.addAll(ids(json.get("items")));
			if (ids.size() >= json.get("total").asLong() || json.get("items").isEmpty()) {
				return ids;
			}
		}
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			ids.add(array.get(i).get("id").asLong());
		}
		return ids;
	}

	private String unitName(long id) {
		return jdbc.sql("select name from admin_unit where id = ?").param(id).query(String.class).single();
	}

	private String today() {
		return LocalDate.now(clock).toString();
	}

	private static String teamBody(String unitCode, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", unitCode);
		body.put("name", name);
		body.put("decisionNo", "15/QĐ-UBND");
		body.put("decisionDate", "2023-05-05");
		return JSON.writeValueAsString(body);
	}

	private static String memberBody(String fullName, String phone) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", fullName);
		body.put("birthDate", "2001-02-03");
		body.put("sex", "FEMALE");
		body.put("phone", phone);
		body.put("role", "MEMBER");
		body.put("affiliations", Set.of("YOUTH_UNION"));
		body.put("joinedOn", "2024-01-15");
		return JSON.writeValueAsString(body);
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(body(result));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String describe(MvcResult result) {
		var request = result.getRequest();
		StringBuilder query = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
			}
		});
		return request.getMethod() + " " + request.getRequestURI() + query;
	}
}
