package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * A {@code %} or {@code _} typed into a search box is a character like any other, not a LIKE
 * wildcard: {@code q=%} and {@code q=_} find what holds that character and nothing else. Every GET
 * endpoint taking {@code q} is found in the request mappings, so a new search is checked too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWildcardTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Matches nothing in the demo data. */
	private static final String NOTHING = "zqxzqx";

	/** Found in about everything: hamlets (ấp), communes (xã), most names. */
	private static final String ALMOST_EVERYTHING = "a";

	private static final Pattern TEAM_LINK = Pattern.compile("href=\"/teams/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String adminToken;

	@BeforeAll
	void signIn() throws Exception {
		adminToken = ApiTokens.tokenFor(mvc, "admin");
	}

	@Test
	void aWildcardAloneFindsWhatAnUnmatchedQueryFindsEverywhere() throws Exception {
		List<String> paths = searchPaths();
		assertThat(paths).contains("/api/v1/units", "/teams", "/members", "/households", "/merchants",
				"/api/v1/merchants");
		List<String> failures = new ArrayList<>();
		for (String path : paths) {
			int none = results(path, NOTHING);
			if (results(path, ALMOST_EVERYTHING) <= none) {
				failures.add(path + ": q=" + ALMOST_EVERYTHING + " finds no more than q=" + NOTHING);
			}
			for (String wildcard : List.of("%", "_", "%%", "\\")) {
				int found = results(path, wildcard);
				if (found != none) {
					failures.add(path + ": q=" + wildcard + " gives " + found + " results, not " + none);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/** Teams named with a literal % and _ are found by them, and only they. (Rolled back.) */
	@Test
	@Transactional
	void aWildcardFindsOnlyWhatHoldsItLiterally() throws Exception {
		List<Long> teams = jdbc.sql("""
				select t.id from team t join admin_unit c on c.code = '27781' and c.valid_to is null
				where t.unit_path <@ c.path order by t.id limit 2
				""").query(Long.class).list();
		long percent = rename(teams.get(0), "Tổ phủ sóng 100% ấp");
		long underscore = rename(teams.get(1), "Tổ số_hoá ấp");
		assertThat(teamsFound("%")).containsExactly(percent);
		assertThat(teamsFound("_")).containsExactly(underscore);
		assertThat(teamsFound("100%")).containsExactly(percent);
		assertThat(teamsFound("so_hoa")).containsExactly(underscore);
		assertThat(teamsFound("sohoa")).isEmpty();
	}

	private long rename(long team, String name) {
		jdbc.sql("update team set name = ?, name_folded = ? where id = ?").params(name, SearchText.fold(name), team)
			.update();
		return team;
	}

	private Set<Long> teamsFound(String q) throws Exception {
		String html = body(mvc.perform(get("/teams").param("q", q).param("size", "200")
			.with(new DemoUsers(userDetails).as("xa"))).andExpect(SafeResponses.noStackTrace()).andReturn());
		Set<Long> ids = new TreeSet<>();
		Matcher m = TEAM_LINK.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	/** GET paths (without variables) whose handler takes a request parameter {@code q}. */
	private List<String> searchPaths() {
		Set<String> paths = new TreeSet<>();
		var names = new DefaultParameterNameDiscoverer();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (MethodParameter p : handler.getMethodParameters()) {
				p.initParameterNameDiscovery(names);
				RequestParam annotation = p.getParameterAnnotation(RequestParam.class);
				String name = annotation == null ? null : annotation.name().isEmpty() ? p.getParameterName() : annotation.name();
				if ("q".equals(name)) {
					info.getPatternValues().stream().filter(path -> !path.contains("{")).forEach(paths::add);
				}
			}
		});
		return List.copyOf(paths);
	}

	/**
	 * How many results a search shows: the items of a JSON list, the rows of a workbook, the rows
	 * and list items of a page.
	 */
	private int results(String path, String q) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("q", q).param("size", "500").param("limit", "200");
		if (path.startsWith("/api/")) {
			request.header(HttpHeaders.AUTHORIZATION, adminToken).accept(MediaType.APPLICATION_JSON);
		}
		else {
			request.with(new DemoUsers(userDetails).as("admin"));
		}
		MvcResult result = mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn();
		assertThat(result.getResponse().getStatus()).as("GET %s?q=%s: %s", path, q, body(result)).isEqualTo(200);
		String body = body(result);
		if (String.valueOf(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			JsonNode json = JSON.readTree(body);
			return json.isArray() ? json.size() : json.get("items").size();
		}
		if (String.valueOf(result.getResponse().getContentType()).contains("spreadsheetml")) {
			try (var book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
				return book.getSheetAt(0).getPhysicalNumberOfRows();
			}
		}
		return count(body, "<tr") + count(body, "<li");
	}

	private static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
