package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.reported.ReportedFixtures;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DashboardFixtures.Tile;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.territory.Territory;

/**
 * The report's line 13 and the dashboard's tile count people 15+ with a bank account the same way
 * ({@link BankAccounts}), for the same unit and period: the platform's own count until the State
 * Bank's figure is approved, that figure after.
 */
@IntegrationTest
class BankAccountsAgreeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportedValues values;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Territory territory;

	ReportedFixtures reported;

	long commune;

	Period period = DashboardFixtures.yearToDate();

	@BeforeEach
	void setUp() {
		reported = new ReportedFixtures(values, users, jdbc, territory);
		commune = reported.unitId("27781");
	}

	@AfterEach
	void cleanUp() {
		reported.cleanUp();
	}

	@Test
	void untilTheStateBanksFigureIsApprovedBothShowThePlatformsOwnCount() throws Exception {
		long own = tracked.of(commune, period).get(BankAccounts.TRACKED).value().longValue();
		assertThat(own).as("the demo's profiles hold bank accounts in Tuyên Bình").isPositive();
		Map<String, Tile> tiles = DashboardFixtures.tiles(dashboard());
		assertThat(tiles).doesNotContainKey(BankAccounts.REPORTED);
		assertThat(tiles.get(BankAccounts.TRACKED).value()).isEqualTo(DashboardFixtures.count(own));
		List<String> line = line13();
		assertThat(line.get(2)).isEqualTo(DashboardFixtures.count(own));
		assertThat(line.get(3)).isEqualTo("Ngõ Số (theo dõi trên nền tảng)");
	}

	@Test
	void onceTheStateBanksFigureIsApprovedBothShowIt() throws Exception {
		reported.approved("xa", "huyen",
				ReportedFixtures.entry("27781", BankAccounts.REPORTED, period.from(), period.from(), "4321"));
		Map<String, Tile> tiles = DashboardFixtures.tiles(dashboard());
		assertThat(tiles).doesNotContainKey(BankAccounts.TRACKED);
		assertThat(tiles.get(BankAccounts.REPORTED).value()).isEqualTo("4.321");
		assertThat(dashboard()).containsOnlyOnce("id=\"tile-BANK_ACCOUNTS_15\"");
		List<String> line = line13();
		assertThat(line.get(2)).isEqualTo("4.321");
		assertThat(line.get(3)).isEqualTo("Ngân hàng Nhà nước chi nhánh tỉnh");
	}

	private String dashboard() throws Exception {
		return mvc.perform(get("/dashboard/" + commune).with(new DemoUsers(users).as("xa"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> line13() throws Exception {
		String html = mvc.perform(get("/reports/summary").param("unit", "27781").param("from", period.from().toString())
			.param("to", period.to().toString()).with(new DemoUsers(users).as("xa"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> row = Html.tableRows(html, "report-table").get(12);
		assertThat(row.get(0)).isEqualTo("13");
		return row;
	}
}
