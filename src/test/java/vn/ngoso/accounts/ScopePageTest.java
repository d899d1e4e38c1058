package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.accounts.ScopeTargets.MemberRef;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * The pages keep every scoped account (COMMUNE, DISTRICT, TEAM_LEADER, MEMBER) inside its
 * subtree, team or self: pages and form posts aimed outside answer 404 (or show a field error,
 * for an outside unit chosen in a form or a CSV row) and change nothing; lists, searches and the
 * Excel export hold nothing from outside. The same pages and posts work inside the scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopePageTest {

	private static final Pattern TEAM_LINK = Pattern.compile("href=\"/teams/(\\d+)\"");

	private static final Pattern UNIT_LINK = Pattern.compile("href=\"/units/(\\d+)\"");

	private static final Pattern PHONE_LINK = Pattern.compile("href=\"tel:(\\d+)\"");

	private static final Pattern UNIT_OPTION = Pattern.compile("<option[^>]*value=\"(\\d+)\"");

	/** error.notFound.title: what the 404 page says, the same for missing and out-of-scope. */
	private static final String NOT_FOUND_TITLE = "Không tìm thấy";

	/** team.unit.unknown */
	private static final String UNKNOWN_UNIT = "Mã đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.";

	/** unit.import.unknownCommune */
	private static final String UNKNOWN_COMMUNE = "Mã xã không tồn tại hoặc nằm ngoài phạm vi của bạn.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	private DemoUsers users;

	private ScopeFixture fixture;

	@BeforeAll
	void setUp() {
		users = new DemoUsers(userDetails);
		fixture = new ScopeFixture(jdbc);
	}

	// ---- read ---------------------------------------------------------------------------------

	@ForEachScopedRole
	void pagesOutsideTheScopeAnswerNotFound(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		for (String url : outsidePageUrls(t)) {
			expectNotFound(t, get(url));
		}
		expectNotFound(t, get("/teams").param("unitId", String.valueOf(t.outsideUnit().id())));
		expectNotFound(t, get("/teams").param("unitId", String.valueOf(t.ancestor().id())));
		expectNotFound(t, get("/members").param("unitId", String.valueOf(t.outsideUnit().id())));
		expectNotFound(t, get("/members").param("unitId", String.valueOf(t.outsideTeam().unitId())));
		expectNotFound(t, get("/members/export.xlsx").param("unitId", String.valueOf(t.outsideUnit().id())));
	}

	@ForEachScopedRole
	void pagesInsideTheScopeWorkAndTheOutsideTargetsExist(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		assertThat(body(expectStatus(user, get("/units/" + t.ownUnit().id()), 200))).contains(t.ownUnit().name());
		assertThat(body(expectStatus(user, get("/teams/" + t.ownTeam().id()), 200))).contains(t.ownTeam().name())
			.contains("href=\"tel:" + t.ownMember().phone() + "\"");
		assertThat(body(expectStatus(user, get("/members/" + t.ownMember().id() + "/edit"), 200)))
			.contains("value=\"" + t.ownMember().phone() + "\"");
		assertThat(body(expectStatus(user, get("/teams").param("q", t.ownTeam().name()), 200)))
			.contains("href=\"/teams/" + t.ownTeam().id() + "\"");
		assertThat(body(expectStatus(user, get("/members").param("q", t.ownMember().fullName()), 200)))
			.contains("href=\"tel:" + t.ownMember().phone() + "\"");
		// the pages refused above open for an administrator: the targets are real
		for (String url : outsidePageUrls(t)) {
			expectStatus("admin", get(url), 200);
		}
	}

	private static List<String> outsidePageUrls(ScopeTargets t) {
		List<String> urls = new ArrayList<>(List.of("/units/" + t.outsideUnit().id(), "/units/" + t.ancestor().id(),
				"/units/" + t.outsideTeam().unitId(), "/teams/" + t.outsideTeam().id(),
				"/teams/" + t.outsideTeam().id() + "/edit", "/teams/" + t.outsideTeam().id() + "/members/new"));
		for (MemberRef m : t.outsideMembers()) {
			urls.add("/members/" + m.id() + "/edit");
		}
		return urls;
	}

	// ---- list ---------------------------------------------------------------------------------

	@ForEachScopedRole
	void listsAndSearchesHoldNothingFromOutsideTheScope(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var visibleTeams = fixture.visibleTeamIds(t);
		var visiblePhones = fixture.visibleActivePhones(t);
		List<String> outsidePhones = t.outsideMembers().stream().map(MemberRef::phone).toList();

		for (var request : List.of(get("/teams"), get("/teams").param("q", t.outsideTeam().name()),
				get("/teams").param("q", t.outsideTeam().name()).header("HX-Request", "true"))) {
			String html = body(expectStatus(user, request, 200));
			assertThat(all(TEAM_LINK, html)).as("teams listed for %s", user)
				.doesNotContain(t.outsideTeam().id())
				.allMatch(visibleTeams::contains);
		}

		for (var request : List.of(get("/members"), get("/members").param("q", t.outsideMember().fullName()),
				get("/members").param("q", t.otherTeamMember().fullName()).header("HX-Request", "true"))) {
			String html = body(expectStatus(user, request, 200));
			assertThat(allText(PHONE_LINK, html)).as("members listed for %s", user)
				.doesNotContainAnyElementsOf(outsidePhones)
				.allMatch(visiblePhones::contains);
		}

		for (String q : List.of(t.outsideUnit().name(), t.ancestor().name(), unitName(t.outsideTeam().unitId()))) {
			for (var request : List.of(get("/units/search").param("q", q),
					get("/units/search").param("q", q).header("HX-Request", "true"))) {
				List<Long> units = all(UNIT_LINK, body(expectStatus(user, request, 200)));
				assertThat(units).as("units found by %s", q)
					.doesNotContain(t.outsideUnit().id(), t.ancestor().id(), t.outsideTeam().unitId());
				for (long id : units) {
					assertThat(fixture.unitInside(id, t.scopePath())).as("unit %d found by %s", id, q).isTrue();
				}
			}
		}

		for (String q : List.of(t.outsideMember().fullName(), t.otherTeamMember().fullName())) {
			List<String> exported = exportedPhones(user, q);
			assertThat(exported).as("export for %s, q=%s", user, q).doesNotContainAnyElementsOf(outsidePhones)
				.allMatch(visiblePhones::contains);
		}

		// controls: an administrator sees the outside targets through the same lists
		assertThat(body(expectStatus("admin", get("/teams").param("unitId", String.valueOf(t.outsideUnit().id()))
			// by name: other tests add teams to the unit, and the list is paged
			.param("q", t.outsideTeam().name()), 200))).contains("href=\"/teams/" + t.outsideTeam().id() + "\"");
		assertThat(body(expectStatus("admin",
				get("/members").param("unitId", String.valueOf(t.outsideTeam().unitId())), 200)))
			.contains("href=\"tel:" + t.otherTeamMember().phone() + "\"");
		assertThat(body(expectStatus("admin", get("/units/search").param("q", t.outsideUnit().name()), 200)))
			.contains("href=\"/units/" + t.outsideUnit().id() + "\"");
		assertThat(exportedPhones("admin", t.otherTeamMember().fullName())).contains(t.otherTeamMember().phone());
	}

	@ForEachScopedRole
	void theNewTeamFormOffersNoUnitFromOutsideTheScope(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		MvcResult result = page(user, get("/teams/new").param("unitId", String.valueOf(t.outsideUnit().id())));
		if (!t.officer()) {
			assertThat(result.getResponse().getStatus()).as("only officers found teams").isEqualTo(404);
			return;
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		List<Long> offered = all(UNIT_OPTION, body(result));
		assertThat(offered).doesNotContain(t.outsideUnit().id(), t.ancestor().id());
		for (long id : offered) {
			assertThat(fixture.unitInside(id, t.scopePath())).as("unit %d offered", id).isTrue();
		}
	}

	// ---- update -------------------------------------------------------------------------------

	@ForEachScopedRole
	void updatesOutsideTheScopeAnswerNotFoundAndChangeNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		expectNotFound(t, teamForm(post("/teams/" + t.outsideTeam().id()), t.outsideTeam().unitId(),
				ScopeFixture.uniqueName("Tổ đổi tên trái phép")));
		for (MemberRef m : t.outsideMembers()) {
			expectNotFound(t, memberForm(post("/members/" + m.id()), ScopeFixture.uniqueName("Người Sửa Trái Phép"),
					fixture.freshPhone()));
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@ForEachScopedRole
	void movingAnOwnTeamOutsideTheScopeIsRefusedAndChangesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		MvcResult result = page(user, teamForm(post("/teams/" + t.ownTeam().id()), t.outsideUnit().id(),
				t.ownTeam().name()));
		expectUnknownUnit(t, result);
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- create -------------------------------------------------------------------------------

	@ForEachScopedRole
	void creatingOutsideTheScopeIsRefusedAndCreatesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);

		String teamName = ScopeFixture.uniqueName("Tổ ngoài phạm vi");
		expectUnknownUnit(t, page(user, teamForm(post("/teams"), t.outsideUnit().id(), teamName)));

		String phone = fixture.freshPhone();
		expectNotFound(t, memberForm(post("/teams/" + t.outsideTeam().id() + "/members"),
				ScopeFixture.uniqueName("Người Ngoài"), phone));

		String hamlet = ScopeFixture.uniqueName("Ấp Ngoài Phạm Vi");
		expectNotFound(t, post("/units/" + t.outsideUnit().id() + "/hamlets").param("name", hamlet).param("type", "AP"));
		expectNotFound(t, post("/units/" + t.ancestor().id() + "/hamlets").param("name", hamlet).param("type", "AP"));

		String csv = "commune_code,name,type\n" + t.outsideUnit().code() + "," + hamlet + ",Ấp\n";
		MvcResult imported = page(user, multipart("/units/hamlets/import").file(new MockMultipartFile("file",
				"ap.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
		if (t.officer()) {
			assertThat(imported.getResponse().getStatus()).as("import as %s", user).isEqualTo(200);
			assertThat(body(imported)).as("import as %s", user).contains(UNKNOWN_COMMUNE);
		}
		else {
			assertThat(imported.getResponse().getStatus()).as("only officers import hamlets").isEqualTo(404);
		}
		assertNotRevealing(t, imported);

		assertThat(fixture.count("select count(*) from team where name = ?", teamName)).isZero();
		assertThat(fixture.count("select count(*) from member where phone = ?", phone)).isZero();
		assertThat(fixture.count("select count(*) from admin_unit where name = ?", hamlet)).isZero();
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- delete (leaving: there is no hard delete) ----------------------------------------------

	@ForEachScopedRole
	void leavingOrDeletingOutsideTheScopeIsRefusedAndChangesNothing(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		for (MemberRef m : t.outsideMembers()) {
			expectNotFound(t, post("/members/" + m.id() + "/leave"));
			expectNotFound(t, post("/members/" + m.id() + "/leave").param("leftOn", LocalDate.now(clock).toString()));
			assertThat(fixture.count("select count(*) from member where id = ? and left_on is null", m.id()))
				.as("member %d still active", m.id()).isOne();
		}
		List<String> deletions = new ArrayList<>(List.of("/teams/" + t.outsideTeam().id(), "/teams/" + t.ownTeam().id(),
				"/members/" + t.ownMember().id()));
		t.outsideMembers().forEach(m -> deletions.add("/members/" + m.id()));
		for (String url : deletions) {
			MvcResult result = page(user, delete(url));
			assertThat(result.getResponse().getStatus()).as("DELETE %s as %s", url, user).isIn(403, 404, 405);
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- roles narrower than their unit ---------------------------------------------------------

	@Test
	void aMemberMayNotCreateTeamsNorAddOrChangeMembersEvenInHisOwnTeam() throws Exception {
		ScopeTargets t = fixture.targets("thanhvien");
		var before = fixture.snapshot(t);
		String phone = fixture.freshPhone();
		expectNotFound(t, get("/teams/new"));
		expectNotFound(t, teamForm(post("/teams"), t.ownUnit().id(), ScopeFixture.uniqueName("Tổ của thành viên")));
		expectNotFound(t, get("/teams/" + t.ownTeam().id() + "/edit"));
		expectNotFound(t, teamForm(post("/teams/" + t.ownTeam().id()), t.ownUnit().id(),
				ScopeFixture.uniqueName("Tổ đổi tên")));
		expectNotFound(t, memberForm(post("/teams/" + t.ownTeam().id() + "/members"),
				ScopeFixture.uniqueName("Bạn Của Thành Viên"), phone));
		expectNotFound(t, post("/units/" + t.ownUnit().id() + "/hamlets").param("name", "Ấp Con").param("type", "AP"));
		assertThat(fixture.count("select count(*) from member where phone = ?", phone)).isZero();
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@Test
	void aTeamLeaderMayNotCreateTeamsNorChangeAnotherTeam() throws Exception {
		ScopeTargets t = fixture.targets("totruong");
		var before = fixture.snapshot(t);
		expectNotFound(t, get("/teams/new"));
		expectNotFound(t, teamForm(post("/teams"), t.ownUnit().id(), ScopeFixture.uniqueName("Tổ thứ hai")));
		expectNotFound(t, teamForm(post("/teams"), t.ancestor().id(), ScopeFixture.uniqueName("Tổ cấp xã")));
		expectNotFound(t, teamForm(post("/teams/" + t.outsideTeam().id()), t.outsideTeam().unitId(),
				ScopeFixture.uniqueName("Tổ bên cạnh")));
		expectNotFound(t, memberForm(post("/teams/" + t.outsideTeam().id() + "/members"),
				ScopeFixture.uniqueName("Người Tổ Bên"), fixture.freshPhone()));
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	/**
	 * A team can be run by a whole commune; its leader's scope unit is then the commune. The
	 * leader still may not create hamlets there, neither one by one nor by CSV import, and sees
	 * only his own team, not the hamlet teams under the commune. (Rolled back afterwards.)
	 */
	@Test
	@Transactional
	void theLeaderOfACommuneTeamMayNotCreateHamletsNorReachTheHamletTeamsOfHisCommune() throws Exception {
		ScopeTargets xa = fixture.targets("xa");
		long commune = xa.outsideUnit().id();
		String code = xa.outsideUnit().code();
		long team = fixture.insertCommuneTeam(commune, ScopeFixture.uniqueName("Tổ CNSCĐ cấp xã"));
		String username = "totruong-xa-" + Long.toString(System.nanoTime(), 36);
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, unit_id, team_id)
				values (?, 'x', 'Tổ trưởng cấp xã', 'TEAM_LEADER', ?, ?)
				""").params(username, commune, team).update();
		long unitsBefore = fixture.count("select count(*) from admin_unit where parent_id = ?", commune);

		MvcResult one = mvc.perform(post("/units/" + commune + "/hamlets").param("name", "Ấp Của Tổ Trưởng")
			.param("type", "AP").with(users.as(username)).with(csrf())).andReturn();
		assertThat(one.getResponse().getStatus()).isEqualTo(404);

		String csv = "commune_code,name,type\n" + code + ",Ấp Nhập Của Tổ Trưởng,Ấp\n";
		MvcResult imported = mvc.perform(multipart("/units/hamlets/import").file(new MockMultipartFile("file", "ap.csv",
				"text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(users.as(username)).with(csrf())).andReturn();
		assertThat(imported.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(imported)).doesNotContain("Đã nhập 1 ấp/khu phố");
		assertThat(fixture.count("select count(*) from admin_unit where parent_id = ?", commune)).isEqualTo(unitsBefore);

		// his scope unit is the commune, yet the hamlet teams under it are not his
		String teams = body(mvc.perform(get("/teams").with(users.as(username))).andReturn());
		assertThat(all(TEAM_LINK, teams)).containsExactly(team);
		assertThat(mvc.perform(get("/teams/" + xa.outsideTeam().id()).with(users.as(username))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/members/" + xa.outsideMember().id() + "/edit").with(users.as(username)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(allText(PHONE_LINK, body(mvc.perform(get("/members").with(users.as(username))).andReturn())))
			.doesNotContain(xa.outsideMember().phone(), xa.otherTeamMember().phone());
		assertThat(mvc.perform(get("/teams/" + team).with(users.as(username))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	// ---- positive controls: the same posts succeed inside the scope (rolled back afterwards) -----

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "xa", "huyen", "totruong" })
	@Transactional
	void theSamePostsSucceedInsideTheScope(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		String phone = fixture.freshPhone();
		String name = ScopeFixture.uniqueName("Người Mới");
		expectRedirect(user, memberForm(post("/teams/" + t.ownTeam().id() + "/members"), name, phone),
				"/teams/" + t.ownTeam().id());
		long id = jdbc.sql("select id from member where phone = ? and left_on is null").param(phone).query(Long.class)
			.single();
		expectRedirect(user, memberForm(post("/members/" + id), ScopeFixture.uniqueName("Người Đổi Tên"), phone),
				"/teams/" + t.ownTeam().id());
		expectRedirect(user, post("/members/" + id + "/leave"), "/teams/" + t.ownTeam().id());
		assertThat(fixture.count("select count(*) from member where id = ? and left_on is not null", id)).isOne();
		if (t.officer()) {
			long commune = fixture.communeOfTeam(t.ownTeam().id());
			String code = jdbc.sql("select code from admin_unit where id = ?").param(commune).query(String.class)
				.single();
			String hamlet = ScopeFixture.uniqueName("Ấp Mới");
			expectRedirect(user, post("/units/" + commune + "/hamlets").param("name", hamlet).param("type", "AP"),
					"/units/" + commune);
			long hamletId = jdbc.sql("select id from admin_unit where name = ?").param(hamlet).query(Long.class)
				.single();
			expectRedirect(user, teamForm(post("/teams"), hamletId, "Tổ CNSCĐ " + hamlet), "/teams/");
			String csv = "commune_code,name,type\n" + code + "," + ScopeFixture.uniqueName("Ấp Nhập") + ",Ấp\n";
			assertThat(body(expectStatus(user, multipart("/units/hamlets/import").file(new MockMultipartFile("file",
					"ap.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))), 200))).doesNotContain(UNKNOWN_COMMUNE)
				.contains("Đã nhập 1 ấp/khu phố");
			expectRedirect(user, teamForm(post("/teams/" + t.ownTeam().id()), t.ownTeam().unitId(), t.ownTeam().name()),
					"/teams/" + t.ownTeam().id());
		}
	}

	// ---- CSRF, audit page, no sign-in ----------------------------------------------------------

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		ScopeTargets t = fixture.targets("xa");
		var before = fixture.snapshot(t);
		MvcResult result = mvc.perform(teamForm(post("/teams/" + t.ownTeam().id()), t.ownTeam().unitId(),
				ScopeFixture.uniqueName("Tổ không CSRF")).with(users.as("xa"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		MvcResult leave = mvc.perform(post("/members/" + t.ownMember().id() + "/leave").with(users.as("xa")))
			.andReturn();
		assertThat(leave.getResponse().getStatus()).isEqualTo(403);
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	@ForEachScopedRole
	void theAuditLogIsOnlyForAdministratorsAndTheProvince(String user) throws Exception {
		expectStatus(user, get("/audit"), 403);
		expectStatus("tinh", get("/audit"), 200);
	}

	@Test
	void withoutSignInPagesRedirectToLoginAndChangeNothing() throws Exception {
		ScopeTargets t = fixture.targets("xa");
		var before = fixture.snapshot(t);
		for (MockHttpServletRequestBuilder request : List.of(get("/"), get("/teams"), get("/teams/" + t.ownTeam().id()),
				get("/members"), get("/units/search").param("q", "vinh hung"), get("/members/export.xlsx"),
				post("/members/" + t.ownMember().id() + "/leave").with(csrf()),
				teamForm(post("/teams/" + t.ownTeam().id()), t.ownTeam().unitId(), "Tổ vô danh").with(csrf()))) {
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(result.getRequest().getRequestURI())
				.endsWith("/login");
			assertThat(body(result)).doesNotContain(t.ownTeam().name()).doesNotContain(t.ownMember().phone());
		}
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	// ---- helpers --------------------------------------------------------------------------------

	/** Signed in as a demo account, with a CSRF token (harmless on GET). */
	private MvcResult page(@Nullable String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (user != null) {
			request.with(users.as(user));
		}
		return mvc.perform(request.with(csrf())).andReturn();
	}

	private MvcResult expectStatus(String user, AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
		MvcResult result = page(user, request);
		assertThat(result.getResponse().getStatus()).as(describe(result) + " as " + user).isEqualTo(status);
		return result;
	}

	private void expectRedirect(String user, AbstractMockHttpServletRequestBuilder<?> request, String to) throws Exception {
		MvcResult result = page(user, request);
		assertThat(result.getResponse().getStatus()).as(describe(result) + " as " + user + ": " + body(result))
			.isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).as(describe(result)).startsWith(to);
	}

	/** The 404 page, the same as for something that does not exist, naming nothing from outside. */
	private void expectNotFound(ScopeTargets t, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = page(t.user(), request);
		String what = describe(result) + " as " + t;
		assertThat(result.getResponse().getStatus()).as(what).isEqualTo(404);
		assertThat(body(result)).as(what).contains(NOT_FOUND_TITLE);
		assertNotRevealing(t, result);
	}

	/**
	 * A unit outside the scope chosen in the team form is answered like a unit that does not
	 * exist: the form again, with the field error, and no redirect. A role that may not manage
	 * teams at all gets 404.
	 */
	private static void expectUnknownUnit(ScopeTargets t, MvcResult result) throws Exception {
		String what = describe(result) + " as " + t;
		if (t.officer()) {
			assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
			assertThat(body(result)).as(what).contains(UNKNOWN_UNIT);
			assertThat(all(UNIT_OPTION, body(result))).as(what).doesNotContain(t.outsideUnit().id());
		}
		else {
			assertThat(result.getResponse().getStatus()).as(what).isEqualTo(404);
		}
		assertThat(result.getResponse().getRedirectedUrl()).as(what).isNull();
		assertNotRevealing(t, result);
	}

	private static void assertNotRevealing(ScopeTargets t, MvcResult result) throws Exception {
		String body = body(result);
		for (MemberRef m : t.outsideMembers()) {
			assertThat(body).as(describe(result)).doesNotContain(m.phone()).doesNotContain(m.fullName());
		}
		assertThat(all(TEAM_LINK, body)).as(describe(result)).doesNotContain(t.outsideTeam().id());
		assertThat(all(UNIT_LINK, body)).as(describe(result)).doesNotContain(t.outsideUnit().id(),
				t.outsideTeam().unitId());
	}

	private List<String> exportedPhones(String user, String q) throws Exception {
		MvcResult result = expectStatus(user, get("/members/export.xlsx").param("q", q), 200);
		List<String> phones = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			var format = new DataFormatter();
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					phones.add(format.formatCellValue(row.getCell(3)));
				}
			}
		}
		return phones;
	}

	private static MockHttpServletRequestBuilder teamForm(MockHttpServletRequestBuilder request, long unitId,
			String name) {
		return request.param("unitId", String.valueOf(unitId)).param("name", name).param("decisionNo", "15/QĐ-UBND")
			.param("decisionDate", "2023-05-05");
	}

	private static MockHttpServletRequestBuilder memberForm(MockHttpServletRequestBuilder request, String fullName,
			String phone) {
		return request.param("fullName", fullName).param("birthDate", "2001-02-03").param("sex", "FEMALE")
			.param("phone", phone).param("role", "MEMBER").param("affiliations", "YOUTH_UNION")
			.param("joinedOn", "2024-01-15");
	}

	private String unitName(long id) {
		return jdbc.sql("select name from admin_unit where id = ?").param(id).query(String.class).single();
	}

	private static List<Long> all(Pattern pattern, String html) {
		return allText(pattern, html).stream().map(Long::valueOf).toList();
	}

	private static List<String> allText(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String describe(MvcResult result) {
		var request = result.getRequest();
		StringBuilder query = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : name.equals("_csrf") ? new String[0] : values) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
			}
		});
		return request.getMethod() + " " + request.getRequestURI() + query;
	}
}
