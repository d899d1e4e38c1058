package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/** Units are found by name whatever the diacritics and the case of the query. */
@IntegrationTest
class UnitSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	String tinh;

	@BeforeEach
	void setUp() throws Exception {
		tinh = ApiTokens.tokenFor(mvc, "tinh");
	}

	@Test
	void tanAnWithoutDiacriticsFindsThanhPhoTanAnFirst() throws Exception {
		assertThat(search("tan an")).first().isEqualTo("Thành phố Tân An");
	}

	@Test
	void ducHoaWithoutDiacriticsFindsHuyenDucHoaFirst() throws Exception {
		assertThat(search("duc hoa")).first().isEqualTo("Huyện Đức Hòa");
	}

	@Test
	void upperCaseWithDiacriticsFindsTheSameUnit() throws Exception {
		assertThat(search("ĐỨC HÒA")).first().isEqualTo("Huyện Đức Hòa");
	}

	@Test
	void dWithStrokeTypedAsDFindsIt() throws Exception {
		assertThat(search("đức hòa")).first().isEqualTo("Huyện Đức Hòa");
		assertThat(search("Duc Hoa")).first().isEqualTo("Huyện Đức Hòa");
	}

	@Test
	void newStyleToneMarkAndDecomposedInputFindTheSameUnit() throws Exception {
		assertThat(search("Đức Hoà")).first().isEqualTo("Huyện Đức Hòa");
		assertThat(search(Normalizer.normalize("Đức Hòa", Normalizer.Form.NFD))).first().isEqualTo("Huyện Đức Hòa");
		assertThat(search("  duc    hoa ")).first().isEqualTo("Huyện Đức Hòa");
	}

	@Test
	void searchPageShowsTheUnitFoundWithoutDiacritics() throws Exception {
		String html = mvc.perform(get("/units/search").param("q", "duc hoa").with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<html").contains(">Huyện Đức Hòa</a>");
	}

	@Test
	void searchPageAnswersHtmxWithOnlyTheResultsFragment() throws Exception {
		String html = mvc.perform(get("/units/search").param("q", "tan an").header("HX-Request", "true")
				.with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk())
			.andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<html").doesNotContain("<head").doesNotContain("<nav");
		assertThat(html.strip()).startsWith("<div id=\"search-results\"");
		assertThat(html).contains(">Thành phố Tân An</a>");
	}

	@Test
	void queryMatchingNothingSaysSoInVietnamese() throws Exception {
		String html = mvc.perform(get("/units/search").param("q", "khong co dau").header("HX-Request", "true")
				.with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Không tìm thấy địa bàn nào khớp với");
	}

	/** The national list puts 33 more provinces in the tree: a provincial officer still finds only their own. */
	@Test
	void otherProvincesOfTheNationalListAreFoundByTheAdministratorOnly() throws Exception {
		assertThat(search("quang tri")).isEmpty();
		assertThat(search("tuyen binh")).isNotEmpty().allMatch(name -> name.contains("Tuyên Bình"));
		String admin = ApiTokens.tokenFor(mvc, "admin");
		assertThat(search("quang tri", admin)).contains("Tỉnh Quảng Trị");
		assertThat(search("dac khu phu quoc", admin)).containsExactly("Đặc khu Phú Quốc");
	}

	/** The administrator's pick lists hold the deployment's province, not every commune of the country. */
	@Test
	void theAdministratorsUnitFiltersHoldTheDeploymentsProvinceOnly() throws Exception {
		String html = mvc.perform(get("/teams").with(new DemoUsers(users).as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String options = html.substring(html.indexOf("<select"), html.indexOf("</select>"));
		assertThat(options).contains("Huyện Vĩnh Hưng", "Xã Tuyên Bình").doesNotContain("Quảng Trị", "Phú Quốc",
				"Tỉnh Tây Ninh");
	}

	private List<String> search(String q) throws Exception {
		return search(q, tinh);
	}

	private List<String> search(String q, String token) throws Exception {
		String body = mvc.perform(get("/api/v1/units").param("q", q).header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> names = new ArrayList<>();
		for (JsonNode unit : JsonMapper.builder().build().readTree(body)) {
			names.add(unit.get("name").asString());
		}
		return names;
	}
}
