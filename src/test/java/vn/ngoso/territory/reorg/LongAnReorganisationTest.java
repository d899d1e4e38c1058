package vn.ngoso.territory.reorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.support.SessionCookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.SummaryReports;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Role;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.DeploymentProvince;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.ShippedPlan;
import vn.ngoso.territory.Territory;

/**
 * The real Long An → Tây Ninh plan (the statistics office's files, the demo's hamlets of split
 * communes) on the demo data, in a database of its own since it changes the tree for good. The
 * tests run in order: refusals and the dry run first, then the plan is applied once, then what
 * must be true after it.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-reorg", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LongAnReorganisationTest {

	static final LocalDate DAY = ShippedPlan.EFFECTIVE;

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	Indicators indicators;

	@Autowired
	Figures figures;

	@Autowired
	SummaryReports reports;

	@Autowired
	Territory territory;

	@Autowired
	DeploymentProvince deploymentProvince;

	ReorgFixtures fixtures;

	/** Taken before the plan is applied. */
	Map<Long, Long> teamsPerHamlet;

	Map<Long, Long> householdsPerHamlet;

	Map<String, FigureValue> longAnJune;

	long longAnRoot;

	static ReorganisationPreview dryRun;

	Map<String, FigureValue> longAn2024;

	Map<String, FigureValue> oldTuyenBinh2024;

	Map<String, FigureValue> oldKhanhHung2024;

	long oldTuyenBinh;

	long oldKhanhHung;

	@BeforeAll
	void before() {
		fixtures = new ReorgFixtures(users, jdbc);
		teamsPerHamlet = perHamlet("team");
		householdsPerHamlet = perHamlet("household");
		longAnRoot = jdbc.sql("select id from admin_unit where code = '80' order by valid_from limit 1").query(Long.class).single();
		longAnJune = tracked.of(longAnRoot, Period.month(YearMonth.of(2025, 6)));
		oldKhanhHung = jdbc.sql("select id from admin_unit where code = '27763' and valid_from < ?").param(DAY)
			.query(Long.class).single();
		oldTuyenBinh = jdbc.sql("select id from admin_unit where code = '27781'").query(Long.class).single();
		longAn2024 = tracked.of(longAnRoot, Period.year(2024));
		oldTuyenBinh2024 = tracked.of(oldTuyenBinh, Period.year(2024));
		oldKhanhHung2024 = tracked.of(oldKhanhHung, Period.year(2024));
		fixtures.as("admin", () -> accounts.create(new NewUser("xa-khanh-hung", "demo", "UBND xã Khánh Hưng", Role.COMMUNE,
				oldKhanhHung, null, null)));
		// an agency figure recorded for the split commune itself: it cannot follow its hamlets
		jdbc.sql("""
				insert into reported_value (id, unit_id, unit_path, indicator, period_from, period_to, value, status,
				                            entered_by, submitted_at, decided_by, decided_at)
				select gen_random_uuid(), id, path, 'BANK_ACCOUNTS_15', date '2024-01-01', date '2024-12-01', 1200,
				       'APPROVED', 'xa-khanh-hung', now(), 'tinh', now() from admin_unit where id = ?
				""").param(oldKhanhHung).update();
	}

	private Map<Long, Long> perHamlet(String table) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("select unit_id, count(*) from " + table + " group by unit_id")
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
		return counts;
	}

	@Test
	@Order(1)
	void aPlanLeavingHamletsOfASplitCommuneUnassignedIsRefusedWithTheirList() {
		String before = fixtures.fingerprint();
		String hamlets = new String(ShippedPlan.read(ShippedPlan.DEMO_HAMLETS), StandardCharsets.UTF_8);
		String without = Arrays.stream(hamlets.split("\n")).filter(l -> !l.startsWith("27763-004,") && !l.startsWith("28063-"))
			.collect(Collectors.joining("\n"));
		ReorganisationPlan plan = ShippedPlan.withDefaults(null, null, ReorgFixtures.utf8(without), DAY);

		ReorganisationPreview preview = fixtures.as("tinh", () -> reorganisations.preview(plan));

		assertThat(preview.canApply()).isFalse();
		assertThat(preview.problems()).allSatisfy(p -> {
			assertThat(p.field()).isEqualTo("hamlets");
			assertThat(p.messageKey()).isEqualTo("reorg.hamlets.unassigned");
		});
		List<String> listed = preview.problems().stream().map(p -> (String) p.args()[1]).sorted().toList();
		List<String> expected = jdbc.sql("""
				select h.code from admin_unit h join admin_unit c on c.id = h.parent_id
				where h.level = 4 and (h.code = '27763-004' or c.code = '28063') order by h.code
				""").query(String.class).list();
		assertThat(listed).isEqualTo(expected).contains("27763-004", "28063-001");
		assertThatThrownBy(() -> fixtures.as("tinh", () -> reorganisations.apply(plan))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).hasSize(expected.size()));
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	@Order(2)
	void badFilesAndDatesAreNamedAndNothingIsWritten() {
		String before = fixtures.fingerprint();
		ReorganisationPlan plan = new ReorganisationPlan(ReorgFixtures.utf8("ma,ten\n1,2\n"),
				// a NUL (PostgreSQL refuses it even in a lookup: the preview was a 500) makes its line a bad row
				ReorgFixtures.utf8("old_code,new_code,kind\n27781,99999,full\n12345,27775,merged\n27781\u0000,27775,full\n"),
				new byte[0],
				LocalDate.now().plusDays(3));
		ReorganisationPreview preview = fixtures.as("admin", () -> reorganisations.preview(plan));
		assertThat(preview.problems()).extracting(p -> p.field() + ":" + p.messageKey()).contains(
				"units:reorg.units.badHeader", "mapping:reorg.mapping.badRow", "mapping:reorg.mapping.unknownNew",
				"mapping:reorg.row.controlCharacter", "effective:reorg.effective.future");
		ReorganisationPreview noDate = fixtures.as("admin",
				() -> reorganisations.preview(ShippedPlan.withDefaults(null, null, null, null)));
		assertThat(noDate.problems()).extracting(p -> p.field() + ":" + p.messageKey())
			.containsExactly("effective:reorg.effective.required");
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	@Order(3)
	void onlyAdministratorsAndProvincialOfficersReorganise() {
		for (String user : List.of("huyen", "xa", "totruong")) {
			assertThatThrownBy(() -> fixtures.as(user, () -> reorganisations.preview(ShippedPlan.longAnToTayNinh())))
				.isInstanceOf(OutOfScope.class);
		}
	}

	@Test
	@Order(4)
	void theDryRunShowsWhatWouldHappenAndChangesNothing() {
		String before = fixtures.fingerprint();
		ReorganisationPreview preview = fixtures.as("tinh", () -> reorganisations.preview(ShippedPlan.longAnToTayNinh()));
		dryRun = preview;
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.hamletsMoved()).isEqualTo(1000);
		assertThat(preview.communes()).hasSize(60);
		assertThat(preview.closed()).hasSize(1 + 15 + 188);
		assertThat(preview.opened()).hasSize(97).allSatisfy(u -> assertThat(u.id()).isPositive());
		assertThat(preview.records()).containsEntry("TEAMS", 998L).containsEntry("HOUSEHOLDS", 480L);
		var tuyenBinh = preview.communes().stream().filter(c -> c.code().equals("27775")).findFirst().orElseThrow();
		assertThat(tuyenBinh.wholeFrom()).containsExactly("Xã Tuyên Bình", "Xã Tuyên Bình Tây");
		assertThat(tuyenBinh.partsFrom()).containsExactlyInAnyOrder("Xã Thái Bình Trung", "Xã Vĩnh Bình", "Xã Vĩnh Thuận");
		assertThat(tuyenBinh.records()).containsEntry("HOUSEHOLDS", 480L);
		assertThat(preview.renamed()).isNotEmpty();
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	@Order(5)
	void thePagesAndTheApiPreviewAndRefuseForProvinceOfficersOnly() throws Exception {
		String before = fixtures.fingerprint();
		DemoUsers demo = new DemoUsers(users);
		mvc.perform(get("/units/reorganisation").with(demo.as("tinh"))).andExpect(status().isOk());
		mvc.perform(get("/units/reorganisation").with(demo.as("xa"))).andExpect(status().isNotFound());
		String page = mvc.perform(multipart("/units/reorganisation/preview").param("effective", "2025-07-01")
			.with(demo.as("tinh")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"reorg-communes\"", "Xã Tuyên Bình Tây", "1.000 ấp/khu phố chuyển sang xã mới",
				"id=\"reorg-apply\"");
		MockMultipartFile oneShort = new MockMultipartFile("hamlets", "ap.csv", "text/csv", ReorgFixtures.utf8(
				new String(ShippedPlan.read(ShippedPlan.DEMO_HAMLETS), StandardCharsets.UTF_8).replace("27763-004,27763\n", "")));
		String refused = mvc.perform(multipart("/units/reorganisation/preview").file(oneShort).param("effective", "2025-07-01")
			.with(demo.as("tinh")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"reorg-problems\"", "(27763-004) của Xã Khánh Hưng (xã bị chia tách) chưa được phân")
			.doesNotContain("id=\"reorg-apply\"");
		String problem = mvc.perform(multipart("/api/v1/reorganisations").file(oneShort).param("effective", "2025-07-01")
			.with(demo.as("tinh")).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problem).contains("\"hamlets\"", "27763-004", "chưa được phân về xã mới nào").doesNotContain("Exception");
		String json = mvc.perform(multipart("/api/v1/reorganisations/preview").param("effective", "2025-07-01")
			.with(demo.as("admin")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"hamletsMoved\":1000", "\"problems\":[]");
		mvc.perform(multipart("/api/v1/reorganisations/preview").with(demo.as("huyen")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/units/reorganisation/apply").with(demo.as("tinh")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	@Order(6)
	void beforeTheChangeTheOldCommuneOfficerSeesTheOldCommuneOnly() throws Exception {
		DemoUsers demo = new DemoUsers(users);
		String children = mvc.perform(get("/api/v1/units/27781/children").with(demo.as("xa"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(children).contains("Ấp Cả Bản");
		mvc.perform(get("/units/" + unitFrom("27775")).with(demo.as("xa"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"huyen\",\"password\":\"demo\"}")).andExpect(status().isOk());
	}

	@Test
	@Order(10)
	void theRealPlanAppliesThroughThePreviewAndApplyPages() throws Exception {
		DemoUsers demo = new DemoUsers(users);
		SessionCookie session = new SessionCookie();
		session.keep(mvc.perform(multipart("/units/reorganisation/preview").param("effective", "2025-07-01")
			.with(demo.as("tinh")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse());
		String page = mvc.perform(post("/units/reorganisation/apply").with(session).with(demo.as("tinh")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"reorg-applied\"", "1.000 ấp chuyển xã", "huyen (Huyện Vĩnh Hưng)",
				"xa-khanh-hung (Xã Khánh Hưng)");
		assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'REORGANISATION' and action = 'APPLY'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from unit_move").query(Long.class).single()).isEqualTo(1000);
		String again = mvc.perform(multipart("/api/v1/reorganisations").param("effective", "2025-07-01")
			.with(demo.as("admin")).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("không có xã cũ đang hiệu lực mã 27781");
	}

	@Test
	@Order(11)
	void afterTheDateTheTreeHasNinetySixCommunesAndNoDistricts() {
		assertThat(inForce(3, DAY)).isEqualTo(96);
		assertThat(inForce(3, LocalDate.now())).isEqualTo(96);
		assertThat(inForce(2, DAY)).isZero();
		assertThat(inForce(1, DAY)).isEqualTo(1);
		assertThat(inForce(3, DAY.minusDays(1))).isEqualTo(188);
		assertThat(inForce(2, DAY.minusDays(1))).isEqualTo(15);
		assertThat(jdbc.sql("select count(*) from admin_unit where level < 4 and province_code = '80'").query(Long.class)
			.single()).as("nothing deleted").isEqualTo(1 + 15 + 188 + 97);
		assertThat(jdbc.sql("select count(*) from admin_unit where level < 4").query(Long.class).single())
			.as("the other 33 provinces of the national list untouched").isEqualTo(1 + 15 + 188 + 34 + 3321);
	}

	@Test
	@Order(11)
	void theDeploymentsProvinceCarriesOnIntoTheProvinceItMergedInto() {
		assertThat(jdbc.sql("select u.valid_from from deployment_province d join admin_unit u on u.id = d.unit_id")
			.query(LocalDate.class).single()).as("the demo chose Long An 2024").isEqualTo(LocalDate.of(2024, 11, 1));
		var current = deploymentProvince.current().orElseThrow();
		assertThat(current.name() + " " + current.code() + " " + current.validFrom()).isEqualTo("Tỉnh Tây Ninh 80 " + DAY);
	}

	/** Units of Long An / Tây Ninh (province code 80) in force on the day. */
	private long inForce(int level, LocalDate day) {
		return jdbc.sql("select count(*) from admin_unit where province_code = '80' and level = ?"
				+ " and valid_from <= ? and (valid_to is null or valid_to >= ?)")
			.params(level, day, day).query(Long.class).single();
	}

	@Test
	@Order(12)
	void everyHamletIsUnderExactlyOneValidCommuneAndEveryCachedPathFollowed() {
		assertThat(jdbc.sql("""
				select count(*) from admin_unit h join admin_unit c on c.id = h.parent_id
				where h.level = 4 and c.level = 3 and c.valid_to is null and c.valid_from <= date '2025-07-01'
				  and h.path = c.path || h.id::text
				""").query(Long.class).single()).isEqualTo(1000);
		assertThat(jdbc.sql("select count(*) from admin_unit where level = 4").query(Long.class).single()).isEqualTo(1000);
		assertThat(jdbc.sql("select count(*) from team t join admin_unit u on u.id = t.unit_id where t.unit_path <> u.path")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from household h join admin_unit u on u.id = h.unit_id
				where h.unit_path <> u.path or h.commune_id <> u.parent_id
				""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from visit v join household h on h.id = v.household_id where v.unit_path <> h.unit_path
				""").query(Long.class).single()).isZero();
	}

	@Test
	@Order(13)
	void teamsAndHouseholdsOfEachNewCommuneAreWhatMovedIn() {
		Map<Long, List<Long>> movedIn = new HashMap<>();
		jdbc.sql("select to_parent_id, unit_id from unit_move").query((rs, n) -> movedIn
			.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2))).list();
		assertThat(movedIn).hasSize(60);
		movedIn.forEach((commune, hamlets) -> {
			String path = jdbc.sql("select path::text from admin_unit where id = ?").param(commune).query(String.class).single();
			long teams = jdbc.sql("select count(*) from team where unit_path <@ ?::ltree").param(path).query(Long.class).single();
			long households = jdbc.sql("select count(*) from household where unit_path <@ ?::ltree").param(path)
				.query(Long.class).single();
			assertThat(teams).isEqualTo(hamlets.stream().mapToLong(h -> teamsPerHamlet.getOrDefault(h, 0L)).sum());
			assertThat(households).isEqualTo(hamlets.stream().mapToLong(h -> householdsPerHamlet.getOrDefault(h, 0L)).sum());
			var line = dryRun.communes().stream().filter(c -> c.id() == commune).findFirst().orElseThrow();
			assertThat(line.records()).containsEntry("TEAMS", teams).containsEntry("HOUSEHOLDS", households);
		});
	}

	@Test
	@Order(14)
	void theProvinceTotalsAreUnchangedAcrossTheDateAndLiveFiguresEqualTheRecompute() {
		long tayNinh = jdbc.sql("select id from admin_unit where code = '80' and valid_from = ?").param(DAY)
			.query(Long.class).single();
		Map<String, FigureValue> july = tracked.of(tayNinh, Period.month(YearMonth.of(2025, 7)));
		Map<String, FigureValue> juneNow = tracked.of(tayNinh, Period.month(YearMonth.of(2025, 6)));
		for (Indicator indicator : indicators.tracked()) {
			if (indicator.measure() != Measure.FLOW && !indicator.code().equals("COMMUNES_WITH_TEAMS")) {
				assertThat(july.get(indicator.code()).value()).as(indicator.code())
					.isEqualTo(longAnJune.get(indicator.code()).value());
				assertThat(juneNow.get(indicator.code()).value()).as("re-projected " + indicator.code())
					.isEqualTo(longAnJune.get(indicator.code()).value());
			}
		}
		assertThat(longAnJune.get("TEAMS").value().longValue()).isEqualTo(998);
		assertThat(july.get("COMMUNES_WITH_TEAMS").value().longValue()).isEqualTo(60);
		assertThat(fixtures.as("admin", () -> figures.checkAsAdministrator())).isEmpty();
	}

	@Test
	@Order(15)
	void writesAfterTheChangeKeepTheLiveFiguresEqualToTheRecompute() throws Exception {
		var pick = jdbc.sql("""
				select h.id as household, r.id as resident from household h join resident r on r.household_id = h.id
				join admin_unit u on u.id = h.unit_id
				where u.name = 'Ấp Cả Bản' and r.birth_date < date '2000-01-01' and h.covered_from is null
				order by h.code, r.id limit 1
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		long tayNinh = unitFrom("80");
		YearMonth month = YearMonth.now().minusMonths(1);
		Period now = Period.month(YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		long coveredBefore = tracked.of(tayNinh, now).get("COVERED_HOUSEHOLDS").value().longValue();
		long member = jdbc.sql("""
				select m.id from member m join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id
				where u.name = 'Ấp Cả Bản' and m.left_on is null order by m.id limit 1
				""").query(Long.class).single();
		DemoUsers demo = new DemoUsers(users);
		for (String item : List.of("PROVINCIAL_APP", "FLUENT")) {
			String body = """
					{"id":"%s","householdId":"%s","date":"%s","memberIds":[%d],
					 "outcomes":[{"residentId":"%s","items":["%s"]}]}
					""".formatted(java.util.UUID.randomUUID(), pick[0], month.atDay(5), member, pick[1], item);
			mvc.perform(post("/api/v1/visits").contentType(MediaType.APPLICATION_JSON).content(body).with(demo.as("xa"))
				.with(csrf())).andExpect(status().isCreated());
		}
		assertThat(tracked.of(tayNinh, now).get("COVERED_HOUSEHOLDS").value().longValue())
			.isEqualTo(coveredBefore + 1);
		assertThat(fixtures.as("admin", () -> figures.checkAsAdministrator())).isEmpty();
	}

	@Test
	@Order(20)
	void scopeFollows() throws Exception {
		long newTuyenBinh = jdbc.sql("select id from admin_unit where code = '27775' and valid_from = ?").param(DAY)
			.query(Long.class).single();
		assertThat(jdbc.sql("select unit_id from app_user where username = 'xa'").query(Long.class).single())
			.isEqualTo(newTuyenBinh);
		DemoUsers demo = new DemoUsers(users);
		String children = mvc.perform(get("/api/v1/units/27775/children").with(demo.as("xa"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(children).contains("Ấp Cả Bản");
		long caBan = jdbc.sql("select id from admin_unit where name = 'Ấp Cả Bản'").query(Long.class).single();
		mvc.perform(get("/api/v1/households").param("unit", "27775").with(demo.as("xa"))).andExpect(status().isOk());
		mvc.perform(get("/units/" + caBan + "/history").with(demo.as("xa"))).andExpect(status().isOk());
		String history = mvc.perform(get("/units/" + newTuyenBinh + "/history").with(demo.as("xa")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(history).contains("Thành lập ngày 01/07/2025 từ Xã Tuyên Bình, Xã Tuyên Bình Tây và một phần "
				+ "Xã Thái Bình Trung, Xã Vĩnh Bình, Xã Vĩnh Thuận.").contains("01/07/2025: Ấp Cả Bản, Xã Tuyên Bình → Xã Tuyên Bình");
		mvc.perform(get("/api/v1/units/27781").with(demo.as("xa"))).andExpect(status().isNotFound());
		for (String closed : List.of("huyen", "xa-khanh-hung")) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + closed + "\",\"password\":\"demo\"}")).andExpect(status().is4xxClientError());
		}
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"xa\",\"password\":\"demo\"}")).andExpect(status().isOk());
	}

	@Test
	@Order(21)
	void aReportBeforeTheDateOnAnOldUnitReadsTheOldTreeExactly() {
		assertThat(values(tracked.of(longAnRoot, Period.year(2024)))).isEqualTo(values(longAn2024));
		assertThat(values(tracked.of(oldTuyenBinh, Period.year(2024)))).isEqualTo(values(oldTuyenBinh2024));
		assertThat(values(tracked.of(oldKhanhHung, Period.year(2024)))).isEqualTo(values(oldKhanhHung2024));
		assertThat(longAn2024.get("COMMUNES_WITH_TEAMS").value().longValue()).isEqualTo(188);
		SummaryReport report = fixtures.as("admin", () -> reports.report(
				territory.lookupIgnoringScope(longAnRoot).orElseThrow(), Period.year(2024)));
		assertThat(report.notes()).extracting(SummaryReport.Note::key).containsExactly("report.reorg.oldTree");
		assertThat(report.line("TEAMS_AND_MEMBERS").figures().get(0).value().longValue()).isEqualTo(998);
	}

	@Test
	@Order(21)
	void theProvincesOfficerStillReportsOnTheOldProvinceButACommunesOfficerNotOnTheUnitsAboveIt() throws Exception {
		// tinh now works for Tây Ninh; Long An's hamlets moved into it, so last year's Long An stays readable
		SummaryReport asProvince = fixtures.as("tinh", () -> reports.report(longAnRoot, null, "2024-01", "2024-12"));
		assertThat(asProvince.unit().id()).isEqualTo(longAnRoot);
		assertThat(asProvince.line("TEAMS_AND_MEMBERS").figures().get(0).value().longValue()).isEqualTo(998);
		String page = mvc.perform(get("/reports/summary").param("unitId", String.valueOf(longAnRoot))
			.param("from", "2024-01").param("to", "2024-12").with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"report-notes\"");
		// xa works for a new commune now: the old commune it came from, yes; the old province, no
		long xaUnitId = jdbc.sql("select unit_id from app_user where username = 'xa'").query(Long.class).single();
		AdminUnit xaUnit = territory.lookupIgnoringScope(xaUnitId).orElseThrow();
		long before = jdbc.sql("""
				select u.id from unit_move m join admin_unit u on m.from_path <@ u.path
				where m.to_path <@ ?::ltree and u.level = ? and u.valid_to is not null limit 1
				""").params(xaUnit.path(), xaUnit.level()).query(Long.class).single();
		assertThat(fixtures.as("xa", () -> reports.report(before, null, "2024-01", "2024-12")).unit().id())
			.isEqualTo(before);
		assertThatThrownBy(() -> fixtures.as("xa", () -> reports.report(longAnRoot, null, "2024-01", "2024-12")))
			.isInstanceOf(vn.ngoso.platform.NotFound.class);
		mvc.perform(get("/reports/summary.xlsx").param("unitId", String.valueOf(longAnRoot))
			.with(new DemoUsers(users).as("xa"))).andExpect(status().isNotFound());
	}

	@Test
	@Order(22)
	void aReportAfterTheDateUsesTheNewTreeWithoutNotes() {
		AdminUnit tayNinh = territory.lookupIgnoringScope(unitFrom("80")).orElseThrow();
		SummaryReport after = fixtures.as("tinh", () -> reports.report(tayNinh,
				new Period(YearMonth.of(2025, 7), YearMonth.of(2025, 12))));
		assertThat(after.notes()).isEmpty();
		assertThat(after.line("TEAMS_AND_MEMBERS").figures().get(0).value().longValue()).isEqualTo(998);
	}

	@Test
	@Order(23)
	void aSpanningReportReProjectsThePastAndSaysWhatCouldOnlyBeReProjectedInPart() throws Exception {
		AdminUnit newKhanhHung = territory.lookupIgnoringScope(unitFrom("27763")).orElseThrow();
		SummaryReport spanning = fixtures.as("tinh", () -> reports.report(newKhanhHung, Period.year(2025)));
		assertThat(spanning.notes()).extracting(SummaryReport.Note::key)
			.containsExactly("report.reorg.comparable", "report.reorg.partial");
		assertThat(spanning.notes().get(1).args()).containsExactly("Xã Khánh Hưng");
		long hamletsTeams = jdbc.sql("select count(*) from team where unit_path <@ ?::ltree").param(newKhanhHung.path())
			.query(Long.class).single();
		assertThat(spanning.line("TEAMS_AND_MEMBERS").figures().get(0).value().longValue()).isEqualTo(hamletsTeams);
		String html = mvc.perform(get("/reports/summary").param("unitId", String.valueOf(unitFrom("80")))
			.param("from", "2025-01").param("to", "2025-12").with(new DemoUsers(users).as("tinh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"report-notes\"").contains("được tính lại theo địa giới mới");

		// the files say it too: a report sent on as a file must not read as if nothing had changed
		byte[] xlsx = file("/reports/summary.xlsx");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			List<String> cells = new java.util.ArrayList<>();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
			assertThat(cells).anySatisfy(c -> assertThat(c).contains("được tính lại theo địa giới mới"));
		}
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(file("/reports/summary.pdf"))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("được tính lại theo địa giới mới");
		}
	}

	private byte[] file(String url) throws Exception {
		return mvc.perform(get(url).param("unitId", String.valueOf(unitFrom("80"))).param("from", "2025-01")
			.param("to", "2025-12").with(new DemoUsers(users).as("tinh"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
	}

	/** The figures alone: when they last changed moves with the reorganisation. */
	private static Map<String, String> values(Map<String, FigureValue> figures) {
		Map<String, String> values = new java.util.TreeMap<>();
		figures.forEach((code, f) -> values.put(code, String.valueOf(f.value())));
		return values;
	}

	private long unitFrom(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_from = ?").params(code, DAY).query(Long.class)
			.single();
	}
}
