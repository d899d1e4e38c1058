package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

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
 * Officers found teams from a CSV file: all rows or none, every bad row listed; imported teams are
 * audited and counted in the live figures like teams founded by hand; only inside the caller's scope.
 */
@IntegrationTest
class TeamImportTest {

	static final String HEADER = "commune_code,hamlet_name,team_name,decision_no,decision_date\n";

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
	void aGoodFileFoundsEveryTeamAuditedAndCountedInTheLiveFigures() throws Exception {
		var one = xa.newHamlet();
		var two = xa.newHamlet();
		var before = RowCounts.of(jdbc);

		String page = upload("xa", HEADER + "27781," + one.name() + ",Tổ CNSCĐ " + one.name() + ",12/QĐ-UBND,05/03/2025\n"
				+ "27781, " + two.name().toUpperCase() + " ,Tổ CNSCĐ " + two.name() + ",13/QĐ-UBND,5/3/2025\n");

		assertThat(page).contains("Đã thành lập 2 tổ.");
		var after = RowCounts.of(jdbc);
		assertThat(after.get("team")).isEqualTo(before.get("team") + 2);
		assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log") + 2);
		assertThat(jdbc.sql("select name || '|' || decision_no || '|' || decision_date from team where unit_id = ?")
			.param(two.id()).query(String.class).single())
			.isEqualTo("Tổ CNSCĐ " + two.name() + "|13/QĐ-UBND|2025-03-05");
		assertThat(teamFigure(one.id())).isEqualTo(1);
		assertThat(teamFigure(two.id())).isEqualTo(1);
	}

	@Test
	void everyBadRowIsListedAndNothingIsWritten() throws Exception {
		var free = xa.newHamlet();
		var taken = xa.newHamlet();
		xa.newTeam(taken);
		var other = xa.newHamlet();
		long teams = teams();

		String page = upload("xa", HEADER
				+ "99999,Ấp 1,Tổ A,1/QĐ,01/02/2025\n"
				+ "27781,Ấp Không Có " + UniqueValues.word() + ",Tổ B,1/QĐ,01/02/2025\n"
				+ "27781," + free.name() + ",Tổ C,1/QĐ,01/02/2025\n"
				+ "27781," + free.name() + ",Tổ C lần hai,1/QĐ,01/02/2025\n"
				+ "27781," + taken.name() + ",Tổ D,1/QĐ,01/02/2025\n"
				+ "27781," + other.name() + ",Tổ E,1/QĐ,31/02/2025\n"
				+ "27781," + other.name() + ",,1/QĐ,01/02/2025\n"
				+ "27781," + other.name() + ",Tổ F\n");

		assertThat(page).contains("Không nhập được: có 7 lỗi. Chưa có dòng nào được ghi.");
		List<List<String>> rows = Html.tableRows(page, "import-errors");
		assertThat(rows).extracting(r -> r.get(0)).containsExactly("2", "3", "5", "6", "7", "8", "9");
		assertThat(rows.get(0).get(3)).contains("Mã xã 99999 không có trong danh mục");
		assertThat(rows.get(1).get(3)).contains("Không tìm thấy ấp/khu phố");
		assertThat(rows.get(2).get(3)).contains("đã có một tổ ở dòng trước");
		assertThat(rows.get(3).get(3)).contains("Địa bàn này đã có tổ.");
		assertThat(rows.get(4).get(3)).contains("Ngày quyết định \"31/02/2025\" không đọc được");
		assertThat(rows.get(5).get(3)).contains("Tên tổ không được để trống.");
		assertThat(rows.get(6).get(3)).contains("đúng 5 cột");
		assertThat(teams()).isEqualTo(teams);
	}

	@Test
	void aWrongHeaderAFileTooLargeAndTooManyRowsAreRefusedWhole() throws Exception {
		assertThat(upload("xa", "commune_code,name,type\n27781,Ấp 1,Ấp\n")).contains("commune_code,hamlet_name,team_name");

		StringBuilder big = new StringBuilder(HEADER);
		while (big.length() <= TeamImport.MAX_BYTES) {
			big.append("27781,Ấp ").append(big.length()).append(",Tổ dài dài dài dài dài dài dài dài,1/QĐ,01/02/2025\n");
		}
		assertThat(upload("xa", big.toString())).contains("Tệp quá lớn");

		StringBuilder many = new StringBuilder(HEADER);
		for (int i = 0; i <= TeamImport.MAX_ROWS; i++) {
			many.append("1,a,b,c,d\n");
		}
		assertThat(upload("xa", many.toString())).contains("quá nhiều dòng (tối đa 5.000)");
	}

	@Test
	void aCommuneOutsideTheOfficersScopeIsAnUnknownCommune() throws Exception {
		String elsewhere = jdbc.sql("""
				select code from admin_unit where level = 3 and valid_to is null and code <> '27781'
				and province_code = '80' order by code limit 1""").query(String.class).single();
		long teams = teams();

		String page = upload("xa", HEADER + elsewhere + ",,Tổ cả xã,1/QĐ,01/02/2025\n");

		assertThat(Html.tableRows(page, "import-errors").get(0).get(3)).contains("Mã xã " + elsewhere);
		assertThat(teams()).isEqualTo(teams);
	}

	@Test
	void theImportIsForOfficersOnlyAndOfferedOnTheTeamsList() throws Exception {
		var thanhvien = new DemoUsers(users).as("thanhvien");
		mvc.perform(get("/teams/import").with(thanhvien)).andExpect(status().isNotFound());
		mvc.perform(multipart("/teams/import").file(file(HEADER)).with(csrf()).with(new DemoUsers(users).as("totruong")))
			.andExpect(status().isNotFound());
		String list = mvc.perform(get("/teams").with(new DemoUsers(users).as("xa"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("id=\"import-teams\"");
		String template = mvc.perform(get("/teams/import/template.csv").with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).startsWith(HEADER).contains("/QĐ-UBND,15/03/2025");
	}

	private String upload(String user, String csv) throws Exception {
		return mvc.perform(multipart("/teams/import").file(file(csv)).with(csrf()).with(new DemoUsers(users).as(user)))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "to.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private long teams() {
		return jdbc.sql("select count(*) from team").query(Long.class).single();
	}

	private long teamFigure(long unitId) {
		return jdbc.sql("select coalesce(sum(value), 0) from figure where indicator = 'TEAMS' and unit_id = ?")
			.param(unitId).query(Long.class).single();
	}
}
