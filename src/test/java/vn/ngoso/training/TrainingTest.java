package vn.ngoso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.ngoso.support.HouseholdFixtures.messagesFor;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.OperationFixtures;
import vn.ngoso.support.SafeResponses;

/**
 * Training: a course's completion list imported from a real XLSX file by mobile number, all rows
 * or none, each bad row named in Vietnamese; the members-trained figure and its rate follow at
 * once and equal a recompute, also after a trained member leaves; the history on the member's
 * page; scope in the API and the pages.
 */
@IntegrationTest
class TrainingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Figures figures;

	@TempDir
	Path dir;

	HouseholdFixtures fx;

	OperationFixtures ops;

	long online;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		ops = new OperationFixtures(jdbc);
		online = jdbc.sql("select id from course where kind = 'ONLINE'").query(Long.class).single();
	}

	static LocalDate today() {
		return HouseholdFixtures.today();
	}

	@Test
	void aListWithBadRowsIsRefusedWholeNamingEachRow() throws Exception {
		long caBan = ops.activeMembersOf(HouseholdFixtures.CA_BAN).get(0);
		Path file = workbook(List.of(
				List.of(phoneOf(caBan), day(today().minusDays(3)), "CC-001"),
				List.of("0123", day(today()), ""),
				List.of("0399999999", day(today()), ""),
				List.of(phoneOf(caBan), day(today()), ""),
				List.of(phoneOf(ops.activeMembersOf(HouseholdFixtures.CA_BAN).get(1)), day(today().plusDays(2)), ""),
				List.of(phoneOf(ops.activeMembersOf(HouseholdFixtures.CA_BAN).get(2)), "31/02/2024", "")));
		long before = completions();
		MockHttpServletResponse response = upload("xa", file);
		assertThat(response.getStatus()).isEqualTo(422);
		JsonNode outcome = fx.read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(outcome.get("recorded").asInt()).isZero();
		assertThat(errors(outcome)).containsExactly(
				"3 Số điện thoại: Số điện thoại \"0123\" không hợp lệ (10 chữ số, bắt đầu bằng 0).",
				"4 Số điện thoại: Không có thành viên đang hoạt động nào trong phạm vi của bạn với số 0399999999.",
				"5 Số điện thoại: Số " + phoneOf(caBan) + " đã có ở một dòng trước.",
				"6 Ngày hoàn thành: Ngày không được ở tương lai.",
				"7 Ngày hoàn thành: Ngày hoàn thành không đúng định dạng dd/MM/yyyy.");
		assertThat(completions()).as("nothing written").isEqualTo(before);
	}

	/** A spreadsheet holds a NUL as {@code _x0000_}; PostgreSQL refuses it: the whole import used to end in a 500. */
	@Test
	void aNulInACertificateNumberIsAnErrorOfItsRow() throws Exception {
		long caBan = ops.activeMembersOf(HouseholdFixtures.CA_BAN).get(0);
		Path file = workbook(List.of(List.of(phoneOf(caBan), day(today()), "CC_x0000_01")));
		long before = completions();

		MockHttpServletResponse response = upload("xa", file);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(errors(fx.read(response.getContentAsString(StandardCharsets.UTF_8)))).containsExactly(
				"2 Số chứng chỉ: Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL) trong nội dung: hãy gõ lại ô này thay vì dán.");
		assertThat(completions()).as("nothing written").isEqualTo(before);
	}

	@Test
	void aGoodListCountsTheMembersTrainedAtOnceAndEqualsTheRecompute() throws Exception {
		CommuneFixtures commune = new CommuneFixtures(mvc, users);
		CommuneFixtures.Hamlet hamlet = commune.newHamlet();
		long team = commune.newTeam(hamlet);
		List<Long> members = List.of(commune.addMember(team).get("id").asLong(), commune.addMember(team).get("id").asLong(),
				commune.addMember(team).get("id").asLong());
		long communeId = ops.unitId("27781");
		Period now = Period.month(YearMonth.from(today()));
		var before = tracked.of(communeId, now);
		Path file = workbook(List.of(List.of(phoneOf(members.get(0)), day(today()), "KNS-2024-01"),
				List.of(phoneOf(members.get(1)), day(today().minusDays(1)), "")));
		MockHttpServletResponse response = upload("xa", file);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		var after = tracked.of(communeId, now);
		assertThat(after.get(Indicators.MEMBERS_TRAINED).value().longValue()
				- before.get(Indicators.MEMBERS_TRAINED).value().longValue()).isEqualTo(2);
		var hamletFigures = tracked.of(hamlet.id(), now);
		assertThat(hamletFigures.get(Indicators.MEMBERS_TRAINED).value().longValue()).isEqualTo(2);
		assertThat(hamletFigures.get(Indicators.MEMBERS_TRAINED_RATE).value()).isEqualByComparingTo("66.7");

		JsonNode shares = fx.getJson("xa", "/api/v1/trainings/shares");
		assertThat(shares.get(0).get("unitName").asString()).isEqualTo("Xã Tuyên Bình");
		JsonNode own = java.util.stream.StreamSupport.stream(shares.spliterator(), false)
			.filter(u -> u.get("unitId").asLong() == hamlet.id()).findFirst().orElseThrow();
		assertThat(own.get("trained").asInt()).isEqualTo(2);
		assertThat(own.get("members").asInt()).isEqualTo(3);
		assertThat(own.get("rate").decimalValue()).isEqualByComparingTo("66.7");
		assertThat(Html.tableRows(page("xa", "/trainings"), "share-table"))
			.anySatisfy(row -> assertThat(row).contains(hamlet.name(), "66,7%"));

		// the same list again changes nothing; a trained member leaving takes the figure down
		assertThat(upload("xa", file).getStatus()).isEqualTo(200);
		var leave = fx.postJson("xa", "/api/v1/members/" + members.get(0) + "/leave", Map.of("leftOn", today().toString()));
		assertThat(leave.getStatus()).isEqualTo(200);
		String communePath = ops.unitPath("27781");
		assertThat(figures.differencesUnder(communePath)).isEmpty();

		JsonNode history = fx.getJson("xa", "/api/v1/trainings/members/" + members.get(1));
		assertThat(history.get("completions").get(0).get("courseTitle").asString()).isEqualTo("Phổ cập kỹ năng số cộng đồng");
		String fragment = page("xa", "/members/" + members.get(1) + "/training");
		assertThat(fragment).contains("id=\"training-history\"", "Phổ cập kỹ năng số cộng đồng").doesNotContain("<html");
		assertThat(page("xa", "/members/" + members.get(1) + "/edit")).contains("/members/" + members.get(1) + "/training");
	}

	@Test
	void theImportPageShowsTheRowErrorsInATable() throws Exception {
		Path file = workbook(List.of(List.of("09x", day(today()), "")));
		long before = completions();
		String html = mvc.perform(multipart("/trainings/" + online + "/import")
				.file(new MockMultipartFile("file", "ds.xlsx", null, Files.readAllBytes(file)))
				.with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Không ghi nhận dòng nào");
		assertThat(Html.tableRows(html, "row-errors")).containsExactly(
				List.of("2", "Số điện thoại", "Số điện thoại \"09x\" không hợp lệ (10 chữ số, bắt đầu bằng 0)."));
		assertThat(completions()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedNamingTheFile() throws Exception {
		Path file = dir.resolve("list.xlsx");
		Files.writeString(file, "so dien thoai;ngay\n0912345678;01/01/2024\n");
		MockHttpServletResponse response = upload("xa", file);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.read(response.getContentAsString(StandardCharsets.UTF_8)), "file"))
			.containsExactly("Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu.");
	}

	@Test
	void aMemberOutsideTheScopeIsAnUnknownRowAndHisHistoryIsNotFound() throws Exception {
		long ap2 = ops.activeMembersOf(HouseholdFixtures.AP_2).get(0);
		MockHttpServletResponse response = upload("totruong", workbook(List.of(List.of(phoneOf(ap2), day(today()), ""))));
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(errors(fx.read(response.getContentAsString(StandardCharsets.UTF_8))).get(0))
			.contains("Không có thành viên đang hoạt động nào trong phạm vi của bạn");
		assertThat(fx.getRaw("totruong", "/api/v1/trainings/members/" + ap2).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/members/" + ap2 + "/training").with(new DemoUsers(users).as("totruong")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(upload("thanhvien", workbook(List.of(List.of(phoneOf(ap2), day(today()), "")))).getStatus())
			.as("a member imports nothing").isEqualTo(404);
	}

	@Test
	void aCompletionDatedAheadOrForAnUnknownMemberIsRefused() throws Exception {
		long member = ops.activeMembersOf(HouseholdFixtures.CA_BAN).get(3);
		long before = completions();
		var ahead = fx.postJson("xa", "/api/v1/trainings/" + online + "/completions",
				Map.of("memberId", member, "completedOn", today().plusDays(1).toString()));
		assertThat(ahead.getStatus()).isEqualTo(400);
		assertThat(messagesFor(fx.read(ahead.getContentAsString(StandardCharsets.UTF_8)), "completedOn"))
			.containsExactly("Ngày không được ở tương lai.");
		var unknown = fx.postJson("xa", "/api/v1/trainings/" + online + "/completions",
				Map.of("memberId", 987_654_321L, "completedOn", today().toString()));
		assertThat(messagesFor(fx.read(unknown.getContentAsString(StandardCharsets.UTF_8)), "memberId"))
			.containsExactly("Thành viên không tồn tại, đã rời Tổ hoặc nằm ngoài phạm vi của bạn.");
		assertThat(completions()).isEqualTo(before);
	}

	@Test
	void coursesAreTheDepartmentsAtTheProvinceAndADistrictsAtADistrict() throws Exception {
		var online2 = fx.postJson("tinh", "/api/v1/trainings", Map.of("kind", "ONLINE", "title", "Khoá 2", "unitId", ops.longAn()));
		assertThat(messagesFor(fx.read(online2.getContentAsString(StandardCharsets.UTF_8)), "kind")).hasSize(1);
		var atCommune = fx.postJson("huyen", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", "Tập huấn kỹ năng số", "unitId", ops.unitId("27781")));
		assertThat(messagesFor(fx.read(atCommune.getContentAsString(StandardCharsets.UTF_8)), "unitId"))
			.containsExactly("Khoá của huyện phải do một huyện, thị xã, thành phố tổ chức.");
		var outside = fx.postJson("huyen", "/api/v1/trainings",
				Map.of("kind", "DEPARTMENT", "title", "Tập huấn", "unitId", ops.longAn()));
		assertThat(messagesFor(fx.read(outside.getContentAsString(StandardCharsets.UTF_8)), "unitId"))
			.containsExactly("Đơn vị tổ chức không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		var created = fx.postJson("huyen", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", "Tập huấn Tổ CNSCĐ huyện Vĩnh Hưng", "unitId", ops.unitId("797")));
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		long course = fx.read(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();

		UUID session = UUID.randomUUID();
		List<Long> members = ops.activeMembersOf(HouseholdFixtures.CA_BAN).subList(0, 2);
		var held = fx.postJson("huyen", "/api/v1/trainings/" + course + "/sessions", Map.of("id", session.toString(),
				"date", today().toString(), "trainer", "ThS. Lê Văn Tâm", "memberIds", members));
		assertThat(held.getStatus()).as(held.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		assertThat(fx.read(held.getContentAsString(StandardCharsets.UTF_8)).get("memberIds").size()).isEqualTo(2);
		String html = page("huyen", "/trainings/" + course);
		assertThat(Html.tableRows(html, "training-session-table").get(0)).contains("ThS. Lê Văn Tâm", "2");
		assertThat(page("xa", "/trainings")).contains("Tập huấn Tổ CNSCĐ huyện Vĩnh Hưng", "Phổ cập kỹ năng số cộng đồng");
		assertThat(fx.postJson("thanhvien", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", "X", "unitId", ops.unitId("797"))).getStatus()).isEqualTo(404);
	}

	/**
	 * The case: every role read the courses and sessions of every district. A course of
	 * another district is now not found (list, item, sessions, completions, page) by anyone in
	 * Vĩnh Hưng; the province's and the national courses are still theirs to read; and a session's
	 * id cannot be used to read or take over another district's session.
	 */
	@Test
	void anotherDistrictsCourseAndSessionsAreNotFoundTheProvincesAreRead() throws Exception {
		long otherDistrict = jdbc.sql("""
				select d.id from admin_unit d where d.level = 2 and d.valid_to is null and d.code <> '797'
				  and exists (select 1 from team t join member m on m.team_id = t.id
				              where t.unit_path <@ d.path and m.left_on is null)
				order by d.code limit 1
				""").query(Long.class).single();
		long member = jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit d on d.id = ?
				where m.left_on is null and t.unit_path <@ d.path order by m.id limit 1
				""").param(otherDistrict).query(Long.class).single();
		String word = UUID.randomUUID().toString().substring(0, 8);
		String title = "Tập huấn riêng của huyện khác " + word;
		String trainer = "ThS. Người Dạy Huyện Khác " + word;
		long course = created(fx.postJson("tinh", "/api/v1/trainings",
				Map.of("kind", "DISTRICT", "title", title, "unitId", otherDistrict)));
		UUID session = UUID.randomUUID();
		var held = fx.postJson("tinh", "/api/v1/trainings/" + course + "/sessions", Map.of("id", session.toString(),
				"date", today().toString(), "trainer", trainer, "place", "Hội trường " + word, "memberIds", List.of(member)));
		assertThat(held.getStatus()).as(held.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		String departmentTitle = "Tập huấn của Sở " + word;
		long department = created(fx.postJson("tinh", "/api/v1/trainings",
				Map.of("kind", "DEPARTMENT", "title", departmentTitle, "unitId", ops.longAn())));

		for (String user : List.of("xa", "huyen", "totruong", "thanhvien")) {
			String list = fx.getRaw(user, "/api/v1/trainings").getContentAsString(StandardCharsets.UTF_8);
			assertThat(list).as(user).contains(departmentTitle, "Phổ cập kỹ năng số cộng đồng").doesNotContain(title);
			for (String url : List.of("/api/v1/trainings/" + course, "/api/v1/trainings/" + course + "/sessions",
					"/api/v1/trainings/" + course + "/completions")) {
				var response = fx.getRaw(user, url);
				assertThat(response.getStatus()).as("%s as %s", url, user).isEqualTo(404);
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title).doesNotContain(trainer);
			}
			var page = mvc.perform(get("/trainings/" + course).with(new DemoUsers(users).as(user)))
				.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
			assertThat(page.getStatus()).as("page as %s", user).isEqualTo(404);
			assertThat(page(user, "/trainings")).doesNotContain(title);
			assertThat(fx.getRaw(user, "/api/v1/trainings/" + department).getStatus()).as(user).isEqualTo(200);
		}
		// the other district's session id, sent again for the province's course, reads and writes nothing
		var reused = fx.postJson("huyen", "/api/v1/trainings/" + department + "/sessions",
				Map.of("id", session.toString(), "date", today().toString(), "trainer", "Người khác"));
		String text = reused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reused.getStatus()).as(text).isEqualTo(400);
		assertThat(messagesFor(fx.read(text), "id")).containsExactly("Mã buổi tập huấn này đã dùng cho một buổi khác.");
		assertThat(text).doesNotContain(trainer);
		assertThat(jdbc.sql("select course_id from training_session where id = ?").param(session).query(Long.class)
			.single()).isEqualTo(course);

		assertThat(fx.getJson("tinh", "/api/v1/trainings/" + course + "/sessions").toString()).contains(trainer);
		assertThat(page("tinh", "/trainings")).contains(title);
	}

	private long created(MockHttpServletResponse response) throws Exception {
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(201);
		return fx.read(text).get("id").asLong();
	}

	private long completions() {
		return jdbc.sql("select count(*) from training_completion").query(Long.class).single()
				+ jdbc.sql("select coalesce(sum(value), 0) from figure where indicator = 'MEMBERS_TRAINED'").query(Long.class)
					.single();
	}

	private String phoneOf(long member) {
		return jdbc.sql("select phone from member where id = ?").param(member).query(String.class).single();
	}

	private static String day(LocalDate d) {
		return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	private Path workbook(List<List<String>> rows) throws Exception {
		Path file = dir.resolve(UUID.randomUUID() + ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = book.createSheet("Danh sách");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("Số điện thoại");
			header.createCell(1).setCellValue("Ngày hoàn thành");
			header.createCell(2).setCellValue("Số chứng chỉ");
			for (int i = 0; i < rows.size(); i++) {
				var row = sheet.createRow(i + 1);
				for (int c = 0; c < rows.get(i).size(); c++) {
					row.createCell(c).setCellValue(rows.get(i).get(c));
				}
			}
			book.write(out);
		}
		return file;
	}

	private MockHttpServletResponse upload(String user, Path file) throws Exception {
		return mvc.perform(multipart("/api/v1/trainings/" + online + "/completions/import")
				.file(new MockMultipartFile("file", file.getFileName().toString(), null, Files.readAllBytes(file)))
				.header("Authorization", fx.bearer(user)))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
	}

	private static List<String> errors(JsonNode outcome) {
		return java.util.stream.StreamSupport.stream(outcome.get("errors").spliterator(), false)
			.map(e -> e.get("row").asInt() + " " + e.get("column").asString() + ": " + e.get("message").asString())
			.toList();
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
