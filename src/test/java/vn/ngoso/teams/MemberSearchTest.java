package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/** Members are found by name without typing the diacritics (đ read as d). */
@IntegrationTest
class MemberSearchTest {

	private static final Pattern TOTAL = Pattern.compile("Tổng: ([\\d.]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void nameWithoutDiacriticsFindsNguyenNgocTraiForTheProvince() throws Exception {
		String html = members("tinh", "Nguyen Ngoc Trai");
		assertThat(html).contains(">Nguyễn Ngọc Trai</a>");
		assertThat(total(html)).isBetween(1L, 5L);
	}

	@Test
	void upperCaseAndDiacriticsFindTheSameMember() throws Exception {
		assertThat(members("tinh", "NGUYỄN NGỌC TRAI")).contains(">Nguyễn Ngọc Trai</a>");
		assertThat(members("tinh", "nguyen ngoc trai")).contains(">Nguyễn Ngọc Trai</a>");
	}

	@Test
	void searchNarrowsTheList() throws Exception {
		long all = total(members("tinh", ""));
		assertThat(all).isGreaterThan(5000);
		assertThat(total(members("tinh", "Nguyen Ngoc Trai"))).isLessThan(all);
		assertThat(members("tinh", "Nguyen Ngoc Traii")).doesNotContain("Nguyễn Ngọc Trai</a>");
	}

	@Test
	void dWithStrokeIsFoundByTypingD() throws Exception {
		var xa = new CommuneFixtures(mvc, users);
		long team = xa.newTeam();
		String name = "Đặng Thị Đào " + UniqueValues.word();
		xa.addMember(team, CommuneFixtures.memberJson(name, CommuneFixtures.today().minusYears(20), UniqueValues.phone()));

		String typed = "dang thi dao " + name.substring(name.lastIndexOf(' ') + 1).toLowerCase();
		String html = members("xa", typed);
		assertThat(html).contains(">" + name + "</a>");
		assertThat(total(html)).isEqualTo(1);
	}

	private String members(String user, String q) throws Exception {
		return mvc.perform(get("/members").param("q", q).with(new DemoUsers(users).as(user)))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static long total(String html) {
		Matcher m = TOTAL.matcher(html);
		assertThat(m.find()).as("total shown").isTrue();
		return Long.parseLong(m.group(1).replace(".", ""));
	}
}
