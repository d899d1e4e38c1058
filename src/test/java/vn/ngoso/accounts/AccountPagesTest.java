package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

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

	/** user.unit.unknown: a unit outside the scope reads as one that does not exist. */
	private static final String UNKNOWN_UNIT = "Mã đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.";

	/** user.member.notLeader */
	private static final String NOT_LEADER = "Thành viên này không phải tổ trưởng của tổ: chỉ tổ trưởng mới được cấp tài khoản tổ trưởng.";

	/** user.member.hasAccount */
	private static final String HAS_ACCOUNT = "Thành viên này đã có một tài khoản đang hoạt động.";

	/** An active member in Tuyên Bình (27781) with this team role and, as asked, an enabled account or none. */
	private String phoneOfMemberInTuyenBinh(String teamRole, boolean withAccount) {
		return jdbc.sql("""
				select m.phone from member m join team t on t.id = m.team_id
				join admin_unit c on c.code = '27781' and c.level = 3 and t.unit_path <@ c.path
				where m.left_on is null and m.role = ?
				  and exists (select 1 from app_user a where a.member_id = m.id and a.enabled) = ?
				order by m.id limit 1
				""").params(teamRole, withAccount).query(String.class).single();
	}

	private String createAccount(String role, String field, String value, String username) throws Exception {
		return mvc.perform(post("/users").with(demo().as("xa")).with(csrf()).param("role", role).param(field, value)
				.param("username", username).param("password", "matkhau1"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anAgencyOrOfficerAccountAboveTheCommuneIsRefusedBesideTheUnitCode() throws Exception {
		long before = accounts();
		for (String code : List.of("80", "797")) {
			mvc.perform(post("/users").with(demo().as("xa")).with(csrf()).param("role", "AGENCY").param("unitCode", code)
					.param("username", "coquan-" + code + "-" + UniqueValues.word().toLowerCase()).param("password", "matkhau1"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(UNKNOWN_UNIT)));
		}
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void aTeamLeadersAccountIsOnlyForTheMemberWhoLeadsTheTeam() throws Exception {
		long before = accounts();
		String plain = phoneOfMemberInTuyenBinh("MEMBER", false);
		assertThat(createAccount("TEAM_LEADER", "memberPhone", plain, "tt-" + plain)).contains(NOT_LEADER);
		String deputy = phoneOfMemberInTuyenBinh("DEPUTY", false);
		assertThat(createAccount("TEAM_LEADER", "memberPhone", deputy, "tt-" + deputy)).contains(NOT_LEADER);
		assertThat(accounts()).isEqualTo(before);
	}

	/** The positive control: the team's leader gets it. (Rolled back.) */
	@Test
	@Transactional
	void theLeaderOfATeamGetsATeamLeadersAccount() throws Exception {
		String leader = phoneOfMemberInTuyenBinh("LEADER", false);
		mvc.perform(post("/users").with(demo().as("xa")).with(csrf()).param("role", "TEAM_LEADER")
				.param("memberPhone", leader).param("username", "tt-" + leader).param("password", "matkhau1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select role from app_user where username = ?").param("tt-" + leader).query(String.class)
			.single()).isEqualTo("TEAM_LEADER");
	}

	@Test
	void aMemberWithAnEnabledAccountGetsNoSecondOne() throws Exception {
		long before = accounts();
		String thanhvien = phoneOf("thanhvien");
		assertThat(createAccount("MEMBER", "memberPhone", thanhvien, "tv2-" + thanhvien)).contains(HAS_ACCOUNT);
		String totruong = phoneOf("totruong");
		assertThat(createAccount("TEAM_LEADER", "memberPhone", totruong, "tt2-" + totruong)).contains(HAS_ACCOUNT);
		assertThat(createAccount("MEMBER", "memberPhone", totruong, "tv2-" + totruong)).contains(HAS_ACCOUNT);
		assertThat(accounts()).isEqualTo(before);
	}

	/**
	 * A disabled account does not count, so the member can get a new one; the old one then stays
	 * disabled, or the member would have two. (Rolled back.)
	 */
	@Test
	@Transactional
	void aDisabledAccountIsNotEnabledAgainOnceTheMemberHasAnother() throws Exception {
		String phone = phoneOfMemberInTuyenBinh("MEMBER", false);
		createAccount("MEMBER", "memberPhone", phone, "tv-cu-" + phone);
		long old = jdbc.sql("select id from app_user where username = ?").param("tv-cu-" + phone).query(Long.class)
			.single();
		mvc.perform(post("/users/" + old + "/enabled").with(demo().as("xa")).with(csrf()).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		createAccount("MEMBER", "memberPhone", phone, "tv-moi-" + phone);
		assertThat(jdbc.sql("select enabled from app_user where username = ?").param("tv-moi-" + phone)
			.query(Boolean.class).single()).isTrue();

		mvc.perform(post("/users/" + old + "/enabled").with(demo().as("xa")).with(csrf()).param("enabled", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "user.member.hasAccount"));
		assertThat(jdbc.sql("select enabled from app_user where id = ?").param(old).query(Boolean.class).single())
			.isFalse();
	}

	private String phoneOf(String username) {
		return jdbc.sql("select m.phone from app_user a join member m on m.id = a.member_id where a.username = ?")
			.param(username).query(String.class).single();
	}

	@Test
	void theAccountsPageListsOnlyAccountsInsideTheSubtree() throws Exception {
		mvc.perform(get("/users").with(demo().as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(">xa<")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">tinh<"))));
		mvc.perform(get("/users").with(demo().as("totruong"))).andExpect(status().isNotFound());
	}

	@Test
	void theNewAccountsUnitIsChosenAmongTheUnitsInScopeAndOneOutsideIsRefused() throws Exception {
		String outside = jdbc.sql("""
				select code from admin_unit where level = 3 and valid_to is null
				  and not path <@ (select path from admin_unit where code = '797' and valid_to is null)
				order by code limit 1""").query(String.class).single();
		String page = mvc.perform(get("/users").with(demo().as("huyen"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("<select id=\"unitCode\" name=\"unitCode\"").contains("<option value=\"27781\">Xã Tuyên Bình")
			.contains("<option value=\"797\">").contains("<optgroup label=\"Xã, phường, thị trấn\">")
			.doesNotContain("<option value=\"" + outside + "\"").doesNotContain("<option value=\"80\">");

		long before = accounts();
		String name = "xa-" + UniqueValues.word().toLowerCase();
		mvc.perform(post("/users").with(demo().as("huyen")).with(csrf()).param("role", "COMMUNE")
				.param("unitCode", outside).param("username", name).param("password", "matkhau1"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(UNKNOWN_UNIT)));
		assertThat(accounts()).isEqualTo(before);

		mvc.perform(post("/users").with(demo().as("huyen")).with(csrf()).param("role", "COMMUNE")
				.param("unitCode", "27781").param("username", name).param("displayName", "UBND xã mới")
				.param("password", "matkhau1"))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts()).isEqualTo(before + 1);
	}
}
