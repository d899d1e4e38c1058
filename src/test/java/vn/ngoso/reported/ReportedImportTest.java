package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Entry by workbook: the template reads back with its Vietnamese header and example row; every
 * row of a good file becomes a draft of the uploader; a file with a single bad row saves nothing
 * and lists every error by row and column; a wrong header or a file that is no workbook is
 * refused whole.
 */
@IntegrationTest
class ReportedImportTest {

	static final List<String> HEADER = List.of("Mã đơn vị", "Mã chỉ tiêu", "Từ tháng (MM/yyyy)", "Đến tháng (MM/yyyy)",
			"Giá trị", "Ghi chú");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportedValues values;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Territory territory;

	@Autowired
	Indicators indicators;

	ReportedFixtures fx;

	ReportedCalls calls;

	Timestamp start;

	@BeforeEach
	void setUp() {
		fx = new ReportedFixtures(values, users, jdbc, territory);
		calls = new ReportedCalls(mvc, users);
		start = jdbc.sql("select clock_timestamp()").query(Timestamp.class).single();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("select id from reported_value where entered_at >= ?").param(start).query(UUID.class).list()
			.forEach(fx::track);
		fx.cleanUp();
	}

	@Test
	void theTemplateHasTheVietnameseHeaderAnExampleRowTextCellsAndTheIndicatorCodes() throws Exception {
		for (String url : List.of("/indicators/reported/template.xlsx", ReportedCalls.API + "/template.xlsx")) {
			MockHttpServletResponse response = url.startsWith("/api")
					? mvc.perform(get(url).header("Authorization", calls.bearer("xa"))).andReturn().getResponse()
					: calls.page("xa", get(url));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo(XLSX);
			assertThat(response.getHeader("Content-Disposition")).contains("mau-so-lieu-bao-cao.xlsx");
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getSheetName()).isEqualTo("Số liệu báo cáo");
				assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADER);
				assertThat(texts(sheet.getRow(1))).containsExactly("27781", "VNEID_DOSSIERS", "01/2024", "12/2024", "7.350",
						"Số liệu Công an xã gửi ngày 05/01/2025");
				assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("@");
				assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
				List<String> codes = new ArrayList<>();
				workbook.getSheetAt(1).forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
				assertThat(codes.subList(1, codes.size()))
					.containsExactlyElementsOf(indicators.reported().stream().map(Indicator::code).toList())
					.contains("POPULATION").doesNotContain("COVERED_HOUSEHOLDS");
			}
		}
	}

	@Test
	void theTemplateAsDownloadedImportsItsExampleRowAsADraftOfTheUploader() throws Exception {
		byte[] template = calls.page("xa", get("/indicators/reported/template.xlsx")).getContentAsByteArray();
		MockHttpServletResponse response = calls.page("xa", multipart("/indicators/reported/import")
			.file(new MockMultipartFile("file", "mau.xlsx", XLSX, template)));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/indicators/reported?view=mine&status=DRAFT");
		assertThat(response.getContentAsString()).isEmpty();

		var made = jdbc.sql("""
				select u.code, r.indicator, to_char(r.period_from, 'MM/YYYY'), to_char(r.period_to, 'MM/YYYY'), r.value,
				       r.note, r.status, r.entered_by from reported_value r join admin_unit u on u.id = r.unit_id
				where r.entered_at >= ?""").param(start)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5).toPlainString(), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		assertThat(made).containsExactly(List.of("27781", "VNEID_DOSSIERS", "01/2024", "12/2024", "7350",
				"Số liệu Công an xã gửi ngày 05/01/2025", "DRAFT", "xa"));
	}

	@Test
	void everyRowOfAGoodFileBecomesADraftWithNumbersAndMonthsReadAsTheyShow() throws Exception {
		AdminUnit hamlet = fx.newHamlet("27781");
		byte[] file = workbook(HEADER,
				List.of(hamlet.code(), "APP_USERS", "03/2024", "03/2024", "1.351", "Đơn vị vận hành gửi"),
				List.of(27781, "vneid_activated", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), 975628, ""),
				List.of("27781", "DOSSIERS_ON_TIME", "1/2024", "12/2024", "99,9", ""),
				List.of("", "", "", "", "", ""),
				List.of("27781", "FEEDBACK_RECEIVED", "2024-01", "2024-12", 2330.0, "Hệ thống 1022"));

		var answer = upload("xa", file, "vi");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.json().get("rows").asInt()).isEqualTo(4);
		List<UUID> ids = answer.json().get("created").valueStream().map(n -> UUID.fromString(n.asString())).toList();
		assertThat(ids).hasSize(4);

		List<String> made = ids.stream().map(id -> {
			JsonNode v = calls.get("xa", id).json();
			return v.get("unitCode").asString() + " " + v.get("indicator").asString() + " " + v.get("from").asString() + " "
					+ v.get("to").asString() + " " + v.get("value").decimalValue().toPlainString() + " "
					+ v.get("status").asString() + " " + v.get("enteredBy").asString() + " "
					+ v.get("history").get(0).get("action").asString();
		}).toList();
		assertThat(made).containsExactly(hamlet.code() + " APP_USERS 2024-03 2024-03 1351 DRAFT xa ENTERED",
				"27781 VNEID_ACTIVATED 2024-01 2024-06 975628 DRAFT xa ENTERED",
				"27781 DOSSIERS_ON_TIME 2024-01 2024-12 99.9 DRAFT xa ENTERED",
				"27781 FEEDBACK_RECEIVED 2024-01 2024-12 2330 DRAFT xa ENTERED");
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'REPORTED_VALUE' and action = 'CREATE'"
				+ " and at >= ?").param(start).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aFileWithASingleBadRowSavesNothingAndListsEveryErrorByRowAndColumn() throws Exception {
		byte[] file = workbook(HEADER,
				List.of("27781", "APP_USERS", "03/2024", "03/2024", "120", ""),
				List.of("99999", "APP_USERS", "03/2024", "03/2024", "120", ""),
				List.of("27781", "COVERED_HOUSEHOLDS", "03/2024", "03/2024", "120", ""),
				List.of("27781", "APP_USERS", "2024/13", "03/2024", "120", ""),
				List.of("27781", "VNEID_DOSSIERS", "03/2024", "03/2024", "-5", ""),
				List.of("27781", "APP_USERS", "03/2024", "03/2024", "121", ""),
				List.of("27781", "FEEDBACK_HANDLED", "01/2024", "06/2024", "40", ""),
				List.of("27781", "FEEDBACK_HANDLED", "06/2024", "12/2024", "50", ""),
				List.of("27781", "DOSSIERS_ON_TIME", "01/2024", "12/2024", "nhiều", ""));
		long before = fx.count();

		var response = calls.page("xa", multipart("/indicators/reported/import")
			.file(new MockMultipartFile("file", "so-lieu.xlsx", XLSX, file)));
		assertThat(response.getStatus()).isEqualTo(400);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tệp có 7 lỗi: chưa lưu giá trị nào.").contains("Tất cả hoặc không");
		assertThat(Html.tableRows(html, "import-errors")).containsExactly(
				List.of("3", "Mã đơn vị", "Mã đơn vị “99999” không tồn tại hoặc nằm ngoài phạm vi của bạn."),
				List.of("4", "Mã chỉ tiêu", "Chỉ tiêu COVERED_HOUSEHOLDS được Ngõ Số tự tính từ dữ liệu của tổ, không nhập tay."),
				List.of("5", "Từ tháng (MM/yyyy)", "Tháng không đúng dạng MM/yyyy (ví dụ 03/2024)."),
				List.of("6", "Giá trị", "Giá trị không được âm."),
				List.of("7", "Mã chỉ tiêu", "Trùng đơn vị, chỉ tiêu và kỳ với dòng 2."),
				List.of("9", "Từ tháng (MM/yyyy)", "Kỳ trùng một phần với dòng 8 (01/2024 – 06/2024): số liệu sẽ bị cộng hai lần."),
				List.of("10", "Giá trị", "Giá trị phải là một số (ví dụ 1.351.439 hoặc 99,9)."));
		assertThat(fx.count()).isEqualTo(before);

		var api = upload("xa", file, "en");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.detail()).isEqualTo("The file has 7 errors: nothing was saved.");
		JsonNode first = api.json().get("errors").get(0);
		assertThat(first.get("row").asInt()).isEqualTo(3);
		assertThat(first.get("column").asString()).isEqualTo("Mã đơn vị");
		assertThat(first.get("message").asString()).isEqualTo("Unit code “99999” does not exist or lies outside your scope.");
		assertThat(fx.count()).isEqualTo(before);
	}

	/** A spreadsheet holds a NUL as {@code _x0000_}; PostgreSQL refuses it even in the unit lookup (it was a 500). */
	@Test
	void aNulInACellIsAnErrorOfItsRowAndColumnAndNothingIsSaved() throws Exception {
		byte[] file = workbook(HEADER, List.of("27781", "APP_USERS", "03/2024", "03/2024", "120", ""),
				List.of("27781_x0000_", "APP_USERS", "04/2024", "04/2024", "120", ""));
		long before = fx.count();

		var response = calls.page("xa", multipart("/indicators/reported/import")
			.file(new MockMultipartFile("file", "so-lieu.xlsx", XLSX, file)));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Html.tableRows(response.getContentAsString(StandardCharsets.UTF_8), "import-errors")).containsExactly(
				List.of("3", "Mã đơn vị", "Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL) trong nội dung: hãy gõ lại ô này thay vì dán."));
		assertThat(fx.count()).isEqualTo(before);
	}

	@Test
	void aWrongHeaderOrAFileThatIsNoWorkbookIsRefusedWhole() throws Exception {
		long before = fx.count();
		List<String> wrong = new ArrayList<>(HEADER);
		wrong.set(0, "Mã xã");
		byte[] file = workbook(wrong, List.of("27781", "APP_USERS", "03/2024", "03/2024", "120", ""));
		String header = "Dòng tiêu đề phải đúng là: Mã đơn vị, Mã chỉ tiêu, Từ tháng (MM/yyyy), Đến tháng (MM/yyyy), Giá trị, Ghi chú";

		var page = calls.page("xa", multipart("/indicators/reported/import")
			.file(new MockMultipartFile("file", "sai.xlsx", XLSX, file)));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(Html.unescape(page.getContentAsString(StandardCharsets.UTF_8))).contains("Tệp “sai.xlsx” không được nhận:")
			.contains(header);
		assertThat(upload("xa", file, "vi").detail()).isEqualTo(header);

		var text = upload("xa", "Mã đơn vị,Mã chỉ tiêu\n27781,APP_USERS\n".getBytes(StandardCharsets.UTF_8), "vi");
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.detail()).isEqualTo("Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu.");
		assertThat(upload("xa", workbook(HEADER), "vi").detail()).isEqualTo("Tệp không có dòng dữ liệu nào.");
		var none = calls.page("xa", multipart("/indicators/reported/import"));
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Vui lòng chọn một tệp Excel (.xlsx).");
		assertThat(fx.count()).isEqualTo(before);
	}

	private ReportedCalls.Answer upload(String user, byte[] file, String language) throws Exception {
		return calls.api(user, multipart(ReportedCalls.API + "/import")
			.file(new MockMultipartFile("file", "so-lieu.xlsx", XLSX, file)), null, language);
	}

	/** A workbook with these rows: strings as text, numbers as numbers, dates as dates shown MM/yyyy. */
	@SafeVarargs
	static byte[] workbook(List<?>... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Số liệu");
			CellStyle month = workbook.createCellStyle();
			month.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].size(); c++) {
					Object value = rows[r].get(c);
					Cell cell = row.createCell(c);
					if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(month);
					}
					else {
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
