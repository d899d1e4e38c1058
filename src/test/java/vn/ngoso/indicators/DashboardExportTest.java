package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Every dashboard table exports to Excel with the page's period: read back with POI, the sheets
 * hold real numbers (counts, rates as percentages) equal to the live figures.
 */
@IntegrationTest
class DashboardExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures figures;

	DashboardFixtures fx;

	long commune;

	@BeforeEach
	void setUp() {
		fx = new DashboardFixtures(jdbc, new HouseholdFixtures(mvc, jdbc));
		commune = fx.unitId("27781");
	}

	@Test
	void theWholeWorkbookHasOneSheetPerTableNamedInVietnamese() throws Exception {
		var response = export("xa", "/dashboard/" + commune + "/export.xlsx");
		assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		YearMonth now = YearMonth.from(HouseholdFixtures.today());
		assertThat(response.getHeader("Content-Disposition"))
			.contains("bang-dieu-khien-27781-" + now.getYear() + "-01-" + now + ".xlsx");
		try (Workbook book = read(response)) {
			List<String> sheets = new ArrayList<>();
			book.forEach(s -> sheets.add(s.getSheetName()));
			assertThat(sheets).containsExactly("Chỉ tiêu", "Đơn vị trực thuộc", "Xếp hạng", "Theo tháng", "Số liệu báo cáo");
			Sheet indicators = book.getSheet("Chỉ tiêu");
			assertThat(indicators.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Bảng điều khiển Tổ công nghệ số cộng đồng: Xã Tuyên Bình");
			assertThat(indicators.getRow(1).getCell(0).getStringCellValue()).startsWith("Kỳ: Từ đầu năm " + now.getYear());
			assertThat(texts(indicators.getRow(3))).startsWith("Chỉ tiêu", "Giá trị", "Đơn vị tính");
			Map<String, FigureValue> expected = figures.of(commune, DashboardFixtures.yearToDate());
			Row teams = rowStartingWith(indicators, "Số tổ");
			assertThat(teams.getCell(1).getNumericCellValue()).isEqualTo(expected.get("TEAMS").value().doubleValue());
			Row smartphone = rowStartingWith(indicators, "Người từ 15 tuổi có điện thoại thông minh");
			assertThat(smartphone.getCell(1).getNumericCellValue())
				.isCloseTo(expected.get("SMARTPHONE_RATE").value().doubleValue() / 100, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(smartphone.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(smartphone.getCell(4).getNumericCellValue()).isEqualTo(0.8);
			Sheet reported = book.getSheet("Số liệu báo cáo");
			assertThat(rowStartingWith(reported, "Hồ sơ định danh điện tử mức 2 đã thu nhận").getCell(2).getStringCellValue())
				.isEqualTo("chưa có dữ liệu");
		}
	}

	@Test
	void theChildSheetHoldsEachHamletsFiguresAndTheCommunesTotal() throws Exception {
		String period = "?from=2025-01&to=" + YearMonth.from(HouseholdFixtures.today());
		var response = export("xa", "/dashboard/" + commune + "/export.xlsx" + period + "&table=children");
		assertThat(response.getHeader("Content-Disposition")).contains("-children.xlsx");
		Period asked = new Period(YearMonth.of(2025, 1), YearMonth.from(HouseholdFixtures.today()));
		List<Long> hamlets = jdbc.sql("select id from admin_unit where parent_id = ?").param(commune).query(Long.class).list();
		Map<Long, Map<String, FigureValue>> expected = figures.of(hamlets, asked);
		try (Workbook book = read(response)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kỳ: Từ tháng 01/2025 đến hết tháng "
					+ String.format("%02d/%d", asked.to().getMonthValue(), asked.to().getYear()));
			List<String> header = texts(sheet.getRow(3));
			assertThat(header).containsExactly("Đơn vị", "Mã đơn vị", "Tổ", "Thành viên", "Thanh niên", "Hộ",
					"Hộ có người thành thạo", "Tỷ lệ hộ có người thành thạo", "Hộ được HD dịch vụ công",
					"Hộ được HD ứng dụng tỉnh", "Hộ được HD không tiền mặt", "Lượt đến nhà");
			double covered = 0;
			for (int r = 4; r < 4 + hamlets.size(); r++) {
				Row row = sheet.getRow(r);
				long id = fx.unitId(row.getCell(1).getStringCellValue());
				Map<String, FigureValue> hamlet = expected.get(id);
				assertThat(row.getCell(6).getNumericCellValue()).as(row.getCell(0).getStringCellValue())
					.isEqualTo(hamlet.get("COVERED_HOUSEHOLDS").value().doubleValue());
				assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(hamlet.get("HOUSEHOLDS").value().doubleValue());
				assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(hamlet.get("VISITS").value().doubleValue());
				covered += row.getCell(6).getNumericCellValue();
			}
			Row total = sheet.getRow(4 + hamlets.size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Cộng: Xã Tuyên Bình");
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(covered)
				.isEqualTo(figures.of(commune, asked).get("COVERED_HOUSEHOLDS").value().doubleValue());
			assertThat(total.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		}
	}

	@Test
	void theTrendSheetHasOneRowPerMonthOfThePeriod() throws Exception {
		var response = export("xa", "/dashboard/" + commune + "/export.xlsx?from=2025-04&to=2025-06&table=trend");
		try (Workbook book = read(response)) {
			Sheet sheet = book.getSheet("Theo tháng");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kỳ: Quý 2/2025");
			assertThat(texts(sheet.getRow(3))).containsExactly("Tháng", "Hộ có người dùng thành thạo (cuối tháng)",
					"Lượt đến từng nhà trong tháng");
			assertThat(List.of(sheet.getRow(4), sheet.getRow(5), sheet.getRow(6)))
				.extracting(r -> r.getCell(0).getStringCellValue()).containsExactly("04/2025", "05/2025", "06/2025");
			assertThat(sheet.getRow(7)).isNull();
		}
	}

	@Test
	void aBadPeriodIsRefusedNotExportedForAnotherPeriod() throws Exception {
		mvc.perform(get("/dashboard/" + commune + "/export.xlsx?from=2025-13").with(new DemoUsers(users).as("xa")))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletResponse export(String user, String url) throws Exception {
		return mvc.perform(get(url).with(new DemoUsers(users).as(user))).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static Workbook read(MockHttpServletResponse response) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(c -> texts.add(c.getStringCellValue()));
		return texts;
	}
}
