package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/** Who may import what, who sees which job, and the API's answers and files. */
@IntegrationTest
class ImportScopeAndApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	private ImportRuns runs() {
		return new ImportRuns(mvc);
	}

	@Test
	void aCommuneOfficerImportingForAnotherCommuneGetsUnknownHamlet() throws Exception {
		Map<String, Object> elsewhere = jdbc.sql("""
				select c.code, h.name from admin_unit c join admin_unit h on h.parent_id = c.id and h.level = 4
				where c.level = 3 and c.code <> '27781' and c.parent_id = (select id from admin_unit where code = '797')
				order by c.code, h.name limit 1
				""").query().singleRow();
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile().row((String) elsewhere.get("code"), (String) elsewhere.get("name"), code,
				"Số 1", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "");

		JsonNode byCommune = runs().csv("xa", file);
		assertThat(ImportRuns.errors(byCommune)).containsExactly("2|Ấp/khu phố|" + elsewhere.get("name")
				+ "|Không tìm thấy ấp/khu phố này trong xã (hoặc xã nằm ngoài phạm vi của bạn).");

		JsonNode byDistrict = runs().csv("huyen", file);
		assertThat(ImportRuns.errors(byDistrict)).isEmpty();
		assertThat(byDistrict.get("householdsCreated").asInt()).isEqualTo(1);
	}

	@Test
	void aJobIsSeenOnlyInsideTheScopeItWasStartedIn() throws Exception {
		String districtBearer = runs().bearer("huyen");
		String id = runs().upload(districtBearer, "ho.csv", new HouseholdFile()
			.resident(HouseholdFile.code(), "Số 1", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "").csv());
		runs().awaitFinished(districtBearer, id);

		for (String user : List.of("xa", "totruong", "thanhvien")) {
			String bearer = runs().bearer(user);
			for (String url : List.of("/api/v1/imports/" + id, "/api/v1/imports/" + id + "/report.xlsx")) {
				assertThat(mvc.perform(get(url).header("Authorization", bearer)).andExpect(SafeResponses.noStackTrace())
					.andReturn().getResponse().getStatus()).as("%s GET %s", user, url).isEqualTo(404);
			}
		}
		assertThat(runs().job(runs().bearer("tinh"), id).get("status").asString()).isEqualTo("DONE");
		assertThat(runs().job(runs().bearer("admin"), id).get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void teamLeadersAndMembersCannotImport() throws Exception {
		for (String user : List.of("totruong", "thanhvien")) {
			var response = mvc.perform(multipart("/api/v1/imports/households")
					.file(new MockMultipartFile("file", "ho.csv", "text/csv", new HouseholdFile().csv()))
					.header("Authorization", runs().bearer(user))).andReturn().getResponse();
			assertThat(response.getStatus()).as(user).isEqualTo(404);
			assertThat(mvc.perform(get("/imports").with(new DemoUsers(userDetails).as(user))).andReturn().getResponse()
				.getStatus()).as(user).isEqualTo(404);
		}
	}

	@Test
	void anUploadWithoutAFileIsABadRequest() throws Exception {
		var response = mvc.perform(multipart("/api/v1/imports/households").header("Authorization", runs().bearer("xa")))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Vui lòng chọn một tệp CSV hoặc XLSX.");
	}

	@Test
	void theApiAcceptsThenReportsProgressAndRowErrorsAndTheXlsxReport() throws Exception {
		String bearer = runs().bearer("xa");
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile()
			.resident(code, "Số 1", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "0123", "")
			.resident(HouseholdFile.code(), "Số 2", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "");
		var response = mvc.perform(multipart("/api/v1/imports/households")
				.file(new MockMultipartFile("file", "ho.csv", "text/csv", file.csv())).header("Authorization", bearer))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(202);
		JsonNode started = new tools.jackson.databind.json.JsonMapper().readTree(response.getContentAsString());
		String id = started.get("id").asString();
		assertThat(response.getHeader("Location")).isEqualTo("/api/v1/imports/" + id);

		JsonNode job = runs().awaitFinished(bearer, id);

		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("rowsRead").asInt()).isEqualTo(2);
		assertThat(job.get("rowsValid").asInt()).isEqualTo(1);
		assertThat(job.get("rowsInvalid").asInt()).isEqualTo(1);
		assertThat(job.get("errorCount").asInt()).isEqualTo(1);
		assertThat(ImportRuns.errors(job))
			.containsExactly("2|Số điện thoại|0123|Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam.");

		var report = mvc.perform(get("/api/v1/imports/" + id + "/report.xlsx").header("Authorization", bearer))
			.andReturn().getResponse();
		assertThat(report.getStatus()).isEqualTo(200);
		assertThat(report.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(sheet(report.getContentAsByteArray())).containsExactly(List.of("Dòng", "Cột", "Giá trị", "Lỗi", "Loại"),
				List.of("2", "Số điện thoại", "0123", "Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam.",
						"Lỗi"));
	}

	@Test
	void theTemplatesHaveTheHeaderAndAnExampleRow() throws Exception {
		var users = new DemoUsers(userDetails);
		var xlsx = mvc.perform(get("/imports/template.xlsx").with(users.as("xa"))).andReturn().getResponse();
		assertThat(xlsx.getStatus()).isEqualTo(200);
		List<List<String>> rows = sheet(xlsx.getContentAsByteArray());
		assertThat(String.join(",", rows.get(0))).isEqualTo(HouseholdFile.LITERACY_HEADER);
		assertThat(rows.get(1)).containsExactly("27781", "Ấp Cả Bản", "TB09999", "Số 12, Tổ 1", "Nguyễn Văn An",
				"15/03/1980", "Nam", "Chủ hộ", "0912345678", "080080012345", "15/06/2023", "", "12/05/2023", "", "", "",
				"", "03/2024", "", "", "", "20/09/2025");

		var csv = mvc.perform(get("/imports/template.csv").with(users.as("xa"))).andReturn().getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + HouseholdFile.LITERACY_HEADER + "\r\n")
			.contains("27781,Ấp Cả Bản,TB09999,\"Số 12, Tổ 1\",Nguyễn Văn An,15/03/1980,Nam,Chủ hộ,0912345678,080080012345,"
					+ "15/06/2023,,12/05/2023,,,,,03/2024,,,,20/09/2025\r\n");

		// the template, filled in with a household of our own, imports cleanly
		String code = HouseholdFile.code();
		String cccd = HouseholdFile.cccd();
		byte[] filled = text.replace("TB09999", code).replace("080080012345", cccd).getBytes(StandardCharsets.UTF_8);
		JsonNode job = runs().run("xa", "mau.csv", filled);
		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select h.registered_on::text || ' ' || string_agg(g.item || '@' || g.since, ',' order by g.item)
				from household h join resident r on r.household_id = h.id join readiness g on g.resident_id = r.id
				where h.code = ? group by h.registered_on
				""").param(code).query(String.class).single())
			.isEqualTo("2023-06-15 BANK_ACCOUNT@2024-03-01,DIGITAL_LITERACY@2025-09-20,VNEID_DOSSIER@2023-05-12");
	}

	private static List<List<String>> sheet(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(format.formatCellValue(cell)));
				rows.add(cells);
			}
			return rows;
		}
	}
}
