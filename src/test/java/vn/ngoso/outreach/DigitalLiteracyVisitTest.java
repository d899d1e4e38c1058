package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;
import vn.ngoso.support.UniqueValues;

/**
 * Bình dân học vụ số (issue 17): the visit form records the standard met with its certificate's
 * date, which is the item's day (history kept); wrong dates are refused in Vietnamese and write
 * nothing; the adults' count and its numerator move live and equal a recompute; the dashboard
 * shows the tile (no national target: it says the province has none yet) and the report its line.
 */
@IntegrationTest
class DigitalLiteracyVisitTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	HouseholdFixtures fx;

	UUID household;

	UUID adult;

	UUID teen;

	long hamlet;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
		teen = UUID.fromString(fx.addResident(household, HouseholdFixtures.resident(UniqueValues.personName(),
				today().minusYears(16).minusDays(30), "MALE", "CHILD", null, null)).get("id").asString());
		hamlet = jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(HouseholdFixtures.CA_BAN)
			.query(Long.class).single();
	}

	@Test
	void theCertificatesDateIsTheItemsDayAndTheFiguresFollowLive() throws Exception {
		long ready = figure("READY_DIGITAL_LITERACY");
		long adults = figure("DIGITAL_LITERACY_ADULTS");
		long residents18 = figure("RESIDENTS_18");
		LocalDate visited = today().minusDays(3);
		LocalDate certified = LocalDate.of(2025, 9, 15);
		UUID visit = UUID.randomUUID();

		var response = form(visit, visited, certified.format(DAY), adult + ":DIGITAL_LITERACY", teen + ":DIGITAL_LITERACY");

		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		assertThat(since(adult)).as("the certificate's date").isEqualTo(certified);
		assertThat(since(teen)).as("no certificate: the visit's day").isEqualTo(visited);
		assertThat(jdbc.sql("select count(*) from readiness_event where resident_id = ? and item = 'DIGITAL_LITERACY'"
				+ " and on_date = ? and visit_id = ?").params(adult, certified, visit).query(Long.class).single())
			.as("the history keeps the recording, with its visit").isEqualTo(1);
		assertThat(figure("READY_DIGITAL_LITERACY")).as("people 15+ with the item").isEqualTo(ready + 2);
		assertThat(figure("DIGITAL_LITERACY_ADULTS")).as("only the adult counts among adults").isEqualTo(adults + 1);
		assertThat(figure("RESIDENTS_18")).as("the visit adds no adult").isEqualTo(residents18);
		assertThat(jdbc.sql("select sum(value) from figure where unit_id = ? and indicator = 'DIGITAL_LITERACY_ADULTS'"
				+ " and month = ?").params(hamlet, today().minusYears(16).minusDays(30).plusYears(18).withDayOfMonth(1))
			.query(Long.class).single()).as("the teen counts among adults from the month he turns 18").isPositive();
		String communePath = jdbc.sql("select path::text from admin_unit where code = '27781' and valid_to is null")
			.query(String.class).single();
		assertThat(figures.differencesUnder(communePath)).as("live equals recompute").isEmpty();

		String page = Html.unescape(page("/households/" + household));
		assertThat(page).contains("Đạt chuẩn phổ cập kiến thức chuyển đổi số (Bình dân học vụ số, qua VNeID)")
			.contains(certified.format(DAY));
	}

	@Test
	void aCertificateDateAloneImpliesTheItem() throws Exception {
		var response = form(UUID.randomUUID(), today().minusDays(1), "01/03/2026");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(since(adult)).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@ParameterizedTest
	@CsvSource({ "FUTURE, không được ở tương lai", "15/06/2024, không thể trước năm 2025",
			"AFTER_VISIT, không thể sau ngày thăm", "31/02/2025, Ngày không hợp lệ" })
	void badCertificateDatesAreRefusedInVietnameseAndWriteNothing(String given, String message) throws Exception {
		LocalDate visited = today().minusDays(20);
		String text = switch (given) {
			case "FUTURE" -> today().plusDays(1).format(DAY);
			case "AFTER_VISIT" -> visited.plusDays(2).format(DAY);
			default -> given;
		};
		UUID visit = UUID.randomUUID();
		var response = form(visit, visited, text, adult + ":DIGITAL_LITERACY", adult + ":SMARTPHONE");
		String html = Html.unescape(response.getContentAsString(StandardCharsets.UTF_8));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html).contains(message).contains("value=\"" + text + "\"");
		assertThat(jdbc.sql("select count(*) from visit where id = ?").param(visit).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from readiness_event where resident_id = ?").param(adult).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDashboardShowsTheTileAndSaysNoProvincialTargetYet() throws Exception {
		form(UUID.randomUUID(), today().minusDays(2), "", adult + ":DIGITAL_LITERACY");
		long commune = jdbc.sql("select id from admin_unit where code = '27781' and valid_to is null").query(Long.class)
			.single();
		String html = Html.unescape(page("/dashboard/" + commune));
		int tile = html.indexOf("id=\"tile-DIGITAL_LITERACY_RATE\"");
		assertThat(tile).as("the tile").isPositive();
		String tileHtml = html.substring(html.lastIndexOf("<div", tile), html.indexOf("</div>", tile));
		assertThat(tileHtml).contains("Người từ 18 tuổi đạt chuẩn Bình dân học vụ số").contains("%")
			.contains("Chưa có mục tiêu của tỉnh").doesNotContain("light-");
	}

	@Test
	void theReportHasTheLineWithTheAdultsAndTheirShare() throws Exception {
		form(UUID.randomUUID(), today().minusDays(2), "", adult + ":DIGITAL_LITERACY");
		JsonNode report = fx.getJson("xa", "/api/v1/reports/summary?unit=27781");
		JsonNode line = null;
		for (JsonNode l : report.get("lines")) {
			if (l.get("key").asString().equals("DIGITAL_LITERACY")) {
				line = l;
			}
		}
		assertThat(line).as("line DIGITAL_LITERACY").isNotNull();
		assertThat(line.get("number").asInt()).isEqualTo(15);
		assertThat(line.get("label").asString()).contains("Bình dân học vụ số");
		assertThat(line.get("value").asString()).as(line.toString()).matches("[0-9.]+ / [0-9]+(,[0-9])?%");
	}

	private MockHttpServletResponse form(UUID visit, LocalDate date, String certificate, String... outcomes)
			throws Exception {
		var request = post("/households/" + household + "/visits").with(new DemoUsers(users).as("thanhvien")).with(csrf())
			.param("visitId", visit.toString()).param("date", date.toString()).param("note", "")
			.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien")))
			.param("certificate:" + adult, certificate);
		for (String o : outcomes) {
			request.param("outcome", o);
		}
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(new DemoUsers(users).as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private LocalDate since(UUID resident) {
		return jdbc.sql("select since from readiness where resident_id = ? and item = 'DIGITAL_LITERACY'").param(resident)
			.query(LocalDate.class).single();
	}

	/** The hamlet's stock this month: its monthly deltas summed up to it (a teen counts among adults later). */
	private long figure(String indicator) {
		return jdbc.sql("select coalesce(sum(value), 0) from figure where unit_id = ? and indicator = ? and month <= ?")
			.params(hamlet, indicator, today().withDayOfMonth(1)).query(Long.class).single();
	}
}
