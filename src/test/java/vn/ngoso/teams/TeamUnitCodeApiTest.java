package vn.ngoso.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.UnitParameters.answersByCodeAndByDeprecatedId;
import static vn.ngoso.support.UnitParameters.carryIdAndCode;
import static vn.ngoso.support.UnitParameters.items;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/** Teams, members and households are listed by a unit's official code, or by the deprecated id, alike. */
@IntegrationTest
class TeamUnitCodeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HouseholdFixtures fx;

	long tuyenBinh;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
		tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' and valid_to is null").query(Long.class)
			.single();
	}

	@Test
	void teamsMembersAndHouseholdsAreListedByCodeOrByTheDeprecatedId() throws Exception {
		JsonNode teams = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/teams", "27781", tuyenBinh);
		assertThat(items(teams)).isNotEmpty();
		carryIdAndCode(teams);
		assertThat(items(teams)).allSatisfy(t -> assertThat(t.hasNonNull("unitId")).isTrue());
		assertThat(items(answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/members", "27781", tuyenBinh))).isNotEmpty();
		JsonNode households = answersByCodeAndByDeprecatedId(fx, "xa", "/api/v1/households?size=20", "27781",
				tuyenBinh);
		assertThat(items(households)).isNotEmpty().allSatisfy(h -> assertThat(h.hasNonNull("unitCode")).isTrue());
		carryIdAndCode(households);
	}

	@Test
	void aUnitIsReadOnTheDayAsked() throws Exception {
		JsonNode today = fx.getJson("xa", "/api/v1/units/27781");
		assertThat(today.get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(fx.getJson("xa", "/api/v1/units/27781?at=2025-01-01").get("id").asLong()).isEqualTo(tuyenBinh);
		assertThat(fx.getRaw("xa", "/api/v1/units/27781?at=1990-01-01").getStatus()).isEqualTo(404);
	}
}
