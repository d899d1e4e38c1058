package vn.ngoso.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ngoso.support.SafeResponses.noStackTrace;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;

/**
 * A database without demo data: its administrator comes from ngoso.admin.password, is led to the
 * first-run page, chooses the province (a setting, audited), imports hamlets restricted to that
 * province, and cannot change the province once it has teams.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-firstrun", "ngoso.demo=false",
		"ngoso.admin.password=mot-mat-khau-dai-du" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void theAdministratorComesFromTheSettingOnceAndIsLedToTheFirstRunPage() throws Exception {
		assertThat(jdbc.sql("select username || ' ' || role from app_user").query(String.class).list())
			.containsExactly("admin ADMIN");
		assertThat(jdbc.sql("select count(*) from deployment_province").query(Long.class).single()).isZero();
		String home = page(get("/"));
		assertThat(home).contains("id=\"home-setup\"").contains("href=\"/thiet-lap\"");
		String setup = page(get("/thiet-lap"));
		assertThat(setup).contains("Tỉnh Tây Ninh (80)").contains("Tỉnh Long An (80)");
	}

	@Test
	@Order(2)
	void choosingTheProvinceIsStoredWithWhoAndAudited() throws Exception {
		mvc.perform(post("/thiet-lap/tinh").param("province", "").with(admin()).with(csrf()))
			.andExpect(status().isOk()).andExpect(noStackTrace());
		assertThat(jdbc.sql("select count(*) from deployment_province").query(Long.class).single()).isZero();

		long tayNinh = tayNinh();
		mvc.perform(post("/thiet-lap/tinh").param("province", String.valueOf(tayNinh)).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/thiet-lap"));

		assertThat(jdbc.sql("select unit_id || ' ' || set_by from deployment_province").query(String.class).single())
			.isEqualTo(tayNinh + " admin");
		assertThat(jdbc.sql("select actor || ' ' || action from audit_log where entity_type = 'SETTING'")
			.query(String.class).list()).containsExactly("admin CREATE");
		assertThat(page(get("/"))).doesNotContain("id=\"home-setup\"");
		assertThat(page(get("/thiet-lap"))).contains("id=\"chosen-province\">Tỉnh Tây Ninh (80)");
	}

	@Test
	@Order(3)
	void hamletsOfAnotherProvinceOrListAreRowErrorsNamingTheCode() throws Exception {
		// 27781 is a commune of the Long An 2024 list only; 27775 is in both lists (reused code)
		String page = upload("/thiet-lap/ap", "commune_code,name,type\n27781,Ấp Cả Bản,Ấp\n27775,Ấp 1,Ấp\n");

		assertThat(Html.tableRows(page, "hamlet-errors")).hasSize(1);
		assertThat(Html.tableRows(page, "hamlet-errors").get(0).get(3)).contains("Mã xã 27781 không thuộc Tỉnh Tây Ninh");
		assertThat(jdbc.sql("select count(*) from admin_unit where level = 4").query(Long.class).single()).isZero();

		page = upload("/thiet-lap/ap", "commune_code,name,type\n27775,Ấp 1,Ấp\n27775,Khu phố 2,Khu phố\n");
		assertThat(page).contains("Đã nhập 2 ấp/khu phố.");
		assertThat(jdbc.sql("""
				select count(*) from admin_unit h join admin_unit c on c.id = h.parent_id
				where h.level = 4 and c.code = '27775' and c.valid_from = date '2025-07-01'""").query(Long.class).single())
			.isEqualTo(2);
		String template = mvc.perform(get("/thiet-lap/mau-ap.csv").with(admin())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).startsWith("commune_code,name,type\n").contains(",Ấp 1,Ấp");
	}

	@Test
	@Order(4)
	void theProvinceChangesBeforeTeamsButNotAfter() throws Exception {
		long longAn = jdbc.sql("select id from admin_unit where code = '80' and valid_from = date '2024-11-01'")
			.query(Long.class).single();
		mvc.perform(post("/thiet-lap/tinh").param("province", String.valueOf(longAn)).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/thiet-lap"));
		mvc.perform(post("/thiet-lap/tinh").param("province", String.valueOf(tayNinh())).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/thiet-lap"));

		String page = upload("/thiet-lap/to",
				"commune_code,hamlet_name,team_name,decision_no,decision_date\n27775,Ấp 1,Tổ CNSCĐ Ấp 1,5/QĐ-UBND,01/08/2025\n");
		assertThat(page).contains("Đã thành lập 1 tổ.").contains("id=\"setup-counts\"");

		String refused = mvc.perform(post("/thiet-lap/tinh").param("province", String.valueOf(longAn)).with(admin())
				.with(csrf())).andExpect(status().isOk()).andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Không đổi được tỉnh: Tỉnh Tây Ninh đã có tổ.");
		assertThat(jdbc.sql("select unit_id from deployment_province").query(Long.class).single()).isEqualTo(tayNinh());
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'SETTING'").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	@Order(5)
	void onlyTheAdministratorSetsUp() throws Exception {
		jdbc.sql("insert into app_user (username, password_hash, display_name, role, unit_id) values "
				+ "('sotinh', 'x', 'Sở', 'PROVINCE', ?)").param(tayNinh()).update();
		mvc.perform(get("/thiet-lap").with(new DemoUsers(users).as("sotinh"))).andExpect(status().isNotFound());
		mvc.perform(post("/thiet-lap/tinh").param("province", "1").with(new DemoUsers(users).as("sotinh")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long tayNinh() {
		return jdbc.sql("select id from admin_unit where code = '80' and valid_from = date '2025-07-01'")
			.query(Long.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return new DemoUsers(users).as("admin");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(admin())).andExpect(status().isOk()).andExpect(noStackTrace())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String upload(String url, String csv) throws Exception {
		var file = new MockMultipartFile("file", "f.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart(url).file(file).with(admin()).with(csrf())).andExpect(status().isOk())
			.andExpect(noStackTrace()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
