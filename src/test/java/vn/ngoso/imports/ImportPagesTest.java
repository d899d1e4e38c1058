package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.imports.internal.ImportJobs;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/** The upload page, the job page (full and as the htmx fragment that polls itself) and the report link. */
@IntegrationTest
class ImportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ImportJobs jobs;

	private DemoUsers users() {
		return new DemoUsers(userDetails);
	}

	@Test
	void anOfficerUploadsThroughThePageAndSeesTheJobWithItsErrors() throws Exception {
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile()
			.resident(code, "Số 1", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "")
			.resident(HouseholdFile.code(), "Số 2", HouseholdFile.name(), "1970", "Nam", "Bạn", "", "");
		String page = body(get("/imports"));
		assertThat(page).contains("id=\"upload\"", "/imports/template.xlsx", "/imports/template.csv");

		var posted = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "ho-tuyen-binh.csv", "text/csv",
				file.csv())).with(users().as("xa")).with(csrf())).andReturn().getResponse();
		assertThat(posted.getStatus()).isEqualTo(302);
		String location = posted.getRedirectedUrl();
		assertThat(location).matches("/imports/[0-9a-f-]{36}");
		String id = location.substring("/imports/".length());
		new ImportRuns(mvc).awaitFinished(new ImportRuns(mvc).bearer("xa"), id);

		String job = body(get(location));
		assertThat(job).contains("ho-tuyen-binh.csv", "Hoàn tất", "/imports/" + id + "/report.xlsx")
			.doesNotContain("hx-trigger");
		assertThat(Html.tableRows(job, "import-errors")).containsExactly(List.of("3", "Quan hệ với chủ hộ", "Bạn",
				"Quan hệ với chủ hộ không hợp lệ: Chủ hộ, Vợ/Chồng, Con, Cha/Mẹ, Cháu, Ông/Bà, Anh/Chị/Em hoặc Khác."));
		assertThat(body(get("/imports"))).contains("ho-tuyen-binh.csv");
		var report = mvc.perform(get(location + "/report.xlsx").with(users().as("xa"))).andReturn().getResponse();
		assertThat(report.getStatus()).isEqualTo(200);
	}

	@Test
	void errorsInTheOptionalColumnsNameThemOnThePageAndInTheReport() throws Exception {
		String code = HouseholdFile.code();
		String[] cells = new String[21];
		java.util.Arrays.fill(cells, "");
		String[] first = { "27781", "Ấp 2", code, "Số 3", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "" };
		System.arraycopy(first, 0, cells, 0, first.length);
		cells[10] = "2099";
		cells[12] = "01-02-2023";
		HouseholdFile file = new HouseholdFile().withHistory().row(cells);
		String id = new ImportRuns(mvc).run("xa", "lich-su.csv", file.csv()).get("id").asString();

		String job = body(get("/imports/" + id));
		assertThat(Html.tableRows(job, "import-errors")).containsExactly(
				List.of("2", "Ngày đăng ký hộ", "2099", "Ngày ở tương lai."),
				List.of("2", "Đã nộp hồ sơ VNeID mức 2", "01-02-2023",
						"Không rõ ngày hay tháng đứng trước: ghi dd/MM/yyyy (ví dụ 15/03/1980) hoặc yyyy-MM-dd (1980-03-15)."));
		var report = mvc.perform(get("/imports/" + id + "/report.xlsx").with(users().as("xa"))).andReturn().getResponse();
		assertThat(report.getStatus()).isEqualTo(200);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(report.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ngày đăng ký hộ");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đã nộp hồ sơ VNeID mức 2");
		}
	}

	@Test
	void aRunningJobPollsItselfEveryTwoSecondsAndStopsOnceFinished() throws Exception {
		UUID id = UUID.randomUUID();
		String communePath = jdbc.sql("select path::text from admin_unit where code = '27781'").query(String.class).single();
		// running on another node, alive: this node's worker leaves it alone
		jobs.insert(id, ImportStatus.RUNNING, "dang-chay.csv", new Scope("xa", Role.COMMUNE, null, communePath, null, null));
		jdbc.sql("update import_job set claimed_by = 'another-node', heartbeat_at = now() where id = ?").param(id).update();
		try {
			String fragment = body(get("/imports/" + id).header("HX-Request", "true"));
			assertThat(fragment).doesNotContain("<html").contains("hx-trigger=\"every 2s\"", "hx-get=\"/imports/" + id + "\"",
					"Đang nhập");
			assertThat(body(get("/imports/" + id))).contains("<html", "hx-trigger=\"every 2s\"");
		}
		finally {
			jobs.finish(id, ImportStatus.DONE, null, null);
		}
		String done = body(get("/imports/" + id).header("HX-Request", "true"));
		assertThat(done).doesNotContain("hx-trigger").contains("Hoàn tất", "Không có dòng nào lỗi.");
	}

	@Test
	void aPageUploadWithoutAFileAsksForOne() throws Exception {
		var response = mvc.perform(multipart("/imports").with(users().as("xa")).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/imports");
	}

	@Test
	void anotherScopesJobPageIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		String districtPath = jdbc.sql("select path::text from admin_unit where code = '797'").query(String.class).single();
		jobs.insert(id, ImportStatus.DONE, "huyen.csv", new Scope("huyen", Role.DISTRICT, null, districtPath, null, null));
		jobs.finish(id, ImportStatus.DONE, null, null);
		assertThat(mvc.perform(get("/imports/" + id).with(users().as("xa"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/imports/" + id).with(users().as("huyen"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		var response = mvc.perform(request.with(users().as("xa"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
