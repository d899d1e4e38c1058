package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.accounts.web.AuditVocabulary;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;
import vn.ngoso.support.UniqueValues;

/** The audit page speaks the reader's language: labels, names, Vietnam time and readable changes. */
@IntegrationTest
class AuditPageTest {

	/** A literal type in {@code Audited.created("X"}, {@code new Audited("X"} or a constant named AUDIT_TYPE. */
	static final Pattern TYPE = Pattern.compile("(?:Audited\\.\\w+\\(|new Audited\\(|AUDIT_TYPE = )\"([A-Z_]+)\"");

	/** The action of {@code new Audited(type, id, "ACTION"}, and of the modules' own audit helpers. */
	static final Pattern ACTION = Pattern.compile(
			"new Audited\\([^,]+,[^,]+(?:\\([^)]*\\))?,\\s*\"([A-Z_]+)\"|audit\\([^,]+,\\s*\"([A-Z_]+)\"|transition\\(before, \"[A-Z_]+\", \"([A-Z_]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	SubmissionThrottle throttle;

	@Autowired
	Accounts accounts;

	DemoUsers demo;

	@BeforeEach
	void setUp() {
		demo = new DemoUsers(users);
		throttle.reset();
	}

	@Test
	void everyTypeAndActionPublishedInTheCodeHasAVietnameseAndAnEnglishLabel() throws IOException {
		Set<String> types = new TreeSet<>();
		Set<String> actions = new TreeSet<>(List.of("CREATE", "UPDATE"));
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				collect(TYPE, source, types);
				if (source.contains("Audited")) {
					collect(ACTION, source, actions);
				}
			}
		}
		assertThat(types).as("types found in the code").contains("TEAM", "FEEDBACK", "REPORTED_VALUE", "TARGET");
		assertThat(actions).as("actions found in the code").contains("LEAVE", "SUBMIT", "REROUTE", "CASCADE");
		assertThat(AuditVocabulary.TYPES).containsAll(types);
		assertThat(AuditVocabulary.ACTIONS).containsAll(actions);

		Properties vietnamese = messages(false);
		Properties english = messages(true);
		for (String type : AuditVocabulary.TYPES) {
			assertThat(vietnamese).as("vi " + type).containsKey("audit.type." + type);
			assertThat(english).as("en " + type).containsKey("audit.type." + type);
		}
		for (String action : AuditVocabulary.ACTIONS) {
			assertThat(vietnamese).as("vi " + action).containsKey("audit.action." + action);
			assertThat(english).as("en " + action).containsKey("audit.action." + action);
		}
	}

	@Test
	void everyTypeInTheLogRendersWithoutAMissingLabelInEitherLanguage() throws Exception {
		citizenSendsFeedback();
		List<String> types = jdbc.sql("select distinct entity_type from audit_log").query(String.class).list();
		List<String> actions = jdbc.sql("select distinct action from audit_log").query(String.class).list();
		assertThat(types).hasSizeGreaterThan(5);
		assertThat(AuditVocabulary.TYPES).containsAll(types);
		assertThat(AuditVocabulary.ACTIONS).containsAll(actions);

		for (String type : types) {
			for (String lang : List.of("vi", "en")) {
				String page = page(get("/audit").param("type", type).param("lang", lang), "admin");
				assertThat(page).as(type + " " + lang).doesNotContain("??").doesNotContain("\"after\"");
			}
		}
		String all = page(get("/audit"), "admin");
		assertThat(all).doesNotContain("??").contains("Phản ánh, kiến nghị");
	}

	@Test
	void peopleAreShownByTheirNamesAndSystemActorsByWhatTheyAre() throws Exception {
		String id = "T" + UniqueValues.word();
		insert("xa", "TEAM", id, "2026-03-01T01:00:00Z", null, "{\"name\": \"Tổ A\"}");
		insert("thanhvien", "MEMBER", id, "2026-03-01T01:00:00Z", null, "{\"fullName\": \"B\"}");
		insert("citizen", "FEEDBACK", id, "2026-03-01T01:00:00Z", null, "{\"reference\": \"PA-1\"}");
		insert("system", "FEEDBACK", id, "2026-03-01T01:00:00Z", null, "{\"reference\": \"PA-2\"}");
		insert("demo", "UNIT", id, "2026-03-01T01:00:00Z", null, "{\"name\": \"Ấp\"}");
		String page = page(get("/audit"), "admin");

		String member = jdbc.sql("select m.full_name from app_user u join member m on m.id = u.member_id where u.username = 'thanhvien'")
			.query(String.class).single();
		assertThat(page).contains("UBND xã Tuyên Bình").contains("(xa)").contains(member).contains("(thanhvien)")
			.contains("Người dân (trang công khai)").contains("Hệ thống").contains("Dữ liệu mẫu")
			.doesNotContain("(citizen)").doesNotContain("(system)").doesNotContain("(demo)");
		assertThat(page(get("/audit").param("lang", "en"), "admin")).contains("Citizen (public pages)").contains("Demo data");
	}

	@Test
	void theDemoLoaderAndAnonymousCitizensAreRecordedAsSuch() throws Exception {
		assertThat(jdbc.sql("select count(*) from audit_log where actor = 'demo'").query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_log where actor = 'anonymousUser'").query(Integer.class).single()).isZero();

		String reference = citizenSendsFeedback();
		assertThat(jdbc.sql("select actor from audit_log where entity_type = 'FEEDBACK' and after->>'reference' = ?")
			.param(reference).query(String.class).single()).isEqualTo("citizen");

		String id = "A" + UniqueValues.word();
		SecurityContextHolder.getContext().setAuthentication(
				new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		try {
			tx.executeWithoutResult(s -> events.publishEvent(new Audited("FEEDBACK", id, "CREATE", null, null, null)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(jdbc.sql("select actor from audit_log where entity_id = ?").param(id).query(String.class).single())
			.isEqualTo("citizen");
	}

	@Test
	void noAccountMayTakeTheNameOfASystemActor() {
		long unit = jdbc.sql("select id from admin_unit where code = '27781'").query(Long.class).single();
		for (String name : List.of("system", "Citizen", "demo", "open311")) {
			assertThatThrownBy(() -> accounts.create(new NewUser(name, "demo1234", "X", Role.COMMUNE, unit, null, null)))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
					.anySatisfy(error -> assertThat(error.messageKey()).isEqualTo("user.username.reserved")));
		}
	}

	@Test
	void timesAreShownInVietnamTime() throws Exception {
		String id = "Z" + UniqueValues.word();
		insert("xa", "TEAM", id, "2026-03-01T17:30:00Z", null, "{\"name\": \"Tổ giờ\"}");
		assertThat(page(get("/audit"), "admin")).contains("02/03/2026 00:30").doesNotContain("01/03/2026 17:30");

		jdbc.sql("delete from notification where username = 'huyen'").update();
		jdbc.sql("insert into notification (username, at, kind) values ('huyen', '2026-03-01T17:45:00Z', 'TASK_OVERDUE')").update();
		assertThat(page(get("/notifications"), "huyen")).contains("02/03/2026 00:45").doesNotContain("17:45");
	}

	@Test
	void changesReadAsFieldOldToNewWithDatesAndYesNo() throws Exception {
		String id = "C" + UniqueValues.word();
		insert("xa", "TEAM", id, "2026-03-01T01:00:00Z",
				"{\"name\": \"Tổ cũ\", \"decisionDate\": \"2024-06-01\", \"enabled\": true, \"phone\": \"09******12\", \"same\": 1, \"sizeNote\": \"x\"}",
				"{\"name\": \"Tổ mới\", \"decisionDate\": \"2024-06-02\", \"enabled\": false, \"phone\": \"09******34\", \"same\": 1, \"sizeNote\": \"y\"}");
		String page = page(get("/audit").param("type", "TEAM"), "admin");
		String entry = page.substring(page.indexOf("#" + id));
		entry = entry.substring(0, entry.indexOf("</details>"));

		assertThat(entry).contains("Tên:").contains("<del>Tổ cũ</del>").contains("<ins>Tổ mới</ins>")
			.contains("Ngày quyết định:").contains("<del>01/06/2024</del>").contains("<ins>02/06/2024</ins>")
			.contains("<del>Có</del>").contains("<ins>Không</ins>")
			.contains("<del>09******12</del>").contains("<ins>09******34</ins>")
			.contains("sizeNote:") // no label: the key itself
			.doesNotContain("same:").doesNotContain("{").doesNotContain("2024-06-01");

		String created = "N" + UniqueValues.word();
		insert("xa", "TEAM", created, "2026-03-01T01:00:00Z", null, "{\"name\": \"Tổ lập\", \"decisionDate\": \"2024-06-03\"}");
		String createdPage = page(get("/audit").param("type", "TEAM"), "admin");
		String createdEntry = createdPage.substring(createdPage.indexOf("#" + created));
		createdEntry = createdEntry.substring(0, createdEntry.indexOf("</details>"));
		assertThat(createdEntry).contains("<ins>Tổ lập</ins>").contains("<ins>03/06/2024</ins>").doesNotContain("<del>");

		// a target and the targets cascaded from it: a count, not raw JSON
		String cascade = "K" + UniqueValues.word();
		insert("xa", "TARGET", cascade, "2026-03-01T01:00:00Z", "{\"id\": 7, \"unitPath\": \"1.2\", \"from\": \"2026-01\"}",
				"[{\"id\": 8, \"value\": 1}, {\"id\": 9, \"value\": 2}]");
		String cascadePage = page(get("/audit").param("type", "TARGET"), "admin");
		String cascadeEntry = cascadePage.substring(cascadePage.indexOf("#" + cascade));
		cascadeEntry = cascadeEntry.substring(0, cascadeEntry.indexOf("</details>"));
		assertThat(cascadeEntry).contains("Từ:").contains("01/2026").contains("Kết quả:").contains("2 mục")
			.doesNotContain("{").doesNotContain("1.2").doesNotContain("Mã:");
	}

	private String citizenSendsFeedback() throws Exception {
		long caBan = jdbc.sql("select id from admin_unit where name = 'Ấp Cả Bản'").query(Long.class).single();
		String description = "TEST-AUDIT " + UniqueValues.word();
		mvc.perform(post("/cong-dan/ap/" + caBan + "/phan-anh").param("category", "OTHER").param("description", description))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select reference from feedback where description = ?").param(description).query(String.class).single();
	}

	private void insert(String actor, String type, String id, String at, String before, String after) {
		jdbc.sql("""
				insert into audit_log (actor, entity_type, entity_id, action, at, before, after)
				values (?, ?, ?, ?, cast(? as timestamptz), cast(? as jsonb), cast(? as jsonb))
				""").params(actor, type, id, before == null ? "CREATE" : "UPDATE", at, before, after).update();
	}

	private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(demo.as(username))).andExpect(status().isOk())
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static void collect(Pattern pattern, String source, Set<String> into) {
		Matcher m = pattern.matcher(source);
		while (m.find()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					into.add(m.group(g));
				}
			}
		}
	}

	/** Every module's messages merged: the audit labels may live in the module that publishes them. */
	private static Properties messages(boolean english) throws IOException {
		Properties all = new Properties();
		Set<String> seen = new HashSet<>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
			String name = resource.getFilename();
			if (name == null || name.endsWith("_en.properties") != english || !seen.add(name)) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				Properties one = new Properties();
				one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				all.putAll(one);
			}
		}
		return all;
	}
}
