package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * Importing points from real XLSX files: the template downloads with the header and example rows
 * (and imports as it is); a good file creates every row, a market and its stall named in the same
 * file included; a file with one bad row creates nothing and lists every bad row by row, column
 * and Vietnamese message; a wrong header or a file that is no workbook is refused whole.
 */
@IntegrationTest
class MerchantImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	MerchantFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new MerchantFixtures(mvc, jdbc);
	}

	private static List<String> row(String kind, String name, String hamlet, String methods, String started, String market,
			String team) {
		return List.of(kind, name, "Số 3, ấp Cả Bản", "27781", hamlet, "", "", methods, started, market, team);
	}

	@Test
	void aGoodFileCreatesEveryRowWithItsMarketAndTeam() throws Exception {
		String market = MerchantFixtures.uniqueName("Chợ Thử");
		String stall = MerchantFixtures.uniqueName("Sạp Thử");
		String shop = MerchantFixtures.uniqueName("Cửa hàng Thử");
		List<List<String>> rows = List.of(
				row("Sạp trong chợ", stall, "", "VietQR", "02/04/2024", market, ""),
				row("Cho", market, "Ap Ca Ban", "The ATM, vietqr", "01/04/2024", "", ""),
				List.of("Cửa hàng tiện lợi", shop, "Số 9", "27781", "Ấp 2", "10,8801", "105.7902", "Mobile Money; Ví điện tử",
						"15/01/2023", "", "Tổ CNSCĐ Ấp Cả Bản"));
		long before = fx.merchants();
		var response = fx.upload("xa", MerchantFixtures.workbook(MerchantFixtures.HEADER, rows));
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(201);
		assertThat(fx.merchants()).isEqualTo(before + 3);
		JsonNode s = fx.find("xa", stall);
		assertThat(s.get("kind").asString()).isEqualTo("MARKET_STALL");
		assertThat(s.get("marketName").asString()).isEqualTo(market);
		assertThat(s.get("unitName").asString()).isEqualTo("Ấp Cả Bản");
		JsonNode c = fx.find("xa", shop);
		assertThat(c.get("methods").findValuesAsString("")).isEmpty();
		assertThat(c.get("methods").toString()).isEqualTo("[\"MOBILE_MONEY\",\"E_WALLET\"]");
		assertThat(c.get("teamName").asString()).isEqualTo("Tổ CNSCĐ Ấp Cả Bản");
		assertThat(c.get("latitude").asDouble()).isEqualTo(10.8801);
		assertThat(c.get("startedOn").asString()).isEqualTo("2023-01-15");
		// the same file again: every row is already there, nothing is written twice
		var again = fx.upload("xa", MerchantFixtures.workbook(MerchantFixtures.HEADER, rows));
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(fx.merchants()).isEqualTo(before + 3);
	}

	@Test
	void oneBadRowAndNothingIsWrittenEveryErrorNamed() throws Exception {
		String good = MerchantFixtures.uniqueName("Cửa hàng Tốt");
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("Cửa hàng tiện lợi", good, "", "VietQR", "01/02/2024", "", ""));
		rows.add(row("Ki-ốt", MerchantFixtures.uniqueName("A"), "", "VietQR", "01/02/2024", "", ""));
		rows.add(row("Siêu thị", MerchantFixtures.uniqueName("B"), "", "", "01/02/2024", "", ""));
		rows.add(List.of("Siêu thị", MerchantFixtures.uniqueName("C"), "Số 1", "27781", "", "48,85", "2,35", "Thẻ ATM",
				"01/02/2024", "", ""));
		rows.add(row("Sạp trong chợ", MerchantFixtures.uniqueName("D"), "", "VietQR", "01/02/2024", "", ""));
		rows.add(row("Sạp trong chợ", MerchantFixtures.uniqueName("E"), "", "VietQR", "01/02/2024", "Chợ Không Có", ""));
		rows.add(List.of("Chợ", MerchantFixtures.uniqueName("F"), "Số 1", fx.neighbourCommune(), "", "", "", "Thẻ ATM",
				"01/02/2024", "", ""));
		rows.add(row("Chợ", MerchantFixtures.uniqueName("G"), "Ấp Không Có", "Thẻ ATM", "01/02/2024", "", ""));
		rows.add(row("Chợ", MerchantFixtures.uniqueName("H"), "", "Thẻ ATM", "31/02/2024", "", ""));
		rows.add(row("Chợ", MerchantFixtures.uniqueName("I"), "", "Bitcoin", "01/02/2024", "", ""));
		long before = fx.merchants();
		var response = fx.upload("xa", MerchantFixtures.workbook(MerchantFixtures.HEADER, rows));
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		assertThat(text).doesNotContain("Exception");
		JsonNode problem = fx.http().read(text);
		assertThat(problem.get("detail").asString()).isEqualTo("Có 10 lỗi; chưa điểm nào được lưu.");
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " | " + e.get("column").asString() + " | "
				+ e.get("message").asString()));
		assertThat(errors).containsExactly(
				"3 | Loại | Loại điểm: không có loại «Ki-ốt»; chọn Trung tâm thương mại, Siêu thị, Cửa hàng tiện lợi, Chợ hoặc Sạp trong chợ.",
				"4 | Phương thức thanh toán | Phương thức thanh toán: chọn ít nhất một phương thức.",
				"5 | Vĩ độ | Vĩ độ: phải nằm trong lãnh thổ Việt Nam (từ 6 đến 23,5).",
				"5 | Kinh độ | Kinh độ: phải nằm trong lãnh thổ Việt Nam (từ 102 đến 117,5).",
				"6 | Chợ (của sạp) | Chợ: sạp trong chợ phải thuộc một chợ.",
				"7 | Chợ (của sạp) | Chợ: không có chợ «Chợ Không Có» trong Xã Tuyên Bình (đã lưu hoặc trong tệp).",
				"8 | Mã xã | Mã xã: không có xã mã " + fx.neighbourCommune() + " trong phạm vi của bạn.",
				"9 | Ấp/khu phố | Ấp/khu phố: không có «Ấp Không Có» trong Xã Tuyên Bình.",
				"10 | Ngày bắt đầu (dd/MM/yyyy) | Ngày bắt đầu: «31/02/2024» không phải ngày dạng dd/MM/yyyy.",
				"11 | Phương thức thanh toán | Phương thức thanh toán: không có phương thức «Bitcoin»; chọn Thẻ tín dụng, Thẻ ATM,"
						+ " VietQR, Mobile Money hoặc Ví điện tử.");
		assertThat(fx.merchants()).isEqualTo(before);
		assertThat(fx.find("xa", good)).isNull();
	}

	/** A spreadsheet holds a NUL as {@code _x0000_}; PostgreSQL refuses it even in the commune lookup (it was a 500). */
	@Test
	void aNulInACellIsAnErrorOfItsRowAndNothingIsWritten() throws Exception {
		String good = MerchantFixtures.uniqueName("Cửa hàng Tốt");
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("Cửa hàng tiện lợi", good, "", "VietQR", "01/02/2024", "", ""));
		rows.add(List.of("Siêu thị", MerchantFixtures.uniqueName("N"), "Số 1", "27781_x0000_", "", "", "", "Thẻ ATM",
				"01/02/2024", "", ""));
		long before = fx.merchants();

		var response = fx.upload("xa", MerchantFixtures.workbook(MerchantFixtures.HEADER, rows));

		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(400);
		JsonNode error = fx.http().read(text).get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(3);
		assertThat(error.get("column").asString()).isEqualTo("Mã xã");
		assertThat(error.get("message").asString()).startsWith("Có ký tự điều khiển không hợp lệ");
		assertThat(fx.merchants()).isEqualTo(before);
		assertThat(fx.find("xa", good)).isNull();
	}

	@Test
	void theTemplateIsAWorkbookWithTheHeaderAndItsExamplesImport() throws Exception {
		var response = fx.http().getRaw("xa", "/api/v1/merchants/template.xlsx");
		assertThat(response.getStatus()).isEqualTo(200);
		byte[] bytes = response.getContentAsByteArray();
		List<String> header = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			Row first = workbook.getSheetAt(0).getRow(0);
			first.forEach(c -> header.add(c.getStringCellValue()));
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
		}
		assertThat(header).isEqualTo(MerchantFixtures.HEADER);
	}

	@Test
	void aWrongHeaderOrNoWorkbookIsRefusedWhole() throws Exception {
		long before = fx.merchants();
		var wrong = fx.upload("xa", MerchantFixtures.workbook(List.of("Tên", "Loại"), List.of(List.of("A", "Chợ"))));
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(fx.http().read(wrong.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
			.startsWith("Dòng đầu phải đúng các cột của mẫu: Loại, Tên");
		var text = fx.upload("xa", "Loại,Tên\nChợ,A\n".getBytes(StandardCharsets.UTF_8));
		assertThat(fx.http().read(text.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
			.isEqualTo("Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu.");
		assertThat(fx.merchants()).isEqualTo(before);
	}

	@Test
	void thePageListsTheRowErrors() throws Exception {
		byte[] file = MerchantFixtures.workbook(MerchantFixtures.HEADER,
				List.of(row("Chợ", MerchantFixtures.uniqueName("P"), "", "", "01/02/2024", "", "")));
		long before = fx.merchants();
		String html = mvc.perform(multipart("/merchants/import")
				.file(new MockMultipartFile("file", "diem.xlsx", MerchantFixtures.XLSX, file))
				.with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Html.tableRows(html, "import-errors")).containsExactly(
				List.of("2", "Phương thức thanh toán", "Phương thức thanh toán: chọn ít nhất một phương thức."));
		assertThat(fx.merchants()).isEqualTo(before);
	}
}
