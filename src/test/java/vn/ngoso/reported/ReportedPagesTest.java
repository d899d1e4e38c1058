package vn.ngoso.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ngoso.reported.ReportedFixtures.entry;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ngoso.support.SessionCookie;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * The reported-value pages as the demo officers use them: the list with its tabs and filters
 * (and the table alone for htmx), the entry form that saves a draft and comes back to it, the
 * value's page with the step each officer may take and why not, and the import page.
 */
@IntegrationTest
class ReportedPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportedValues values;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Territory territory;

	ReportedFixtures fx;

	ReportedCalls calls;

	@BeforeEach
	void setUp() {
		fx = new ReportedFixtures(values, users, jdbc, territory);
		calls = new ReportedCalls(mvc, users);
	}

	@AfterEach
	void cleanUp() {
		fx.cleanUp();
	}

	@Test
	void theListShowsEachOfficerTheirValuesWithTabsFiltersAndVietnameseNumbers() throws Exception {
		AdminUnit hamlet = fx.newHamlet("27781");
		UUID id = fx.submitted("xa", entry(hamlet.code(), "VNEID_DOSSIERS", YearMonth.of(2024, 1), YearMonth.of(2024, 12),
				"1351439"));

		String mine = calls.html("xa", "/indicators/reported?view=mine");
		assertThat(mine).contains("<h1>Số liệu do cơ quan báo cáo</h1>").contains(">Tất cả<").contains(">Chờ tôi duyệt<")
			.contains(">Tôi đã nhập<").contains("<option value=\"POPULATION\">Dân số</option>")
			.contains("<option value=\"SUBMITTED\">Chờ duyệt</option>").contains("href=\"/indicators/reported/" + id + "\"");
		assertThat(Html.tableRows(mine, "reported-values")).contains(List.of("Hồ sơ định danh điện tử mức 2 đã thu nhận",
				hamlet.name() + " " + hamlet.code(), "01/2024 – 12/2024", "1.351.439", "Chờ duyệt", "xa"));

		String awaiting = calls.html("huyen", "/indicators/reported?view=awaiting");
		assertThat(awaiting).contains("aria-current=\"page\"").contains("href=\"/indicators/reported/" + id + "\"");
		assertThat(awaiting).containsPattern("<span class=\"count warn\">\\d+</span>");
		assertThat(calls.html("xa", "/indicators/reported?view=awaiting")).doesNotContain(id.toString());
		for (String officer : List.of("tinh", "admin")) {
			assertThat(calls.html(officer, "/indicators/reported?indicator=VNEID_DOSSIERS&status=SUBMITTED"))
				.contains(id.toString()).contains("<option value=\"VNEID_DOSSIERS\" selected=\"selected\">");
		}
		assertThat(calls.html("xa", "/indicators/reported?indicator=APP_USERS")).doesNotContain(id.toString());

		MockHttpServletResponse fragment = calls.page("huyen", get("/indicators/reported?view=awaiting")
			.header("HX-Request", "true"));
		String table = fragment.getContentAsString(StandardCharsets.UTF_8);
		assertThat(table).startsWith("<div id=\"value-table\">").doesNotContain("<html").contains(id.toString());
	}

	@Test
	void theEntryFormSavesADraftAndComesBackToItWithAMessage() throws Exception {
		String form = calls.html("xa", "/indicators/reported/new");
		assertThat(form).contains("<h1>Nhập giá trị</h1>").contains(">Xã Tuyên Bình</option>").contains("Ấp Cả Bản</option>")
			.contains("<optgroup label=\"Công an tỉnh\">").contains("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn (%)")
			.contains("placeholder=\"mm/yyyy\"").contains("Giá trị được lưu dạng nháp");

		AdminUnit hamlet = fx.newHamlet("27781");
		MockHttpServletResponse saved = calls.page("xa", post("/indicators/reported").param("unitId", String.valueOf(hamlet.id()))
			.param("indicator", "VNEID_DOSSIERS").param("from", "01/2024").param("to", "2024-12").param("value", "1.351.439")
			.param("note", "Công an xã gửi"));
		assertThat(saved.getStatus()).isEqualTo(302);
		String location = saved.getRedirectedUrl();
		assertThat(location).matches("/indicators/reported/[0-9a-f-]{36}");
		UUID id = fx.track(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));

		String page = mvc.perform(get(location).with(new vn.ngoso.support.DemoUsers(users).as("xa"))
				.with(SessionCookie.of(saved))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đã lưu giá trị nháp. Kiểm tra xong thì bấm “Gửi duyệt”.")
			.contains("<h1>Hồ sơ định danh điện tử mức 2 đã thu nhận</h1>").contains(">1.351.439<")
			.contains(">01/2024 – 12/2024<").contains(">Nháp<").contains("Công an tỉnh").contains("Lũy kế đến cuối kỳ")
			.contains("id=\"submit\"").contains("id=\"edit\"").contains("id=\"delete\"").doesNotContain("id=\"approve\"")
			.contains("<strong>Nhập</strong>");

		String edit = calls.html("xa", "/indicators/reported/" + id + "/edit");
		assertThat(edit).contains("<h1>Sửa giá trị</h1>").contains("value=\"1351439\"").contains("value=\"01/2024\"");
		MockHttpServletResponse changed = calls.page("xa", post("/indicators/reported/" + id)
			.param("unitId", String.valueOf(hamlet.id())).param("indicator", "VNEID_DOSSIERS").param("from", "2024-01")
			.param("to", "2024-12").param("value", "1351440"));
		assertThat(changed.getRedirectedUrl()).isEqualTo(location);
		assertThat(calls.html("xa", location)).contains(">1.351.440<").contains("<strong>Sửa</strong>");

		MockHttpServletResponse deleted = calls.page("xa", post("/indicators/reported/" + id + "/delete"));
		assertThat(deleted.getRedirectedUrl()).isEqualTo("/indicators/reported?view=mine");
		assertThat(calls.page("xa", get(location)).getStatus()).isEqualTo(404);
	}

	@Test
	void theApproverSeesTheButtonsAndTheAuthorAndTheCommuneSeeWhyNot() throws Exception {
		UUID byCommune = fx.submitted("xa", entry("27781", "DOSSIERS_ON_TIME", YearMonth.of(2024, 1), YearMonth.of(2024, 12),
				"99.9"));
		String author = calls.html("xa", "/indicators/reported/" + byCommune);
		assertThat(author).contains(">99,9%<").contains(">Chờ duyệt<").contains("Bạn không thể duyệt giá trị do chính mình nhập.")
			.doesNotContain("id=\"approve\"").doesNotContain("id=\"submit\"");

		String approver = calls.html("huyen", "/indicators/reported/" + byCommune);
		assertThat(approver).contains("id=\"approve\"").contains("id=\"reject\"").contains("bắt buộc khi trả lại");
		MockHttpServletResponse noReason = calls.page("huyen", post("/indicators/reported/" + byCommune + "/reject")
			.param("comment", "   "));
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("Vui lòng ghi lý do trả lại.")
			.contains("id=\"approve\"");
		MockHttpServletResponse approved = calls.page("huyen", post("/indicators/reported/" + byCommune + "/approve")
			.param("comment", "Đúng số liệu"));
		assertThat(approved.getRedirectedUrl()).isEqualTo("/indicators/reported/" + byCommune);
		assertThat(calls.html("xa", "/indicators/reported/" + byCommune)).contains(">Đã duyệt<")
			.contains("Quyết định bởi huyen lúc").contains("Đúng số liệu").doesNotContain("id=\"edit\"");

		UUID byDistrict = fx.submitted("huyen", entry("27781", "FEEDBACK_RECEIVED", YearMonth.of(2024, 1),
				YearMonth.of(2024, 3), "12"));
		assertThat(calls.html("xa", "/indicators/reported/" + byDistrict))
			.contains("bạn không thể duyệt giá trị của chính đơn vị mình").doesNotContain("id=\"approve\"");
		MockHttpServletResponse refused = calls.page("xa", post("/indicators/reported/" + byDistrict + "/approve"));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
			.contains("Giá trị của một đơn vị do cấp trên trực tiếp duyệt: bạn không thể duyệt giá trị của chính đơn vị mình.");
		assertThat(fx.get("huyen", byDistrict).status()).isEqualTo(ReportedStatus.SUBMITTED);
	}

	@Test
	void theImportPageExplainsTheFileAndAllOrNothing() throws Exception {
		String page = calls.html("tinh", "/indicators/reported/import");
		assertThat(page).contains("<h1>Nhập số liệu báo cáo từ Excel</h1>")
			.contains("Tất cả hoặc không: chỉ cần một dòng lỗi là không dòng nào được lưu.")
			.contains("href=\"/indicators/reported/template.xlsx\"").contains("<li>Từ tháng (MM/yyyy)</li>")
			.contains("name=\"file\"");
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		String list = calls.html("huyen", "/indicators/reported?lang=en");
		assertThat(list).contains("<h1>Figures reported by agencies</h1>").contains("Awaiting my approval")
			.contains("<option value=\"POPULATION\">Population</option>").doesNotContain("??");
		MockHttpServletResponse form = calls.page("huyen", MockMvcRequestBuilders.get("/indicators/reported/new?lang=en"));
		String html = form.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>Enter a value</h1>").contains("<optgroup label=\"Statistics office\">")
			.doesNotContain("??");
		assertThat(calls.html("huyen", "/indicators/reported/import?lang=en")).contains("All or nothing").doesNotContain("??");
	}
}
