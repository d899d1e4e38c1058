package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/** The catalogue and the values API: what the dashboards show, for partners and the report. */
@IntegrationTest
class IndicatorApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrackedFigures figures;

	@Autowired
	Indicators indicators;

	HouseholdFixtures api;

	DashboardFixtures fx;

	@BeforeEach
	void setUp() {
		api = new HouseholdFixtures(mvc, jdbc);
		fx = new DashboardFixtures(jdbc, api);
	}

	@Test
	void theCatalogueNamesEveryIndicatorInBothLanguagesWithItsTarget() throws Exception {
		JsonNode catalogue = api.getJson("thanhvien", "/api/v1/indicators");
		assertThat(catalogue.size()).isEqualTo(indicators.all().size());
		Map<String, JsonNode> byCode = new HashMap<>();
		catalogue.forEach(i -> byCode.put(i.get("code").asString(), i));
		assertThat(catalogue.get(0).get("code").asString()).isEqualTo("COMMUNES_WITH_TEAMS");

		JsonNode smartphone = byCode.get("SMARTPHONE_RATE");
		assertThat(smartphone.get("kind").asString()).isEqualTo("tracked");
		assertThat(smartphone.get("measure").asString()).isEqualTo("RATE");
		assertThat(smartphone.get("unit").asString()).isEqualTo("percent");
		assertThat(smartphone.get("numerator").asString()).isEqualTo("READY_SMARTPHONE");
		assertThat(smartphone.get("denominator").asString()).isEqualTo("RESIDENTS_15");
		assertThat(smartphone.get("target").decimalValue()).isEqualByComparingTo("80");
		assertThat(byCode.get("ONLINE_SERVICE_RATE").get("target").decimalValue()).isEqualByComparingTo("50");
		assertThat(byCode.get("TEAMS").get("target").isNull()).isTrue();
		assertThat(byCode.get("VISITS").get("measure").asString()).isEqualTo("FLOW");

		JsonNode dossiers = byCode.get("VNEID_DOSSIERS");
		assertThat(dossiers.get("kind").asString()).isEqualTo("reported");
		assertThat(dossiers.get("source").asString()).isEqualTo("POLICE");
		assertThat(dossiers.get("sourceName").get("vi").asString()).isEqualTo("Công an tỉnh");
		assertThat(dossiers.get("name").get("vi").asString()).isEqualTo("Hồ sơ định danh điện tử mức 2 đã thu nhận");
		assertThat(dossiers.get("name").get("en").asString()).isEqualTo("Level-2 e-ID dossiers collected");
		assertThat(dossiers.get("definition").get("en").asString()).contains("police");
		assertThat(byCode.get("DOSSIERS_ON_TIME").get("unit").asString()).isEqualTo("percent");
	}

	@Test
	void valuesOfAUnitAndEachChildEqualTheLiveFigures() throws Exception {
		JsonNode answer = api.getJson("tinh", "/api/v1/indicators/values?unit=80&from=2025-01&to="
				+ YearMonth.from(HouseholdFixtures.today()) + "&children=true");
		Period period = new Period(YearMonth.of(2025, 1), YearMonth.from(HouseholdFixtures.today()));
		long province = fx.unitId("80");
		assertThat(answer.get("unit").get("code").asString()).isEqualTo("80");
		assertThat(answer.get("unit").get("communes").asInt()).isEqualTo(188);
		assertThat(answer.get("from").asString()).isEqualTo("2025-01");
		assertThat(values(answer)).containsAllEntriesOf(expected(fx.asOfToday(province, figures.of(province, period))));
		assertThat(values(answer)).containsEntry("VNEID_DOSSIERS", "null").containsEntry("DOSSIERS_ON_TIME", "null");
		assertThat(values(answer)).hasSize(indicators.all().size());

		JsonNode children = answer.get("children");
		assertThat(children.size()).isEqualTo(15);
		long covered = 0;
		for (JsonNode child : children) {
			long childId = child.get("unit").get("id").asLong();
			Map<String, FigureValue> live = fx.asOfToday(childId, figures.of(childId, period));
			assertThat(values(child)).as(child.get("unit").get("name").asString()).containsAllEntriesOf(expected(live));
			covered += child.get("values").valueStream().filter(v -> v.get("code").asString().equals("COVERED_HOUSEHOLDS"))
				.findFirst().orElseThrow().get("value").asLong();
		}
		assertThat(covered).isEqualTo(figures.of(province, period).get("COVERED_HOUSEHOLDS").value().longValue());
	}

	@Test
	void withoutAPeriodTheValuesAreTheYearToDateAndWithoutChildren() throws Exception {
		JsonNode answer = api.getJson("xa", "/api/v1/indicators/values?unit=27781");
		YearMonth now = YearMonth.from(HouseholdFixtures.today());
		assertThat(answer.get("from").asString()).isEqualTo(now.getYear() + "-01");
		assertThat(answer.get("to").asString()).isEqualTo(now.toString());
		assertThat(answer.get("children").isNull()).isTrue();
		assertThat(answer.get("unit").get("communes").asInt()).isEqualTo(1);
		JsonNode hamlet = api.getJson("xa", "/api/v1/indicators/values?unit=" + HouseholdFixtures.CA_BAN);
		assertThat(hamlet.get("unit").get("communes").isNull()).isTrue();
		assertThat(values(hamlet)).containsEntry("TEAMS", "1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"unit=27781&from=2025-1|from|Tham số from phải là một tháng dạng YYYY-MM (ví dụ 2025-03), không phải \"2025-1\".",
			"unit=27781&to=2025-13|to|Tham số to phải là một tháng dạng YYYY-MM (ví dụ 2025-03), không phải \"2025-13\".",
			"unit=27781&from=tháng 3|from|Tham số from phải là một tháng dạng YYYY-MM (ví dụ 2025-03), không phải \"tháng 3\".",
			"unit=27781&from=2025-06&to=2025-01|to|Tham số to (2025-01) không được trước tham số from (2025-06).",
			"unit=27781&from=2019-12|from|Tham số from không được trước tháng 01/2020 (trước đó chưa có Tổ công nghệ số cộng đồng).",
			"from=2025-01|unit|Tham số unit là bắt buộc: mã đơn vị hành chính (ví dụ 80 hoặc 27781).",
			"unit=27781&children=maybe|children|Tham số không hợp lệ." })
	void badInputIsAProblemNamingTheParameterInVietnamese(String query, String field, String message) throws Exception {
		MockHttpServletResponse response = api.getRaw("xa", "/api/v1/indicators/values?" + query);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = api.read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("detail").asString()).isEqualTo(message);
		assertThat(HouseholdFixtures.messagesFor(problem, field)).containsExactly(message);
	}

	@Test
	void problemsAreInEnglishForAnEnglishClient() throws Exception {
		var response = mvc.perform(get("/api/v1/indicators/values?unit=27781&from=2025-13")
				.header("Authorization", api.bearer("xa")).header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(api.read(response.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
			.isEqualTo("Parameter from must be a month as YYYY-MM (for example 2025-03), not \"2025-13\".");
	}

	@Test
	void theApiIsDocumented() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(doc).contains("\"/api/v1/indicators\"").contains("\"/api/v1/indicators/values\"")
			.contains("Values of every indicator for a unit").contains("\"children\"");
	}

	private static Map<String, String> values(JsonNode unitValues) {
		Map<String, String> values = new HashMap<>();
		unitValues.get("values").forEach(v -> values.put(v.get("code").asString(),
				v.get("value").isNull() ? "null" : v.get("value").decimalValue().stripTrailingZeros().toPlainString()));
		return values;
	}

	private static Map<String, String> expected(Map<String, FigureValue> live) {
		Map<String, String> values = new HashMap<>();
		live.forEach((code, v) -> values.put(code, v.value() == null ? "null" : v.value().stripTrailingZeros().toPlainString()));
		return values;
	}

	static List<String> codes(JsonNode catalogue) {
		return catalogue.valueStream().map(i -> i.get("code").asString()).toList();
	}
}
