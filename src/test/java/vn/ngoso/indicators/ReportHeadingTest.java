package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ngoso.reported.ReportedFixtures;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.Territory;

/**
 * The report as an officer files it: the PDF and the workbook carry the heading and signature
 * block of an administrative report (Decree 30/2020/NĐ-CP), prefilled from the unit and today and
 * changed by what the officer sends; a bad value sends them back to the page that names it.
 */
@IntegrationTest
class ReportHeadingTest {

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportedValues values;

	@Autowired
	Territory territory;

	ReportedFixtures reported;

	@BeforeEach
	void setUp() {
		reported = new ReportedFixtures(values, users, jdbc, territory);
	}

	@AfterEach
	void cleanUp() {
		reported.cleanUp();
	}

	@Test
	void thePageOffersTheHeadingPrefilledWithTheCommunesCommitteeTheProvinceAndToday() throws Exception {
		String html = ok(get("/reports/summary?unit=27781")).getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"heading-form\"", "value=\"UBND XÃ TUYÊN BÌNH\"", "value=\"" + parentCommittee() + "\"",
				"value=\"/BC-UBND\"", "value=\"Long An\"", "value=\"" + DMY.format(HouseholdFixtures.today()) + "\"",
				"value=\"TM. ỦY BAN NHÂN DÂN\"", "value=\"CHỦ TỊCH\"", "- Lưu: VT.</textarea>");
	}

	@Test
	void thePdfCarriesTheNationalTitleTheIssuerTheDateTheRecipientsAndTheSignerAsSent() throws Exception {
		LocalDate day = HouseholdFixtures.today().minusDays(3);
		MockHttpServletResponse response = ok(withHeading(get("/reports/summary.pdf?unit=27781"), day));
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"UBND XÃ TUYÊN BÌNH", "Số: 15/BC-UBND", "Long An, " + vietnameseDate(day), "BÁO CÁO",
					"Kết quả hoạt động Tổ công nghệ số cộng đồng", "Nơi nhận:", "- UBND huyện Vĩnh Hưng (để báo cáo);",
					"- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà",
					"Số Tổ công nghệ số cộng đồng / thành viên");
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					var font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			// the place and date in italics, "Nơi nhận" in bold italics: each an embedded face of its own
			assertThat(fonts).anyMatch(f -> f.endsWith("LiberationSerif-Italic"))
				.anyMatch(f -> f.endsWith("LiberationSerif-BoldItalic")).anyMatch(f -> f.endsWith("LiberationSerif-Bold"))
				.allMatch(f -> f.contains("LiberationSerif"));
		}
	}

	@Test
	void thePdfWithoutAHeadingSentHasTheDefaultsDatedToday() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(ok(get("/reports/summary.pdf?unit=27781")).getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(parentCommittee(), "UBND XÃ TUYÊN BÌNH", "/BC-UBND",
					"Long An, " + vietnameseDate(HouseholdFixtures.today()), "CHỦ TỊCH", "- Lưu: VT.");
		}
	}

	@Test
	void theWorkbookHasTheHeadingEachFigureAsANumberWithItsHeadingAndPercentagesAsPercentages() throws Exception {
		YearMonth month = YearMonth.from(HouseholdFixtures.today());
		reported.approved("xa", "huyen", ReportedFixtures.entry("27781", "DOSSIERS_ON_TIME", month, month, "97.5"));
		LocalDate day = HouseholdFixtures.today();
		byte[] bytes = ok(withHeading(get("/reports/summary.xlsx?unit=27781&from=" + month + "&to=" + month), day))
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet, 0, 2)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(text(sheet, 1, 0)).isEqualTo("UBND XÃ TUYÊN BÌNH");
			assertThat(text(sheet, 1, 2)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
			assertThat(sheet.getRow(1).getCell(2).getCellStyle().getFontIndex()).isPositive();
			assertThat(text(sheet, 2, 0)).isEqualTo("Số: 15/BC-UBND");
			assertThat(text(sheet, 2, 2)).isEqualTo("Long An, " + vietnameseDate(day));
			assertThat(text(sheet, 4, 0)).isEqualTo("BÁO CÁO");
			List<String> header = new ArrayList<>();
			sheet.getRow(10).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).containsExactly("STT", "Chỉ tiêu", "Số liệu", "Kết quả", "Nguồn số liệu");

			Row teams = figureRow(sheet, "Số Tổ công nghệ số cộng đồng");
			assertThat(teams.getCell(1).getStringCellValue()).isEqualTo(
					"Số Tổ công nghệ số cộng đồng / thành viên / thành viên là thanh niên");
			assertThat(teams.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(teams.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			Row members = sheet.getRow(teams.getRowNum() + 1);
			assertThat(members.getCell(2).getStringCellValue()).isEqualTo("Số thành viên");
			assertThat(members.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(teams.getRowNum() + 2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			// no cell of the table holds several figures as text any more
			for (int r = 11; r <= sheet.getLastRowNum(); r++) {
				Cell value = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(3);
				if (value != null && value.getCellType() == CellType.STRING) {
					assertThat(value.getStringCellValue()).doesNotContain(" / ").doesNotMatch(".*\\d.*");
				}
			}
			Row onTime = figureRow(sheet, "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn");
			assertThat(onTime.getCell(3).getNumericCellValue()).isEqualTo(0.975);
			assertThat(onTime.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

			List<String> cells = new ArrayList<>();
			sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
			assertThat(cells).contains("Nơi nhận:", "- UBND huyện Vĩnh Hưng (để báo cáo);", "- Lưu: VT, VP.",
					"TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà");
		}
	}

	@Test
	void aBadHeadingIsAnsweredByThePageNamingTheFieldNeverAFile() throws Exception {
		var tooLong = mvc.perform(get("/reports/summary.pdf?unit=27781").param("issuingBody", "U".repeat(121)).with(xa()))
			.andExpect(status().isBadRequest()).andReturn().getResponse();
		assertThat(tooLong.getContentType()).startsWith("text/html");
		assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"heading-errors\"",
				"Ô “Cơ quan ban hành” dài quá 120 ký tự.", "<details class=\"report-heading no-print\" id=\"report-heading\" open");

		String again = mvc.perform(get("/reports/summary.xlsx?unit=27781").param("signerName", "Nguyễn\u0000Văn")
			.param("date", "31/02/2026").param("number", "7/BC-UBND").with(xa())).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Ô “Họ và tên người ký” có ký tự điều khiển không hợp lệ",
				"Ô “Ngày ban hành (dd/MM/yyyy)” phải là một ngày dạng dd/MM/yyyy (ví dụ 06/12/2026), không phải “31/02/2026”.",
				"value=\"7/BC-UBND\"");

		String future = mvc.perform(get("/reports/summary?unit=27781")
			.param("date", DMY.format(HouseholdFixtures.today().plusDays(1))).with(xa()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(future).contains("không được là ngày trong tương lai");
		String lines = mvc.perform(get("/reports/summary?unit=27781").param("recipients", "- Nơi\n".repeat(16)).with(xa()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(lines).contains("Ô “Nơi nhận (mỗi dòng một nơi)” có quá 15 dòng.");
	}

	/** "ngày 06 tháng 12 năm 2026": months January and February with a leading zero, the others without. */
	static String vietnameseDate(LocalDate day) {
		int month = day.getMonthValue();
		return String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(),
				month <= 2 ? String.format("%02d", month) : String.valueOf(month), day.getYear());
	}

	private String parentCommittee() {
		String name = jdbc.sql("select p.name from admin_unit u join admin_unit p on p.id = u.parent_id "
				+ "where u.code = '27781' order by u.valid_from limit 1").query(String.class).single();
		return "UBND " + name.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	private static MockHttpServletRequestBuilder withHeading(MockHttpServletRequestBuilder request, LocalDate day) {
		return request.param("number", "15/BC-UBND").param("date", DMY.format(day))
			.param("recipients", "- UBND huyện Vĩnh Hưng (để báo cáo);\r\n\r\n- Lưu: VT, VP.")
			.param("signerAuthority", "TM. ỦY BAN NHÂN DÂN").param("signerTitle", "PHÓ CHỦ TỊCH")
			.param("signerName", "Nguyễn Thị Thu Hà");
	}

	private static Row figureRow(Sheet sheet, String name) {
		for (Row row : sheet) {
			Cell cell = row.getCell(2);
			if (row.getRowNum() > 10 && cell != null && cell.getCellType() == CellType.STRING
					&& cell.getStringCellValue().equals(name)) {
				return row;
			}
		}
		throw new AssertionError("no row " + name);
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private MockHttpServletResponse ok(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(xa())).andExpect(status().isOk()).andReturn().getResponse();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor xa() {
		return new DemoUsers(users).as("xa");
	}
}
