package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/**
 * The report of a commune, a hamlet and a district as their officers ask for it: the figures are
 * the tracked figures of the unit and period, the formats have their content types, bad
 * parameters answer a problem naming them, and a unit outside the scope is not found.
 */
@IntegrationTest
class ReportScopeAndApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Clock clock;

	@Test
	void aCommunesFiguresAreItsTrackedFiguresForTheWholeSpanAndForAYear() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		JsonNode unit = json(get("/api/v1/units/27781"), token);
		long communeId = unit.get("id").asLong();
		YearMonth now = YearMonth.now(clock);
		for (Period period : List.of(new Period(YearMonth.of(2022, 1), now), Period.year(2024), Period.quarter(2023, 3))) {
			Map<String, FigureValue> expected = tracked.of(communeId, period);
			assertThat(expected.get(Indicators.TEAMS).value()).isPositive();
			JsonNode report = json(get("/api/v1/reports/summary").param("unit", "27781")
				.param("from", period.from().toString()).param("to", period.to().toString()), token);
			Map<String, JsonNode> figures = figures(report);
			for (String code : List.of(Indicators.COMMUNES_WITH_TEAMS, Indicators.TEAMS, Indicators.MEMBERS,
					Indicators.YOUTH_MEMBERS, Indicators.GUIDED_ONLINE_SERVICES, Indicators.GUIDED_PROVINCIAL_APP,
					Indicators.GUIDED_CASHLESS)) {
				assertThat(figures.get(code).get("value").decimalValue())
					.as("%s over %s", code, period).isEqualByComparingTo(expected.get(code).value());
				assertThat(figures.get(code).get("source").asString()).isEqualTo("TRACKED");
			}
			assertThat(figures.get(SummaryReports.COMMUNES).get("value").asInt()).as("a commune is one commune").isEqualTo(1);
			assertThat(report.get("lines").get(0).get("value").asString()).isEqualTo("1/1");
			String teams = String.format("%,d / %,d / %,d", expected.get(Indicators.TEAMS).value().longValue(),
					expected.get(Indicators.MEMBERS).value().longValue(),
					expected.get(Indicators.YOUTH_MEMBERS).value().longValue()).replace(',', '.');
			assertThat(report.get("lines").get(1).get("value").asString()).isEqualTo(teams);
		}
	}

	@Test
	void withoutAUnitTheReportIsTheCallersOwnAndWithoutMonthsItRunsFromTheTeamsStartToThisMonth() throws Exception {
		JsonNode report = json(get("/api/v1/reports/summary"), ApiTokens.tokenFor(mvc, "xa"));
		assertThat(report.get("unit").get("code").asString()).isEqualTo("27781");
		assertThat(report.get("unit").get("name").asString()).isEqualTo("Xã Tuyên Bình");
		assertThat(report.get("period").get("from").asString()).isEqualTo("2022-01");
		assertThat(report.get("period").get("to").asString()).isEqualTo(YearMonth.now(clock).toString());
		assertThat(report.get("period").get("cumulative").asBoolean()).isTrue();
		assertThat(report.get("lines")).as("the provincial report's 15 lines and the confidence line").hasSize(16);
		assertThat(report.get("notes").toString()).as("read from the primary: current, no freshness note")
			.doesNotContain("Số liệu đến");
	}

	@Test
	void eachFormatHasItsContentTypeAndAFileName() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "huyen");
		MockHttpServletResponse json = call(get("/api/v1/reports/summary?unit=797&format=json"), token);
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentType()).startsWith("application/json");

		MockHttpServletResponse xlsx = call(get("/api/v1/reports/summary?unit=797&from=2024-01&to=2024-12&format=xlsx"), token);
		assertThat(xlsx.getStatus()).isEqualTo(200);
		assertThat(xlsx.getContentType()).isEqualTo(XLSX);
		assertThat(xlsx.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-tcnscd-797-2024-01-2024-12.xlsx\"");
		assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');

		MockHttpServletResponse pdf = call(get("/api/v1/reports/summary?unit=797&format=PDF"), token);
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).contains("bao-cao-tcnscd-797-2022-01-", ".pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void badParametersAnswerAProblemNamingEachOneInVietnamese() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		JsonNode month = problem(get("/api/v1/reports/summary?from=2024-13"), token);
		assertThat(month.get("errors").get(0).get("field").asString()).isEqualTo("from");
		assertThat(month.get("detail").asString())
			.isEqualTo("Tham số from phải là một tháng dạng YYYY-MM (ví dụ 2024-12), không phải “2024-13”.");

		JsonNode reversed = problem(get("/api/v1/reports/summary?from=2024-06&to=2024-01"), token);
		assertThat(reversed.get("errors").get(0).get("field").asString()).isEqualTo("to");
		assertThat(reversed.get("detail").asString())
			.isEqualTo("Tham số to (tháng 01/2024) không được trước tham số from (tháng 06/2024).");

		JsonNode format = problem(get("/api/v1/reports/summary?format=docx"), token);
		assertThat(format.get("errors").get(0).get("field").asString()).isEqualTo("format");
		assertThat(format.get("detail").asString()).isEqualTo("Tham số format phải là json, xlsx hoặc pdf, không phải “docx”.");

		JsonNode future = problem(get("/api/v1/reports/summary?to=2999-01"), token);
		assertThat(future.get("detail").asString()).startsWith("Tham số to không được sau tháng hiện tại (");

		JsonNode early = problem(get("/api/v1/reports/summary?from=2019-12"), token);
		assertThat(early.get("detail").asString()).isEqualTo("Tham số from không được trước tháng 01/2020.");

		JsonNode several = problem(get("/api/v1/reports/summary?from=x&to=y&format=doc"), token);
		assertThat(several.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("format", "from", "to");
	}

	@Test
	void anApiClientAskingInEnglishIsAnsweredInEnglish() throws Exception {
		var response = mvc.perform(get("/api/v1/reports/summary?from=2024-13").header("Authorization", ApiTokens.tokenFor(mvc, "xa"))
			.header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
			.isEqualTo("The parameter from must be a month written YYYY-MM (for example 2024-12), not “2024-13”.");
	}

	@Test
	void anAdministratorWithoutAUnitIsAskedForOne() throws Exception {
		JsonNode problem = problem(get("/api/v1/reports/summary"), ApiTokens.tokenFor(mvc, "admin"));
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("unit");
		assertThat(problem.get("detail").asString()).isEqualTo("Thiếu tham số unit: mã đơn vị hành chính (ví dụ 80).");
		assertThat(json(get("/api/v1/reports/summary?unit=80"), ApiTokens.tokenFor(mvc, "admin")).get("lines").get(0)
			.get("value").asString()).endsWith("/188");
	}

	@Test
	void theAdministratorPicksATreeAndAReusedCodeIsLinkedByIdSoTheRightProvinceIsShown() throws Exception {
		String roots = mvc.perform(get("/reports/summary").with(as("admin"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(roots).contains("Chọn đơn vị để xem báo cáo", "unit=80&amp;", ">Tỉnh Long An<", ">Tỉnh Tây Ninh<");
		var tayNinh = java.util.regex.Pattern.compile("href=\"([^\"]*unitId=\\d+[^\"]*)\">Tỉnh Tây Ninh<").matcher(roots);
		assertThat(tayNinh.find()).as("Tây Ninh (2025) reuses Long An's code 80: linked by id").isTrue();
		String page = mvc.perform(get(Html.unescape(tayNinh.group(1))).with(as("admin"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đơn vị: Tỉnh Tây Ninh (mã 80)");
		assertThat(Html.tableRows(page, "report-table").get(0).get(2)).isEqualTo("0/96");
		assertThat(page).contains("href=\"/reports/summary.pdf?unitId=");
	}

	@Test
	void aUnitOutsideTheScopeIsNotFoundInEveryFormAndOnThePage() throws Exception {
		String xa = ApiTokens.tokenFor(mvc, "xa");
		for (String format : List.of("json", "xlsx", "pdf")) {
			MockHttpServletResponse response = call(get("/api/v1/reports/summary?unit=80&format=" + format), xa);
			assertThat(response.getStatus()).as(format).isEqualTo(404);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
		}
		assertThat(call(get("/api/v1/reports/summary?unit=794"), ApiTokens.tokenFor(mvc, "huyen")).getStatus())
			.as("another district").isEqualTo(404);
		assertThat(call(get("/api/v1/reports/summary?unit=99999"), xa).getStatus()).as("no such unit").isEqualTo(404);
		long province = json(get("/api/v1/units/80"), ApiTokens.tokenFor(mvc, "tinh")).get("id").asLong();
		for (String path : List.of("/reports/summary", "/reports/summary.xlsx", "/reports/summary.pdf")) {
			assertThat(mvc.perform(get(path + "?unit=80").with(as("xa"))).andReturn().getResponse().getStatus())
				.as(path).isEqualTo(404);
			assertThat(mvc.perform(get(path + "?unitId=" + province).with(as("xa"))).andReturn().getResponse().getStatus())
				.as(path + " by id").isEqualTo(404);
		}
	}

	@Test
	void aHamletsReportCountsItsTeamAndLeavesTheCommuneLineOut() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		JsonNode hamlet = json(get("/api/v1/units/27781/children"), token).get(0);
		JsonNode report = json(get("/api/v1/reports/summary").param("unit", hamlet.get("code").asString()), token);
		JsonNode communes = report.get("lines").get(0);
		assertThat(communes.get("applicable").asBoolean()).isFalse();
		assertThat(communes.get("value").asString()).isEqualTo("không áp dụng");
		Map<String, FigureValue> expected = tracked.of(hamlet.get("id").asLong(),
				new Period(YearMonth.of(2022, 1), YearMonth.now(clock)));
		assertThat(figures(report).get(Indicators.MEMBERS).get("value").decimalValue())
			.isEqualByComparingTo(expected.get(Indicators.MEMBERS).value());
	}

	@Test
	void thePeriodIsNamedAsPeopleSayIt() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		assertThat(label("2024-01", "2024-12", token)).isEqualTo("Kỳ báo cáo: năm 2024");
		assertThat(label("2024-07", "2024-09", token)).isEqualTo("Kỳ báo cáo: quý III năm 2024");
		assertThat(label("2024-03", "2024-03", token)).isEqualTo("Kỳ báo cáo: tháng 03/2024");
		assertThat(label("2023-05", "2024-02", token)).isEqualTo("Kỳ báo cáo: từ tháng 05/2023 đến tháng 02/2024");
		assertThat(label("2022-01", "2024-02", token)).isEqualTo("Kỳ báo cáo: lũy kế từ tháng 01/2022 đến tháng 02/2024");
	}

	@Test
	void thePageLinksTheFilesAndItsPickerSwapsOnlyTheReport() throws Exception {
		String page = mvc.perform(get("/reports/summary?from=2024-01&to=2024-12").with(as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html", "id=\"report-picker\"", "Kỳ báo cáo: năm 2024",
				"href=\"/reports/summary.xlsx?unit=27781&amp;from=2024-01&amp;to=2024-12\"",
				"href=\"/reports/summary.pdf?unit=27781&amp;from=2024-01&amp;to=2024-12\"", ">Báo cáo</a>");
		assertThat(Html.tableRows(page, "report-table")).as("15 lines and the confidence line").hasSize(16);
		assertThat(page).as("the hamlets below, to drill down").contains("id=\"report-children\"", "unit=27781-");

		String fragment = mvc.perform(get("/reports/summary?from=2024-01&to=2024-12").header("HX-Request", "true")
			.with(as("xa"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html", "report-picker").startsWith("<div id=\"report\">");
		assertThat(Html.tableRows(fragment, "report-table")).isEqualTo(Html.tableRows(page, "report-table"));
	}

	@Test
	void aBadMonthOnThePageIsShownBesideThePickerAndADownloadGoesBackToIt() throws Exception {
		var response = mvc.perform(get("/reports/summary?from=2024-1x").with(as("xa"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		String html = Html.unescape(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("id=\"report-errors\"",
				"Tham số from phải là một tháng dạng YYYY-MM (ví dụ 2024-12), không phải “2024-1x”.")
			.doesNotContain("report-table");

		var download = mvc.perform(get("/reports/summary.pdf?from=2024-1x").with(as("xa"))).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(303);
		assertThat(download.getRedirectedUrl()).isEqualTo("/reports/summary?from=2024-1x");
	}

	@Test
	void theMenuOffersTheReportToOfficersAndTeamLeadersButNotToMembers() throws Exception {
		for (String user : List.of("xa", "totruong")) {
			assertThat(mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as(user).contains("href=\"/reports/summary\"");
		}
		assertThat(mvc.perform(get("/").with(as("thanhvien"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("href=\"/reports/summary\"");
	}

	@Test
	void theOpenApiDescriptionListsTheReportWithItsParametersAndFormats() throws Exception {
		JsonNode docs = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode summary = docs.get("paths").get("/api/v1/reports/summary").get("get");
		assertThat(summary.get("parameters").findValuesAsString("name")).containsExactly("unit", "at", "unitId", "from",
				"to", "format");
		for (JsonNode parameter : summary.get("parameters")) {
			// the internal id is the deprecated way of naming the unit (docs/api.md)
			assertThat(parameter.path("deprecated").asBoolean(false)).as(parameter.get("name").asString())
				.isEqualTo(parameter.get("name").asString().equals("unitId"));
		}
		assertThat(summary.get("responses").get("200").get("content").propertyNames())
			.contains("application/json", XLSX, "application/pdf");
	}

	private String label(String from, String to, String token) throws Exception {
		return json(get("/api/v1/reports/summary").param("from", from).param("to", to), token).get("period").get("label")
			.asString();
	}

	private static Map<String, JsonNode> figures(JsonNode report) {
		Map<String, JsonNode> figures = new HashMap<>();
		report.get("lines").forEach(line -> line.get("figures").forEach(f -> figures.put(f.get("code").asString(), f)));
		return figures;
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(request.header("Authorization", token)).andReturn().getResponse();
	}

	private JsonNode json(MockHttpServletRequestBuilder request, String token) throws Exception {
		MockHttpServletResponse response = call(request, token);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode problem(MockHttpServletRequestBuilder request, String token) throws Exception {
		MockHttpServletResponse response = call(request, token);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return new DemoUsers(users).as(user);
	}

}
