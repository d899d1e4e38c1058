package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.UniqueValues;

/** Officers create hamlets on the commune page or from a CSV file: all rows or none. */
@IntegrationTest
class HamletCreationAndImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CommuneFixtures xa;

	@BeforeEach
	void setUp() throws Exception {
		xa = new CommuneFixtures(mvc, users);
	}

	@Test
	void hamletCreatedOnTheCommunePageRedirectsWithAFlashAndIsListedAsAChild() throws Exception {
		long commune = xa.communeId();
		String name = "Ấp Bến Đò " + UniqueValues.word();
		var before = RowCounts.of(jdbc);

		var result = mvc.perform(post("/units/" + commune + "/hamlets").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("name", "  " + name + "  ").param("type", "AP"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + commune))
			.andExpect(flash().attribute("flash", "unit.hamlet.created"))
			.andExpect(flash().attribute("flashArg", name))
			.andReturn();

		String page = mvc.perform(get("/units/" + commune).with(new DemoUsers(users).as("xa"))
				.with(SessionCookie.of(result.getResponse())))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đã tạo " + name + ".");
		assertThat(page).contains(">" + name + "</a>");

		assertThat(children()).containsEntry(name, "AP");
		var after = RowCounts.of(jdbc);
		assertThat(after.get("admin_unit")).isEqualTo(before.get("admin_unit") + 1);
		assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log") + 1);
	}

	@Test
	void csvOfTwoRowsCreatesBothHamlets() throws Exception {
		String ap = "Ấp Rạch Gốc " + UniqueValues.word();
		String khuPho = "Khu phố Chợ " + UniqueValues.word();
		var before = RowCounts.of(jdbc);

		String html = importCsv("commune_code,name,type\n27781," + ap + ",Ấp\n27781," + khuPho + ",Khu phố\n");

		assertThat(html).contains("Đã nhập 2 ấp/khu phố.");
		assertThat(html).doesNotContain("id=\"import-errors\"");
		assertThat(children()).containsEntry(ap, "AP").containsEntry(khuPho, "KHU_PHO");
		var after = RowCounts.of(jdbc);
		assertThat(after.get("admin_unit")).isEqualTo(before.get("admin_unit") + 2);
		assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log") + 2);
	}

	@Test
	void csvSavedByExcelWithBomCrlfAndQuotesIsImported() throws Exception {
		String quoted = "Ấp Cầu Tre, Bến Đò " + UniqueValues.word();
		String plain = "Ấp Mương Khai " + UniqueValues.word();
		String csv = "\uFEFFcommune_code,name,type\r\n27781,\"" + quoted + "\",Ấp\r\n 27781 ,  " + plain + " ,ap\r\n\r\n";

		String html = importCsv(csv);

		assertThat(html).contains("Đã nhập 2 ấp/khu phố.");
		assertThat(children()).containsEntry(quoted, "AP").containsEntry(plain, "AP");
	}

	@Test
	void csvWithOneBadRowAmongGoodOnesCreatesNothingAndListsTheBadRow() throws Exception {
		String first = "Ấp Đầu " + UniqueValues.word();
		String last = "Ấp Cuối " + UniqueValues.word();
		var before = RowCounts.of(jdbc);

		String html = importCsv("commune_code,name,type\n27781," + first + ",Ấp\n27781,,Ấp\n27781," + last + ",Ấp\n");

		assertThat(Html.unescape(html)).contains("Không nhập được: có 1 lỗi. Chưa có dòng nào được ghi.");
		assertThat(Html.tableRows(html, "import-errors"))
			.containsExactly(List.of("3", "name", "", "Tên không được để trống."));
		assertThat(children()).doesNotContainKeys(first, last);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	/** PostgreSQL refuses a NUL in text, even in a lookup: the import used to end in a 500. */
	@Test
	void csvWithANulInANameListsThatRowAndCreatesNothing() throws Exception {
		String first = "Ấp Đầu " + UniqueValues.word();
		String pasted = "Ấp Dán " + UniqueValues.word();
		var before = RowCounts.of(jdbc);

		String html = importCsv("commune_code,name,type\n27781," + first + ",Ấp\n27781," + pasted + "\u0000,Ấp\n");

		assertThat(Html.tableRows(html, "import-errors")).containsExactly(List.of("3", "name", pasted + "\uFFFD",
				"Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL) trong nội dung: hãy gõ lại ô này thay vì dán."));
		assertThat(children()).doesNotContainKeys(first, pasted);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void csvRepeatingANameListsTheRepeatAndCreatesNothing() throws Exception {
		String name = "Ấp Đôi " + UniqueValues.word();
		var before = RowCounts.of(jdbc);

		String html = importCsv("commune_code,name,type\n27781," + name + ",Ấp\n27781," + name.toUpperCase() + ",Ấp\n");

		assertThat(Html.tableRows(html, "import-errors"))
			.containsExactly(List.of("3", "name", name.toUpperCase(), "Tên này bị trùng với một dòng trước trong tệp."));
		assertThat(children()).doesNotContainKey(name);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private String importCsv(String csv) throws Exception {
		return mvc.perform(multipart("/units/hamlets/import")
				.file(new MockMultipartFile("file", "ap.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Name → type of the units directly under 27781, as the API lists them. */
	private Map<String, String> children() throws Exception {
		Map<String, String> children = new HashMap<>();
		for (JsonNode child : xa.getJson("/api/v1/units/27781/children")) {
			children.put(child.get("name").asString(), child.get("type").asString());
		}
		return children;
	}
}
