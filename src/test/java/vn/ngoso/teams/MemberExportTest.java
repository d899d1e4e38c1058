package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/** The member list of a commune as an Excel workbook: Vietnamese headers, one row per active member. */
@IntegrationTest
class MemberExportTest {

	static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số điện thoại", "Vai trò", "Tổ",
			"Đoàn thể", "Thanh niên", "Ngày vào tổ", "Ngày rời tổ");

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	CommuneFixtures xa;

	long commune;

	JsonNode leaver;

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
		commune = xa.communeId();
		// A team of our own in the commune, one of whose members has left: left members are not exported.
		long team = xa.newTeam();
		for (int i = 0; i < 4; i++) {
			xa.addMember(team);
		}
		leaver = xa.addMember(team);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/members/" + leaver.get("id").asLong() + "/leave").header("Authorization", xa.bearer()))
			.andExpect(status().isOk());
	}

	@Test
	void exportIsAWorkbookWithVietnameseHeadersAndOneRowPerActiveMember() throws Exception {
		Sheet sheet = export().getSheetAt(0);
		assertThat(sheet.getSheetName()).isEqualTo("Thành viên");

		List<String> header = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
		assertThat(header).isEqualTo(HEADERS);

		Map<String, JsonNode> byPhone = new HashMap<>();
		long total = -1;
		for (int page = 0; total < 0 || page * 500L < total; page++) {
			JsonNode listed = xa.getJson("/api/v1/members?unit=" + CommuneFixtures.COMMUNE_CODE + "&size=500&page=" + page);
			total = listed.get("total").asLong();
			listed.get("items").forEach(m -> byPhone.put(m.get("phone").asString(), m));
		}
		assertThat(total).isGreaterThan(5);
		assertThat(byPhone).hasSize((int) total);
		assertThat(sheet.getLastRowNum()).as("data rows").isEqualTo(total);
		assertThat(pageTotal()).isEqualTo(total);

		assertThat(byPhone).doesNotContainKey(leaver.get("phone").asString());
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			JsonNode member = byPhone.remove(row.getCell(3).getStringCellValue());
			assertThat(member).as("row %d is a listed active member", r).isNotNull();
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(member.get("fullName").asString());
			assertThat(row.getCell(9)).as("no leaving date for an active member").isNull();
		}
		assertThat(byPhone).as("every listed member has a row").isEmpty();
	}

	@Test
	void datesAreRealExcelDatesShownAsDayMonthYear() throws Exception {
		Sheet sheet = export().getSheetAt(0);
		DataFormatter formatter = new DataFormatter();
		Row row = findRow(sheet, leaver.get("phone").asString());
		assertThat(row).as("the member who left is not exported").isNull();

		JsonNode someone = xa.getJson("/api/v1/members?unit=" + CommuneFixtures.COMMUNE_CODE + "&size=1").get("items").get(0);
		row = findRow(sheet, someone.get("phone").asString());
		Cell birth = row.getCell(1);
		assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
		assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
		assertThat(formatter.formatCellValue(birth))
			.isEqualTo(LocalDate.parse(someone.get("birthDate").asString()).format(DMY));
		assertThat(formatter.formatCellValue(row.getCell(8)))
			.isEqualTo(LocalDate.parse(someone.get("joinedOn").asString()).format(DMY));
	}

	@Test
	void sexRoleAndYouthAreWrittenInVietnamese() throws Exception {
		Sheet sheet = export().getSheetAt(0);
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			assertThat(row.getCell(2).getStringCellValue()).isIn("Nam", "Nữ");
			assertThat(row.getCell(4).getStringCellValue()).isIn("Tổ trưởng", "Tổ phó", "Thành viên");
			assertThat(row.getCell(7).getStringCellValue()).isIn("Có", "Không");
		}
	}

	private XSSFWorkbook export() throws Exception {
		byte[] bytes = mvc.perform(get("/members/export.xlsx").param("unitId", String.valueOf(commune))
				.with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/** The total the members page shows for the same filter. */
	private long pageTotal() throws Exception {
		String html = mvc.perform(get("/members").param("unitId", String.valueOf(commune))
				.with(new DemoUsers(users).as("xa")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var m = java.util.regex.Pattern.compile("Tổng: ([\\d.]+)").matcher(html);
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1).replace(".", ""));
	}

	private static Row findRow(Sheet sheet, String phone) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r).getCell(3).getStringCellValue().equals(phone)) {
				return sheet.getRow(r);
			}
		}
		return null;
	}
}
