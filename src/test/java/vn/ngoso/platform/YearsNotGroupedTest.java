package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * A year is written 2026, never grouped like a quantity ("năm 2.026"): a number handed to a
 * message as an integer comes out with the locale's thousands separator, so every page that puts
 * a year into a sentence is read here, in both languages.
 */
@IntegrationTest
class YearsNotGroupedTest {

	/** A year-like number with a separator, after a word or a slash that introduces a year. */
	private static final Pattern GROUPED_YEAR = Pattern.compile(
			"(?iu)(?:năm|year|quý \\d|quarter \\d|từ|from|to|đến|/)\\s*[12][.,]\\d{3}(?![\\d.,])");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesThatNameAYearWriteItWithoutASeparator() throws Exception {
		long province = jdbc.sql("select id from admin_unit where code = '80' order by valid_from limit 1")
			.query(Long.class).single();
		List<String> pages = List.of("/feedback/stats", "/feedback/stats?year=2025", "/dashboard",
				"/dashboard/" + province, "/dashboard/" + province + "?kind=YEAR&year=2025",
				"/dashboard/" + province + "?kind=QUARTER&quarter=2&year=2025",
				"/dashboard/" + province + "?kind=YEAR&year=19", "/reports/summary");
		for (String lang : List.of("vi", "en")) {
			for (String page : pages) {
				String html = mvc.perform(get(page).param("lang", lang).with(new DemoUsers(users).as("tinh")))
					.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
				Matcher grouped = GROUPED_YEAR.matcher(html);
				boolean found = grouped.find();
				assertThat(found).as("%s (%s) writes a year as: %s", page, lang,
						found ? html.substring(Math.max(0, grouped.start() - 60), grouped.end()) : "").isFalse();
			}
		}
	}

	@Test
	void theStatisticsTitleNamesTheYear() throws Exception {
		String html = mvc.perform(get("/feedback/stats?year=2025").with(new DemoUsers(users).as("tinh")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<title>Thống kê phản ánh năm 2025").contains(">Thống kê phản ánh năm 2025</h1>");
	}
}
