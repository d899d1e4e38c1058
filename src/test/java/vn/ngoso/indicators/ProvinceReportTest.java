package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;

/**
 * The report for Tỉnh Long An on the demo data, which no other test changes (the configuration
 * is {@code DemoDataTest}'s, so both run on one context and one database): the source text's
 * team figures as the platform tracks them, the demo's sessions and desk days from records,
 * "chưa có dữ liệu" wherever nothing is known yet,
 * the same on the page, in the XLSX and in the PDF.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProvinceReportTest {

	static final String TITLE = "Báo cáo kết quả hoạt động Tổ công nghệ số cộng đồng";

	static final String UNKNOWN = "chưa có dữ liệu";

	static final String TRACKED = "Ngõ Số (theo dõi trên nền tảng)";

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void thePageShowsTheTeamFiguresOfTheSourceTextAndNoDataWhereNothingIsKnown() throws Exception {
		String html = page("/reports/summary?unit=80");
		assertThat(html).contains(TITLE, "Đơn vị: Tỉnh Long An (mã 80)", "Kỳ báo cáo: lũy kế từ tháng 01/2022 đến tháng");
		List<List<String>> rows = Html.tableRows(html, "report-table");
		assertThat(rows).as("the source text's 15 lines and the confidence line (issue 18)").hasSize(16);
		assertThat(rows.get(0)).containsExactly("1", "Xã, phường, thị trấn có Tổ công nghệ số cộng đồng", "188/188",
				"Ngõ Số (theo dõi trên nền tảng)");
		assertThat(rows.get(1)).containsExactly("2", "Số Tổ công nghệ số cộng đồng / thành viên / thành viên là thanh niên",
				"998 / 5.485 / 4.980", "Ngõ Số (theo dõi trên nền tảng)");
		// the demo's sessions and desk days in Tuyên Bình and at the provincial centre, from records
		assertThat(rows.get(2)).containsExactly("3", "Tờ rơi tuyên truyền đã phát", "910", TRACKED);
		assertThat(rows.get(3)).containsExactly("4", "Buổi tuyên truyền, hướng dẫn nộp hồ sơ và thanh toán trực tuyến",
				"6", TRACKED);
		long accounts = jdbc.sql("select sum(accounts_helped) from service_desk_day").query(Long.class).single();
		assertThat(rows.get(4)).containsExactly("5",
				"Tài khoản người dân được hỗ trợ thực hiện thủ tục hành chính tại bộ phận một cửa",
				String.format(java.util.Locale.ROOT, "%,d", accounts).replace(',', '.'), TRACKED);
		// nothing is approved yet: every reported figure is unknown, never a zero
		for (int line : new int[] { 7, 9, 13 }) {
			assertThat(rows.get(line).get(2)).as("line %d", line + 1).isEqualTo(UNKNOWN);
		}
		// bank accounts: no State Bank figure approved, so the platform's own count, as on the dashboard
		assertThat(rows.get(12).get(2)).matches("\\d{1,3}(\\.\\d{3})*");
		assertThat(rows.get(12).get(3)).isEqualTo(TRACKED);
		assertThat(rows.get(9)).containsExactly("10", "Hồ sơ định danh điện tử mức 2 đã thu nhận / tài khoản đã kích hoạt",
				UNKNOWN, "Công an tỉnh");
		assertThat(rows.get(6).get(3)).isEqualTo("Ngõ Số (theo dõi trên nền tảng); Tỉnh Đoàn");
		// feedback comes from the platform's records (the demo has a few items, not yet answered)
		assertThat(rows.get(8).get(2)).matches("\\d+ / \\d+");
		assertThat(rows.get(8).get(3)).isEqualTo("Ngõ Số (theo dõi trên nền tảng)");
		assertThat(rows.get(13).get(3)).isEqualTo("Văn phòng UBND");
		// cashless acceptance points come from the records (the demo's market, shop and supermarket of 2025,
		// and whatever other tests have added): one count per kind, as the merchant table holds them
		String points = String.join(" / ", java.util.stream.Stream.of("COMMERCIAL_CENTRE", "SUPERMARKET",
				"CONVENIENCE_STORE", "MARKET").map(kind -> String.valueOf(jdbc.sql(
						"select count(*) from merchant where kind = ? and started_on <= current_date").param(kind)
					.query(Long.class).single())).toList());
		assertThat(rows.get(11).get(2)).isEqualTo(points);
		assertThat(rows.get(11).get(3)).isEqualTo("Ngõ Số (theo dõi trên nền tảng)");
	}

	@Test
	void theWorkbookHoldsTheSameLinesAndTheFiguresAsNumbers() throws Exception {
		byte[] bytes = mvc.perform(get("/reports/summary.xlsx?unit=80").with(as("tinh"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet report = workbook.getSheet("Báo cáo");
			assertThat(report).isNotNull();
			assertThat(text(report, 4, 0)).isEqualTo("BÁO CÁO");
			assertThat(text(report, 5, 0)).isEqualTo("Kết quả hoạt động Tổ công nghệ số cộng đồng");
			assertThat(text(report, 6, 0)).isEqualTo("Đơn vị: Tỉnh Long An (mã 80)");
			assertThat(text(report, 7, 0)).startsWith("Kỳ báo cáo: lũy kế từ tháng 01/2022 đến tháng ");
			assertThat(texts(report.getRow(10))).containsExactly("STT", "Chỉ tiêu", "Số liệu", "Kết quả", "Nguồn số liệu");
			assertThat(report.getRow(11).getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(text(report, 11, 1)).isEqualTo("Xã, phường, thị trấn có Tổ công nghệ số cộng đồng");
			assertThat(report.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(188);
			assertThat(report.getRow(12).getCell(3).getNumericCellValue()).isEqualTo(188);
			assertThat(text(report, 11, 4)).isEqualTo("Ngõ Số (theo dõi trên nền tảng)");
			// line 2, one number a row: 998 / 5.485 / 4.980
			assertThat(report.getRow(13).getCell(0).getNumericCellValue()).isEqualTo(2);
			assertThat(List.of(13, 14, 15).stream().map(r -> report.getRow(r).getCell(3).getNumericCellValue()).toList())
				.containsExactly(998.0, 5485.0, 4980.0);
			assertThat(text(report, 16, 1)).isEqualTo("Tờ rơi tuyên truyền đã phát");
			assertThat(report.getRow(16).getCell(3).getNumericCellValue()).isEqualTo(910);
			assertThat(texts(report.getRow(10))).hasSize(5);
					Sheet figures = workbook.getSheet("Số liệu chi tiết");
			assertThat(texts(figures.getRow(4))).containsExactly("Dòng", "Mã chỉ tiêu", "Chỉ tiêu", "Kết quả",
					"Cách tính", "Nguồn số liệu");
			assertThat(figure(figures, "COMMUNES_WITH_TEAMS")).isEqualTo(188);
			assertThat(figure(figures, "COMMUNES")).isEqualTo(188);
			assertThat(figure(figures, "TEAMS")).isEqualTo(998);
			assertThat(figure(figures, "MEMBERS")).isEqualTo(5485);
			assertThat(figure(figures, "YOUTH_MEMBERS")).isEqualTo(4980);
			Row members = row(figures, "MEMBERS");
			assertThat(members.getCell(2).getStringCellValue()).isEqualTo("Số thành viên");
			assertThat(members.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(members.getCell(4).getStringCellValue()).isEqualTo("Lũy kế đến cuối kỳ");
			Row dossiers = row(figures, "VNEID_DOSSIERS");
			assertThat(dossiers.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(dossiers.getCell(3).getStringCellValue()).isEqualTo(UNKNOWN);
			assertThat(dossiers.getCell(5).getStringCellValue()).isEqualTo("Công an tỉnh");
			assertThat(figure(figures, "LEAFLETS")).isEqualTo(910);
			assertThat(figure(figures, "OUTREACH_SESSIONS")).isEqualTo(6);
			assertThat(row(figures, "LEAFLETS").getCell(5).getStringCellValue()).isEqualTo(TRACKED);
		}
	}

	@Test
	void thePdfPrintsVietnameseWithItsOwnEmbeddedFontAndTheFigures() throws Exception {
		var response = mvc.perform(get("/reports/summary.pdf?unit=80").with(as("tinh"))).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("BÁO CÁO", "Kết quả hoạt động Tổ công nghệ số cộng đồng", "Xã, phường, thị trấn",
					"Đơn vị: Tỉnh Long An (mã 80)", "188/188", "998 / 5.485 / 4.980", UNKNOWN,
					"Hồ sơ định danh điện tử mức 2", "Công an tỉnh", "Ngõ Số (theo dõi trên nền tảng)", "Trang 1");
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("LiberationSerif"));
		}
	}

	@Test
	void theJsonGivesEachFigureWithItsSource() throws Exception {
		String json = mvc.perform(get("/api/v1/reports/summary?unit=80").header("Authorization",
				vn.ngoso.support.ApiTokens.tokenFor(mvc, "tinh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
		var lines = root.get("lines");
		assertThat(lines.get(0).get("value").asString()).isEqualTo("188/188");
		var teams = lines.get(1).get("figures");
		assertThat(teams.get(0).get("code").asString()).isEqualTo("TEAMS");
		assertThat(teams.get(0).get("value").asInt()).isEqualTo(998);
		assertThat(teams.get(1).get("value").asInt()).isEqualTo(5485);
		assertThat(teams.get(2).get("value").asInt()).isEqualTo(4980);
		assertThat(teams.get(0).get("source").asString()).isEqualTo("TRACKED");
		var vneid = lines.get(9).get("figures").get(0);
		assertThat(vneid.get("code").asString()).isEqualTo("VNEID_DOSSIERS");
		assertThat(vneid.get("value").isNull()).isTrue();
		assertThat(vneid.get("text").asString()).isEqualTo(UNKNOWN);
		assertThat(vneid.get("source").asString()).isEqualTo("POLICE");
		assertThat(root.get("period").get("from").asString()).isEqualTo("2022-01");
	}

	@Test
	void theReportForTwentyTwentyFourTheSourceTextsYearShowsTheSameTeamFigures() throws Exception {
		List<List<String>> rows = Html.tableRows(page("/reports/summary?unit=80&from=2024-01&to=2024-12"), "report-table");
		assertThat(rows.get(0).get(2)).isEqualTo("188/188");
		assertThat(rows.get(1).get(2)).isEqualTo("998 / 5.485 / 4.980");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(as("tinh"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return new DemoUsers(users).as(user);
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell cell = row.getCell(1);
			if (row.getRowNum() > 4 && cell != null && code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code);
	}

	private static double figure(Sheet sheet, String code) {
		Cell value = row(sheet, code).getCell(3);
		assertThat(value.getCellType()).as(code).isEqualTo(CellType.NUMERIC);
		return value.getNumericCellValue();
	}
}
