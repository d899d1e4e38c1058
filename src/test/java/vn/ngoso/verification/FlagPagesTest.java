package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.verification.internal.FlagComputation;

/**
 * The flags page: an officer sees the flags under their unit with the reason and the records,
 * marks one seen or dismissed (who and when, in the audit log); nothing outside the scope, and
 * nothing for a team leader; only the administrator changes a threshold, only the administrator
 * and the province run the computation.
 */
@IntegrationTest
@Transactional
class FlagPagesTest {

	static final LocalDate DAY = LocalDate.of(2021, 5, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FlagComputation computation;

	FlagPlants plant;

	long flag;

	long commune;

	@BeforeEach
	void plantOneFlag() {
		plant = new FlagPlants(jdbc);
		long caBan = plant.unitId(HouseholdFixtures.CA_BAN);
		commune = plant.unitId("27781");
		long member = plant.memberOf("thanhvien");
		for (UUID household : plant.households(caBan, 30)) {
			plant.visitSentLater(household, DAY, member);
		}
		computation.compute(DAY, DAY);
		flag = jdbc.sql("select id from data_flag where day = ?").param(DAY).query(Long.class).single();
	}

	@Test
	void anOfficerSeesTheFlagWithItsReasonAndRecordsAndMarksItSeen() throws Exception {
		String page = Html.unescape(mvc.perform(get("/verification/flags").param("unitId", String.valueOf(commune)).with(as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("ghi 30 lượt thăm trong ngày 04/05/2021 (ngưỡng 30)", "id=\"flag-" + flag + "\"",
				"/members/" + plant.memberOf("thanhvien") + "/edit", "30 lượt thăm");

		mvc.perform(post("/verification/flags/{id}/review", flag).param("review", "DISMISSED")
			.param("unitId", String.valueOf(commune)).with(as("xa")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select review || ' ' || reviewed_by from data_flag where id = ?").param(flag)
			.query(String.class).single()).isEqualTo("DISMISSED xa");
		assertThat(jdbc.sql("""
				select actor || ' ' || action || ' ' || (after ->> 'review') from audit_log
				where entity_type = 'DATA_FLAG' and entity_id = ?""").param(String.valueOf(flag)).query(String.class)
			.list()).containsExactly("xa REVIEW DISMISSED");
		String after = Html.unescape(mvc.perform(get("/verification/flags").with(as("xa")))
			.andReturn().getResponse().getContentAsString());
		assertThat(after).contains("Đã bỏ qua: xa,");
	}

	@Test
	void theKindFilterShowsOnlyThatKind() throws Exception {
		String page = mvc.perform(get("/verification/flags").param("kind", "COVERED_JUMP").with(as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("id=\"flag-" + flag + "\"").contains("id=\"no-flags\"");
	}

	@Test
	void outsideTheScopeNothingIsShownOrReviewed() throws Exception {
		long elsewhere = jdbc.sql("""
				select h.id from admin_unit h join admin_unit c on c.id = h.parent_id
				where c.code <> '27781' and h.parent_id is not null and nlevel(h.path) = 4 order by h.id limit 1""")
			.query(Long.class).single();
		long otherFlag = jdbc.sql("""
				insert into data_flag (day, kind, subject, unit_id, unit_path, reason, computed_at)
				select ?, 'VISITS_DAY', 'member:0', id, path, 'elsewhere', now() from admin_unit where id = ? returning id""")
			.param(DAY).param(elsewhere).query(Long.class).single();
		mvc.perform(get("/verification/flags").param("unitId", String.valueOf(elsewhere)).with(as("xa")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/verification/flags/{id}/review", otherFlag).param("review", "SEEN").with(as("xa")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select review from data_flag where id = ?").param(otherFlag).query(String.class).optional())
			.isEmpty();
		String own = mvc.perform(get("/verification/flags").with(as("xa"))).andReturn().getResponse().getContentAsString();
		assertThat(own).doesNotContain("elsewhere");
	}

	@Test
	void aTeamLeaderHasNoFlagsPage() throws Exception {
		mvc.perform(get("/verification/flags").with(as("totruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/verification/flags/{id}/review", flag).param("review", "SEEN").with(as("totruong")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheAdministratorChangesAThresholdAndBadOnesAreRefused() throws Exception {
		mvc.perform(post("/verification/flags/rules").param("kind", "VISITS_DAY").param("threshold", "5")
			.param("enabled", "true").with(as("xa")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/verification/flags/rules").param("kind", "VISITS_DAY").param("threshold", "0")
			.param("enabled", "true").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(threshold()).isEqualTo(30);

		mvc.perform(post("/verification/flags/rules").param("kind", "VISITS_DAY").param("threshold", "40")
			.param("enabled", "true").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(threshold()).isEqualTo(40);
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'FLAG_RULE' and actor = 'admin'")
			.query(Long.class).single()).isEqualTo(1);
		computation.compute(DAY, DAY);
		assertThat(jdbc.sql("select count(*) from data_flag where day = ?").param(DAY).query(Long.class).single()).isZero();
	}

	@Test
	void theProvinceRunsTheComputationAndACommuneCannot() throws Exception {
		String yesterday = HouseholdFixtures.today().minusDays(1).toString();
		mvc.perform(post("/verification/flags/compute").param("from", yesterday).param("to", yesterday)
			.with(as("xa")).with(csrf())).andExpect(status().isNotFound());
		var flash = mvc.perform(post("/verification/flags/compute").param("from", yesterday).param("to", yesterday)
			.with(as("tinh")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(flash.get("flash")).isEqualTo("flags.computed");
		var refused = mvc.perform(post("/verification/flags/compute").param("from", yesterday).param("to", "khong-phai-ngay")
			.with(as("tinh")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(refused.get("flashError")).isEqualTo("date.invalid");
		var tooLong = mvc.perform(post("/verification/flags/compute").param("from", "2020-01-01").param("to", yesterday)
			.with(as("tinh")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(tooLong.get("flashError")).isEqualTo("flags.period");
	}

	private int threshold() {
		return jdbc.sql("select threshold from flag_rule where kind = 'VISITS_DAY'").query(Integer.class).single();
	}

	private RequestPostProcessor as(String user) {
		return new DemoUsers(users).as(user);
	}
}
