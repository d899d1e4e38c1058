package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.UniqueValues;

/**
 * A hamlet typed on the commune page, or a hamlet CSV, that is wrong gets a Vietnamese message
 * naming the field (or the line and column of the file), and nothing is written.
 */
@IntegrationTest
class HamletInputValidationTest {

	static final String IMPORT_FAILED_ONE = "Không nhập được: có 1 lỗi. Chưa có dòng nào được ghi.";

	static final String HEADER = "commune_code,name,type\n";

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

	// --- the add-hamlet form on the commune page ------------------------------------------------

	@Test
	void emptyHamletNameIsRefusedOnTheCommunePage() throws Exception {
		assertThat(addHamletRefused("   ")).containsExactly("Tên không được để trống.");
	}

	@Test
	void hamletNameTheCommuneAlreadyHasIsRefused() throws Exception {
		assertThat(addHamletRefused("ấp  cả bản")).containsExactly("Xã này đã có \"ấp cả bản\".");
	}

	@Test
	void hamletNameLongerThanAHundredCharactersIsRefusedSayingTheLimit() throws Exception {
		assertThat(addHamletRefused("Ấp " + "Tân".repeat(40))).containsExactly("Tên dài quá 100 ký tự.");
	}

	// --- the CSV import --------------------------------------------------------------------------

	@Test
	void csvWithABadHeaderIsRefusedAsAWhole() throws Exception {
		var errors = importRefused(("ma_xa,ten,loai\n27781,Ấp Mới " + UniqueValues.word() + ",Ấp\n").getBytes(StandardCharsets.UTF_8));
		assertThat(errors).containsExactly(List.of("–", "file", "", "Dòng tiêu đề phải đúng là: commune_code,name,type"));
	}

	@Test
	void csvWithAnUnknownCommuneCodeNamesTheLineAndColumn() throws Exception {
		String name = "Ấp Mới " + UniqueValues.word();
		var errors = importRefused(utf8(HEADER + "99999," + name + ",Ấp\n"));
		assertThat(errors).containsExactly(
				List.of("2", "commune_code", "99999", "Mã xã không tồn tại hoặc nằm ngoài phạm vi của bạn."));
	}

	@Test
	void csvWithACommuneOutsideTheOfficersScopeIsRefusedLikeAnUnknownOne() throws Exception {
		String elsewhere = jdbc.sql("""
				select c.code from admin_unit c join admin_unit d on d.id = c.parent_id
				where d.code = '794' and c.level = 3 order by c.code limit 1
				""").query(String.class).single();
		var errors = importRefused(utf8(HEADER + "27781,Ấp Mới " + UniqueValues.word() + ",Ấp\n" + elsewhere
				+ ",Ấp Mới " + UniqueValues.word() + ",Ấp\n"));
		assertThat(errors).containsExactly(
				List.of("3", "commune_code", elsewhere, "Mã xã không tồn tại hoặc nằm ngoài phạm vi của bạn."));
	}

	@Test
	void csvWithAnUnknownTypeNamesTheTypeColumn() throws Exception {
		var errors = importRefused(utf8(HEADER + "27781,Thôn Mới " + UniqueValues.word() + ",Thôn\n"));
		assertThat(errors).containsExactly(List.of("2", "type", "Thôn", "Loại đơn vị phải là \"Ấp\" hoặc \"Khu phố\"."));
	}

	@Test
	void csvWithAMissingCellNamesTheLine() throws Exception {
		var errors = importRefused(utf8(HEADER + "27781,Ấp Thiếu Cột\n"));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get(0)).isEqualTo("2");
		assertThat(errors.get(0).get(3)).isEqualTo("Dòng phải có đúng 3 cột: mã xã, tên, loại.");
	}

	@Test
	void csvWithAHamletNameTooLongSaysTheLimit() throws Exception {
		String name = "Ấp " + "Tân".repeat(40);
		var errors = importRefused(utf8(HEADER + "27781," + name + ",Ấp\n"));
		assertThat(errors).containsExactly(List.of("2", "name", name, "Tên dài quá 100 ký tự."));
	}

	@Test
	void csvSavedInWindows1258IsRefusedAsNotUtf8() throws Exception {
		// "Ấp Hòa Bình" as Vietnamese Windows saves it: Â plus combining acute, o/i plus combining grave.
		byte[] bytes = (HEADER + "27781,\u00C2\u0301p Ho\u0300a Bi\u0300nh,AP\n").getBytes(Charset.forName("windows-1258"));
		assertThat(new String(bytes, Charset.forName("windows-1258"))).doesNotContain("?");
		assertThat(importRefused(bytes)).containsExactly(List.of("–", "file", "",
				"Tệp không phải mã UTF-8. Hãy lưu lại tệp dạng \"CSV UTF-8\"."));
	}

	@Test
	void csvSavedInLatin1IsRefusedAsNotUtf8() throws Exception {
		byte[] bytes = (HEADER + "27781,Hòa Bình " + UniqueValues.word() + ",AP\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(importRefused(bytes)).containsExactly(List.of("–", "file", "",
				"Tệp không phải mã UTF-8. Hãy lưu lại tệp dạng \"CSV UTF-8\"."));
	}

	@Test
	void csvLargerThanOneMegabyteIsRefused() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		int row = 0;
		while (csv.length() < 1_100_000) {
			csv.append("27781,Ấp Lớn ").append(row++).append(",Ấp\n");
		}
		assertThat(importRefused(utf8(csv.toString())))
			.containsExactly(List.of("–", "file", "", "Tệp quá lớn (tối đa 1 MB)."));
	}

	@Test
	void importWithoutAFileAsksForOne() throws Exception {
		assertThat(importRefused(new byte[0])).containsExactly(List.of("–", "file", "", "Vui lòng chọn một tệp CSV."));
	}

	// --- helpers ----------------------------------------------------------------------------------

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Posts the add-hamlet form and returns the messages shown in its error box. */
	private List<String> addHamletRefused(String name) throws Exception {
		long commune = xa.communeId();
		var before = RowCounts.of(jdbc);
		String html = mvc.perform(post("/units/" + commune + "/hamlets").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("name", name).param("type", "AP"))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/unit"))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		int section = html.indexOf("Thêm ấp/khu phố</h2>");
		int form = html.indexOf("id=\"add-hamlet\"");
		assertThat(section).as("add-hamlet section").isNotNegative().isLessThan(form);
		String box = html.substring(section, form);
		return java.util.regex.Pattern.compile("<p>(.*?)</p>").matcher(box).results()
			.map(m -> Html.unescape(m.group(1)))
			.toList();
	}

	/** Uploads the file and returns the rows of the error table; checks nothing was written. */
	private List<List<String>> importRefused(byte[] csv) throws Exception {
		var before = RowCounts.of(jdbc);
		String html = mvc.perform(multipart("/units/hamlets/import")
				.file(new MockMultipartFile("file", "ap.csv", "text/csv", csv))
				.with(new DemoUsers(users).as("xa")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/import"))
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(RowCounts.of(jdbc)).as("nothing written").isEqualTo(before);
		var errors = Html.tableRows(html, "import-errors");
		assertThat(Html.unescape(html)).contains("Không nhập được: có " + errors.size() + " lỗi. Chưa có dòng nào được ghi.");
		return errors;
	}
}
