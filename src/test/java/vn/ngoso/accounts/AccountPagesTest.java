package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

@IntegrationTest
class AccountPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	private DemoUsers demo() {
		return new DemoUsers(userDetails);
	}

	private String phoneOfActiveMemberIn(String communeCode, boolean inside) {
		return jdbc.sql("""
				select m.phone from member m join team t on t.id = m.team_id
				join admin_unit c on c.code = ? and c.level = 3
				where m.left_on is null and m.role = 'MEMBER' and (t.unit_path <@ c.path) = ?
				  and not exists (select 1 from app_user a where a.member_id = m.id)
				order by m.id limit 1
				""").params(communeCode, inside).query(String.class).single();
	}

	private long accounts() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Test
	void aCommuneOfficerCreatesAMemberAccountWhoCanThenSignInAndIsDisabledLater() throws Exception {
		String phone = phoneOfActiveMemberIn("27781", true);
		mvc.perform(post("/users").with(demo().as("xa")).with(csrf())
				.param("role", "MEMBER").param("memberPhone", phone).param("username", "tv-" + phone)
				.param("displayName", "Thành viên mới").param("password", "matkhau1"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users"));
		long id = jdbc.sql("select id from app_user where username = ?").param("tv-" + phone).query(Long.class).single();
		assertThat(jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).single())
			.startsWith("$2");
		String token = "{\"username\":\"tv-" + phone + "\",\"password\":\"matkhau1\"}";
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(token))
			.andExpect(status().isOk());

		mvc.perform(post("/users/" + id + "/enabled").with(demo().as("xa")).with(csrf()).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(token))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'USER' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aCommuneOfficerCannotHandOutAWiderRoleNorReachAMemberOutsideTheCommune() throws Exception {
		long before = accounts();
		mvc.perform(post("/users").with(demo().as("xa")).with(csrf())
				.param("role", "DISTRICT").param("unitCode", "797").param("username", "huyen2").param("password", "matkhau1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vui lòng chọn một vai trò thấp hơn vai trò của bạn.")));
		mvc.perform(post("/users").with(demo().as("xa")).with(csrf())
				.param("role", "MEMBER").param("memberPhone", phoneOfActiveMemberIn("27781", false))
				.param("username", "ngoai-pham-vi").param("password", "matkhau1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(
					"Không có thành viên đang hoạt động với số điện thoại này trong phạm vi của bạn.")));
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void theAccountsPageListsOnlyAccountsInsideTheSubtree() throws Exception {
		mvc.perform(get("/users").with(demo().as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(">xa<")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">tinh<"))));
		mvc.perform(get("/users").with(demo().as("totruong"))).andExpect(status().isNotFound());
	}
}
