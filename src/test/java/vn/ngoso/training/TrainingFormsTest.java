package vn.ngoso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.OperationFixtures;
import vn.ngoso.support.SafeResponses;

/**
 * The pages' own forms: an officer creates a course by naming it and picking the province or a
 * district, and records a session from its sign-in sheet by the attendees' mobile numbers. Bad
 * input comes back on the page, in Vietnamese, beside its field, with nothing written.
 */
@IntegrationTest
class TrainingFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theProvinceCreatesADepartmentCourseAndADistrictItsOwnFromTheList() throws Exception {
		OperationFixtures ops = new OperationFixtures(jdbc);
		assertThat(page("tinh", "/trainings")).contains("id=\"course-form\"");
		assertThat(page("xa", "/trainings")).as("a commune organises no course").doesNotContain("id=\"course-form\"");

		MockHttpServletResponse province = send("tinh", post("/trainings").param("title", "Bồi dưỡng kỹ năng số 2025")
			.param("unitId", String.valueOf(ops.longAn())));
		assertThat(province.getStatus()).isEqualTo(302);
		long departmentCourse = courseId(province);
		assertThat(kindOf(departmentCourse)).isEqualTo("DEPARTMENT");
		assertThat(page("tinh", "/trainings/" + departmentCourse)).contains("Bồi dưỡng kỹ năng số 2025");

		MockHttpServletResponse district = send("huyen", post("/trainings").param("title", "Tập huấn Tổ huyện Vĩnh Hưng")
			.param("unitId", String.valueOf(ops.unitId("797"))));
		assertThat(kindOf(courseId(district))).isEqualTo("DISTRICT");
	}

	@Test
	void aCourseWithoutTitleOrOutsideTheScopeIsShownAgainWithTheReasonAndNotCreated() throws Exception {
		OperationFixtures ops = new OperationFixtures(jdbc);
		long before = courses();
		String untitled = body(send("tinh", post("/trainings").param("title", "  ")
			.param("unitId", String.valueOf(ops.longAn()))));
		assertThat(Html.fieldError(untitled, "title")).isEqualTo("Vui lòng nhập tên khoá tập huấn.");
		String outside = body(send("huyen", post("/trainings").param("title", "Tập huấn")
			.param("unitId", String.valueOf(ops.longAn()))));
		assertThat(Html.fieldError(outside, "unitId")).isEqualTo("Đơn vị tổ chức không tồn tại hoặc nằm ngoài phạm vi của bạn.");
		assertThat(outside).contains("value=\"Tập huấn\"");
		assertThat(courses()).as("nothing created").isEqualTo(before);
	}

	@Test
	void aSessionFromItsSignInSheetCountsItsAttendeesOnceEvenWhenSentTwice() throws Exception {
		OperationFixtures ops = new OperationFixtures(jdbc);
		long online = jdbc.sql("select id from course where kind = 'ONLINE'").query(Long.class).single();
		List<Long> members = ops.activeMembersOf(HouseholdFixtures.CA_BAN).subList(0, 2);
		String first = phoneOf(members.get(0));
		String spaced = phoneOf(members.get(1)).replaceFirst("(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3");
		UUID id = UUID.randomUUID();
		MockHttpServletRequestBuilder sheet = post("/trainings/" + online + "/sessions").param("sessionId", id.toString())
			.param("date", HouseholdFixtures.today().toString()).param("trainer", "ThS. Trần Thị Hoa")
			.param("place", "Hội trường UBND xã").param("phones", first + "\n" + spaced + ", " + first);

		assertThat(send("xa", sheet).getStatus()).isEqualTo(302);
		assertThat(send("xa", sheet).getStatus()).as("a double tap").isEqualTo(302);

		assertThat(jdbc.sql("select count(*) from training_session where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from training_attendance where session_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(2);
		assertThat(Html.tableRows(page("xa", "/trainings/" + online), "training-session-table"))
			.anySatisfy(row -> assertThat(String.join(" | ", row)).contains("ThS. Trần Thị Hoa", "Hội trường UBND xã")
				.endsWith("| 2"));
	}

	@Test
	void aSheetWithUnknownOrBadNumbersNamesEachAndRecordsNothing() throws Exception {
		long online = jdbc.sql("select id from course where kind = 'ONLINE'").query(Long.class).single();
		long before = jdbc.sql("select count(*) from training_session").query(Long.class).single();
		String html = body(send("xa", post("/trainings/" + online + "/sessions").param("sessionId", UUID.randomUUID().toString())
			.param("date", HouseholdFixtures.today().plusDays(1).toString()).param("trainer", "")
			.param("phones", "0123\n0399 999 999")));

		assertThat(Html.fieldError(html, "session-date")).isEqualTo("Ngày không được ở tương lai.");
		assertThat(Html.fieldError(html, "trainer")).isEqualTo("Vui lòng nhập giảng viên.");
		assertThat(Html.unescape(html)).contains("Số điện thoại \"0123\" không hợp lệ (10 chữ số, bắt đầu bằng 0).",
				"Không có thành viên đang hoạt động nào trong phạm vi của bạn với số 0399999999.");
		assertThat(html).contains("0399 999 999</textarea>");
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isEqualTo(before);

		String empty = body(send("xa", post("/trainings/" + online + "/sessions").param("sessionId", UUID.randomUUID().toString())
			.param("date", HouseholdFixtures.today().toString()).param("trainer", "Giảng viên").param("phones", " ")));
		assertThat(empty).contains("Vui lòng nhập số điện thoại của ít nhất một thành viên dự buổi.");
		assertThat(send("thanhvien", post("/trainings/" + online + "/sessions").param("sessionId", UUID.randomUUID().toString())
			.param("date", HouseholdFixtures.today().toString()).param("trainer", "X").param("phones", "0912345678"))
			.getStatus()).as("a member records no session").isEqualTo(404);
	}

	private long courses() {
		return jdbc.sql("select count(*) from course").query(Long.class).single();
	}

	private String kindOf(long course) {
		return jdbc.sql("select kind from course where id = ?").param(course).query(String.class).single();
	}

	private static long courseId(MockHttpServletResponse redirect) {
		assertThat(redirect.getStatus()).isEqualTo(302);
		return Long.parseLong(redirect.getRedirectedUrl().replaceAll(".*/trainings/(\\d+).*", "$1"));
	}

	private String phoneOf(long member) {
		return jdbc.sql("select phone from member where id = ?").param(member).query(String.class).single();
	}

	private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(new DemoUsers(users).as(user)).with(csrf())).andExpect(SafeResponses.noStackTrace())
			.andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String user, String url) throws Exception {
		var response = mvc.perform(get(url).with(new DemoUsers(users).as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
