package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * What the phone installs and keeps: the manifest and service worker without signing in, the
 * shell with its texts for field roles only, and a bearer token for the session's own phone.
 */
@IntegrationTest
class FieldPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void manifestIconsAndServiceWorkerAreServedToAnyone() throws Exception {
		var manifest = mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse();
		assertThat(manifest.getStatus()).isEqualTo(200);
		assertThat(manifest.getContentAsString(StandardCharsets.UTF_8)).contains("\"start_url\": \"/households/to-visit\"")
			.contains("icon-512-maskable.png");
		assertThat(mvc.perform(get("/sw.js")).andReturn().getResponse().getContentAsString()).contains("addEventListener('fetch'");
		assertThat(mvc.perform(get("/img/icon-192.png")).andReturn().getResponse().getContentAsByteArray()).hasSizeGreaterThan(1000);
	}

	@Test
	void theShellCarriesItsTextsAndTheEditFormRouteIsTheShell() throws Exception {
		var users = new DemoUsers(this.users);
		String shell = mvc.perform(get("/offline").with(users.as("thanhvien"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shell).contains("id=\"field-app\"").contains("id=\"field-status\"").contains("data-user=\"thanhvien\"")
			.contains("Đã cài ứng dụng Long An Số").contains("\"field.queued\":\"{0} bản ghi chưa gửi\"")
			.contains("rel=\"manifest\"").contains("/js/field.js");
		// the online visit form rendered empty, for the phone to fill: its toggles, no photo field
		String visit = part(shell, "<template id=\"field-visit\">");
		assertThat(visit).contains("id=\"visit-form\"").contains("<template class=\"member\">")
			.contains("<template class=\"outcomes\">").contains("value=\"PROVINCIAL_APP\"")
			.contains("Đã cài ứng dụng Long An Số").contains("name=\"certificate:\"").doesNotContain("evidence-photo");
		// the new-resident form likewise, without the CCCD (entered with a network); the edit form's skeleton
		String newResident = part(shell, "<template id=\"field-resident\">");
		assertThat(newResident).contains("id=\"resident-form\"").contains("name=\"fullName\"").contains("name=\"birthDate\"")
			.contains("<option value=\"CHILD\">").contains("Số CCCD chỉ nhập được khi có mạng.").doesNotContain("name=\"cccd\"")
			.doesNotContain("name=\"another\"");
		assertThat(part(shell, "<template id=\"field-edit\">")).contains("id=\"edit-form\"").contains("Số đang lưu: {0}");
		UUID household = jdbc.sql("select h.id from household h join admin_unit u on u.id = h.unit_id where u.code = ? limit 1")
			.param(HouseholdFixtures.CA_BAN).query(UUID.class).single();
		UUID resident = jdbc.sql("select id from resident where household_id = ? limit 1").param(household).query(UUID.class)
			.single();
		String edit = mvc.perform(get("/households/" + household + "/residents/" + resident + "/edit").with(users.as("thanhvien")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("id=\"field-app\"");
		assertThat(mvc.perform(get("/households/" + household).with(users.as("thanhvien"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("/residents/" + resident + "/edit");

		String officer = mvc.perform(get("/households/to-visit").with(users.as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(officer).as("officers get no field app").doesNotContain("field.js").doesNotContain("field-status");
	}

	/** From one of the shell's templates to the next. */
	private static String part(String html, String start) {
		int from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		int next = html.indexOf("<template id=", from + 1);
		return html.substring(from, next < 0 ? html.length() : next);
	}

	@Test
	void aSignedInMemberGetsABearerTokenForHisPhoneWithTheSessionsCsrfToken() throws Exception {
		var users = new DemoUsers(this.users);
		assertThat(mvc.perform(post("/account/device-token").with(users.as("thanhvien"))).andReturn().getResponse().getStatus())
			.as("without the CSRF token").isEqualTo(403);
		String body = mvc.perform(post("/account/device-token").with(users.as("thanhvien")).with(csrf())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"username\":\"thanhvien\"").containsPattern("\"token\":\"[^\"]{20,}\"");
	}
}
