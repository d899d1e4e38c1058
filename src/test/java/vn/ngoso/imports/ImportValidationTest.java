package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.IntegrationTest;

/** Every row-level check and every whole-file refusal, each with its row, column, value and message. */
@IntegrationTest
class ImportValidationTest {

	private static final String ADDRESS = "Số 3, Tổ 1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ImportRuns runs() {
		return new ImportRuns(mvc);
	}

	/** A file with one valid household and, after it, one household per broken rule. */
	@Test
	void eachBadRowIsReportedWithRowColumnValueAndMessage() throws Exception {
		String tomorrow = CommuneFixtures.today().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String nextYear = String.valueOf(CommuneFixtures.today().getYear() + 1);
		String good = HouseholdFile.code();
		String[] codes = new String[13];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = HouseholdFile.code();
		}
		String twice = HouseholdFile.cccd();
		String sameName = HouseholdFile.name();
		HouseholdFile file = new HouseholdFile()
			.resident(good, ADDRESS, HouseholdFile.name(), "01/02/1970", "Nam", "Chủ hộ", "0912000001", HouseholdFile.cccd()) // 2
			.resident(codes[0], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "07912345678") // 3
			.resident(codes[1], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "999123456789") // 4
			.resident(codes[2], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "0123", "") // 5
			.row("27781", "Ấp Không Có", codes[3], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "") // 6
			.resident(codes[4], ADDRESS, HouseholdFile.name(), tomorrow, "Nữ", "Chủ hộ", "", "") // 7
			.resident(codes[5], ADDRESS, HouseholdFile.name(), nextYear, "Nữ", "Chủ hộ", "", "") // 8
			.resident(codes[6], ADDRESS, HouseholdFile.name(), "31/02/1990", "Nữ", "Chủ hộ", "", "") // 9
			.resident(codes[7], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", twice) // 10
			.resident(codes[7], ADDRESS, HouseholdFile.name(), "1972", "Nữ", "Vợ", "", twice) // 11
			.resident(codes[8], ADDRESS, sameName, "05/05/1970", "Nam", "Chủ hộ", "", "") // 12
			.resident(codes[8], ADDRESS, sameName.toUpperCase(), "1970", "Nam", "Chủ hộ", "", "") // 13
			.resident("", ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "") // 14
			.resident(codes[9], ADDRESS, "", "1970", "Nam", "Chủ hộ", "", "") // 15
			.resident(codes[10], ADDRESS, HouseholdFile.name(), "1970", "Khác", "Bạn", "", "") // 16
			.resident(codes[11], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "") // 17
			.resident(codes[11], ADDRESS, HouseholdFile.name(), "1995", "Nữ", "Con", "090", "") // 18
			.row("27781", "Ấp 3", codes[12], ADDRESS, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "") // 19
			.row("27781", "Ấp 4", codes[12], ADDRESS, HouseholdFile.name(), "1999", "Nam", "Con", "", ""); // 20

		JsonNode job = runs().csv("xa", file);

		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(ImportRuns.errors(job)).containsExactlyInAnyOrder(
				"3|Số CCCD|07912345678|Số CCCD phải có đúng 12 chữ số.",
				"4|Số CCCD|999123456789|Ba chữ số đầu của CCCD không phải mã tỉnh nơi đăng ký khai sinh.",
				"5|Số điện thoại|0123|Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam.",
				"6|Ấp/khu phố|Ấp Không Có|Không tìm thấy ấp/khu phố này trong xã (hoặc xã nằm ngoài phạm vi của bạn).",
				"7|Ngày sinh|" + tomorrow + "|Ngày/năm sinh ở tương lai.",
				"8|Ngày sinh|" + nextYear + "|Ngày/năm sinh ở tương lai.",
				"9|Ngày sinh|31/02/1990|Ngày sinh không đọc được: ghi dd/MM/yyyy (ví dụ 15/03/1980), yyyy-MM-dd (1980-03-15) hoặc chỉ năm sinh (1980).",
				"11|Số CCCD|" + masked(twice) + "|Số CCCD trùng với dòng 10 của tệp.",
				"10|Mã hộ|" + codes[7] + "|Bỏ qua vì dòng 11 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"13|Họ và tên|" + sameName.toUpperCase() + "|Trùng người với dòng 12 của cùng hộ (cùng họ tên và năm sinh).",
				"12|Mã hộ|" + codes[8] + "|Bỏ qua vì dòng 13 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"14|Mã hộ||Thiếu mã hộ.",
				"15|Họ và tên||Họ và tên không được để trống.",
				"16|Giới tính|Khác|Giới tính phải là \"Nam\" hoặc \"Nữ\".",
				"16|Quan hệ với chủ hộ|Bạn|Quan hệ với chủ hộ không hợp lệ: Chủ hộ, Vợ/Chồng, Con, Cha/Mẹ, Cháu, Ông/Bà, Anh/Chị/Em hoặc Khác.",
				"18|Số điện thoại|090|Số điện thoại không hợp lệ: cần 10 chữ số, đầu số di động Việt Nam.",
				"17|Mã hộ|" + codes[11] + "|Bỏ qua vì dòng 18 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"20|Ấp/khu phố|Ấp 4|Ấp/khu phố khác với dòng 19 của cùng hộ.",
				"19|Mã hộ|" + codes[12] + "|Bỏ qua vì dòng 20 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).");
		assertThat(job.get("rowsRead").asInt()).isEqualTo(19);
		assertThat(job.get("rowsValid").asInt()).isEqualTo(1);
		assertThat(job.get("rowsInvalid").asInt()).isEqualTo(18);
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(1);
		assertThat(householdCount(good)).isEqualTo(1);
		for (String code : codes) {
			assertThat(householdCount(code)).as("household %s", code).isZero();
		}
	}

	@Test
	void aHouseholdWithABadRowIsSkippedWholeWhileOthersLand() throws Exception {
		String bad = HouseholdFile.code();
		String good = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile()
			.resident(bad, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
			.resident(good, ADDRESS, HouseholdFile.name(), "1961", "Nam", "Chủ hộ", "", "")
			.resident(bad, ADDRESS, HouseholdFile.name(), "1962", "Nữ", "Vợ", "", "")
			.resident(bad, ADDRESS, HouseholdFile.name(), "1990", "Nam", "Con", "", "12345");

		JsonNode job = runs().csv("xa", file);

		assertThat(ImportRuns.errors(job)).containsExactlyInAnyOrder(
				"2|Mã hộ|" + bad + "|Bỏ qua vì dòng 5 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"4|Mã hộ|" + bad + "|Bỏ qua vì dòng 5 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"5|Số CCCD|12345|Số CCCD phải có đúng 12 chữ số.");
		assertThat(householdCount(bad)).isZero();
		assertThat(householdCount(good)).isEqualTo(1);
	}

	/**
	 * PostgreSQL refuses a NUL in text: before, the staging copy failed and with it the whole job.
	 * A spreadsheet holds a NUL as the escape {@code _x0000_} (what POI writes and Excel reads).
	 */
	@Test
	void aNulInACellIsThatRowsErrorNamingTheColumnAndTheJobGoesOn() throws Exception {
		for (String format : java.util.List.of("csv", "xlsx")) {
			String before = HouseholdFile.code();
			String nul = HouseholdFile.code();
			String after = HouseholdFile.code();
			HouseholdFile file = new HouseholdFile()
				.resident(before, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
				.resident(nul, format.equals("csv") ? "Số 3\u0000, Tổ 1" : "Số 3_x0000_, Tổ 1", HouseholdFile.name(), "1961",
						"Nam", "Chủ hộ", "", "")
				.resident(after, ADDRESS, HouseholdFile.name(), "1962", "Nữ", "Chủ hộ", "", "");

			JsonNode job = format.equals("csv") ? runs().csv("xa", file) : runs().xlsx("xa", file);

			assertThat(job.get("status").asString()).as(format).isEqualTo("DONE");
			assertThat(ImportRuns.errors(job)).as(format).containsExactly("3|Địa chỉ|Số 3\uFFFD, Tổ 1|Có ký tự điều khiển"
					+ " không hợp lệ (ví dụ ký tự NUL) trong nội dung: hãy gõ lại ô này thay vì dán.");
			assertThat(job.get("rowsInvalid").asInt()).as(format).isEqualTo(1);
			assertThat(householdCount(before)).as(format).isEqualTo(1);
			assertThat(householdCount(nul)).as(format).isZero();
			assertThat(householdCount(after)).as(format).isEqualTo(1);
		}
	}

	@Test
	void aCitizenIdAlreadyUsedInAnotherHouseholdIsARowError() throws Exception {
		String cccd = HouseholdFile.cccd();
		String first = HouseholdFile.code();
		String second = HouseholdFile.code();
		runs().csv("xa", new HouseholdFile().resident(first, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", cccd));

		JsonNode job = runs().csv("xa",
				new HouseholdFile().resident(second, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", cccd));

		assertThat(ImportRuns.errors(job))
			.containsExactly("2|Số CCCD|" + masked(cccd) + "|Số CCCD này đã thuộc về một người khác trong hệ thống.");
		assertThat(householdCount(second)).isZero();
	}

	@Test
	void hamletIsMatchedIgnoringCaseAndUnicodeForm() throws Exception {
		String upper = HouseholdFile.code();
		String decomposed = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile()
			.row("27781", "ẤP cả bản", upper, ADDRESS, HouseholdFile.name(), "1960", "nam", "chủ hộ", "", "")
			.row("27781", Normalizer.normalize("Ấp Cả Bản", Normalizer.Form.NFD), decomposed, ADDRESS,
					Normalizer.normalize("Lê Thị Hà", Normalizer.Form.NFD) + " " + vn.ngoso.support.UniqueValues.word(),
					"1960", "Nữ", "Chủ hộ", "", "");

		JsonNode job = runs().csv("xa", file);

		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(jdbc.sql("select u.name from household h join admin_unit u on u.id = h.unit_id where h.code in (?, ?)")
			.params(upper, decomposed).query(String.class).list()).containsOnly("Ấp Cả Bản");
		assertThat(jdbc.sql("select r.full_name from resident r join household h on h.id = r.household_id where h.code = ?")
			.param(decomposed).query(String.class).single()).startsWith("Lê Thị Hà")
			.matches(name -> Normalizer.isNormalized(name, Normalizer.Form.NFC));
	}

	@Test
	void everyRelationWordOfTheRegisterIsUnderstood() throws Exception {
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile();
		String[] words = { "Chủ hộ", "Vợ/Chồng", "Vợ", "Chồng", "Con", "Cha/Mẹ", "Cha", "Mẹ", "Cháu", "Ông/Bà", "Ông", "Bà",
				"Anh/Chị/Em", "Anh", "Chị", "Em", "Khác", "vợ / chồng" };
		for (int i = 0; i < words.length; i++) {
			file.resident(code, ADDRESS, HouseholdFile.name(), String.valueOf(1940 + i), i % 2 == 0 ? "Nam" : "Nữ", words[i],
					"", "");
		}

		JsonNode job = runs().csv("xa", file);

		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(jdbc.sql("""
				select string_agg(r.relation, ',' order by r.birth_year) from resident r
				join household h on h.id = r.household_id where h.code = ?
				""").param(code).query(String.class).single()).isEqualTo("HEAD,SPOUSE,SPOUSE,SPOUSE,CHILD,PARENT,PARENT,"
						+ "PARENT,GRANDCHILD,GRANDPARENT,GRANDPARENT,GRANDPARENT,SIBLING,SIBLING,SIBLING,SIBLING,OTHER,SPOUSE");
	}

	@Test
	void aWrongHeaderRefusesTheWholeFile() throws Exception {
		String code = HouseholdFile.code();
		String csv = new HouseholdFile()
			.resident(code, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
			.csvText()
			.replace("Họ và tên", "Tên");

		JsonNode job = runs().run("xa", "ho.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(job.get("status").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problem").asString()).isEqualTo("Dòng tiêu đề không đúng mẫu. Dòng 1 phải đúng là: "
				+ HouseholdFile.LITERACY_HEADER + " (hoặc chỉ 10 cột đầu, đến \"Số CCCD\").");
		assertThat(householdCount(code)).isZero();
	}

	@Test
	void aWrongHeaderInAnXlsxRefusesTheWholeFile() throws Exception {
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile().row(HouseholdFile.HEADER.replace("Mã hộ", "Số hộ").split(","))
			.resident(code, ADDRESS, HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "");
		byte[] xlsx = withoutFirstRow(file);

		JsonNode job = runs().run("xa", "ho.xlsx", xlsx);

		assertThat(job.get("status").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problem").asString()).startsWith("Dòng tiêu đề không đúng mẫu.");
		assertThat(householdCount(code)).isZero();
	}

	@Test
	void aCsvThatIsNotUtf8IsRefusedWholeEvenWhenTheBadByteIsFarDown() throws Exception {
		HouseholdFile file = new HouseholdFile();
		String[] codes = new String[5];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = HouseholdFile.code();
			file.resident(codes[i], ADDRESS, "Nguyen Van " + vn.ngoso.support.UniqueValues.word(), "1960", "Nam", "Chủ hộ",
					"", "");
		}
		// the last row as Vietnamese Windows saves it
		file.resident(HouseholdFile.code(), ADDRESS, "Ho\u0300a", "1960", "Nam", "Chu ho", "", "");
		String text = file.csvText();
		int cut = text.indexOf("Ho\u0300a");
		byte[] head = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
		byte[] tail = text.substring(cut).getBytes(Charset.forName("windows-1258"));
		byte[] bytes = new byte[head.length + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		System.arraycopy(tail, 0, bytes, head.length, tail.length);

		JsonNode job = runs().run("xa", "ho.csv", bytes);

		assertThat(job.get("status").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problem").asString()).isEqualTo(
				"Tệp CSV không phải mã UTF-8 (có ký tự hỏng). Hãy lưu lại tệp dạng \"CSV UTF-8\" rồi nhập lại.");
		for (String code : codes) {
			assertThat(householdCount(code)).isZero();
		}
		assertThat(jdbc.sql("select count(*) from import_row").query(Long.class).single()).isZero();
	}

	@Test
	void aFileWithOnlyTheHeaderIsRefused() throws Exception {
		JsonNode job = runs().run("xa", "ho.csv", ("\uFEFF" + HouseholdFile.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(job.get("status").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problem").asString()).isEqualTo("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
	}

	@Test
	void somethingThatIsNoSpreadsheetIsRefused() throws Exception {
		byte[] zip = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

		JsonNode job = runs().run("xa", "ho.xlsx", zip);

		assertThat(job.get("status").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problem").asString()).isEqualTo("Không đọc được tệp: hãy dùng tệp CSV (UTF-8) hoặc Excel .xlsx.");
	}

	private long householdCount(String code) {
		return jdbc.sql("select count(*) from household where code = ?").param(code).query(Long.class).single();
	}

	private static String masked(String cccd) {
		return cccd.substring(0, 3) + "******" + cccd.substring(9);
	}

	/** The file's rows as an XLSX whose first row is the file's first data row (its own header). */
	private static byte[] withoutFirstRow(HouseholdFile file) throws Exception {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < file.rows().size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < file.rows().get(r).size(); c++) {
					row.createCell(c).setCellValue(file.rows().get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
