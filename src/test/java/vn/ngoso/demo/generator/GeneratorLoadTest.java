package vn.ngoso.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.HouseholdDetail;
import vn.ngoso.households.Households;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.outreach.Visits;

/**
 * Slices of the generated data in a real database (the demo's own, which nothing else writes
 * households to; each slice is removed afterwards): loaded by COPY, then counted by the check
 * query and read back through the services; and the generated CSV file through the real import.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GeneratorLoadTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenIds citizenIds;

	@Autowired
	Households households;

	@Autowired
	Visits visits;

	@Autowired
	UserDetailsService users;

	@Autowired
	HouseholdImports imports;

	@TempDir
	Path dir;

	private List<Long> communes = List.of();

	@AfterEach
	void removeTheSlice() {
		SecurityContextHolder.clearContext();
		for (long commune : communes) {
			jdbc.sql("""
					with h as (select id from household where commune_id = :c),
					     v as (delete from visit_member where visit_id in (select id from visit where household_id in (select id from h))),
					     o as (delete from visit_outcome where visit_id in (select id from visit where household_id in (select id from h))),
					     e as (delete from readiness_event where resident_id in (select id from resident where household_id in (select id from h))),
					     x as (delete from readiness where resident_id in (select id from resident where household_id in (select id from h)))
					select count(*) from h
					""").param("c", commune).query(Long.class).single();
			jdbc.sql("delete from visit where household_id in (select id from household where commune_id = ?)").param(commune).update();
			jdbc.sql("delete from resident where household_id in (select id from household where commune_id = ?)").param(commune).update();
			jdbc.sql("delete from household where commune_id = ?").param(commune).update();
		}
	}

	private void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private List<String> communesWithoutHouseholds(List<HamletRef> all, int count) {
		return all.stream().map(HamletRef::communeCode).filter(c -> !c.equals("27781")).distinct()
			.filter(c -> !jdbc.sql("select exists(select 1 from household h join admin_unit c on c.id = h.commune_id"
					+ " where c.code = ?)").param(c).query(Boolean.class).single())
			.limit(count).toList();
	}

	@Test
	void theGeneratedFileImportsWithoutASingleRowError() throws Exception {
		HamletSource source = new HamletSource(jdbc);
		List<HamletRef> all = source.longAn(List.of());
		List<HamletRef> slice = source.longAn(communesWithoutHouseholds(all, 1));
		communes = slice.stream().map(HamletRef::communeId).distinct().toList();
		Targets targets = Targets.LONG_AN.scaledTo(400); // the province's rates over a few hundred households
		Path csv = dir.resolve("slice.csv");
		LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
		generator.generate(generator.plan(slice, targets), new ImportCsvFile(csv));

		signIn("tinh");
		ImportJob job;
		try (var in = java.nio.file.Files.newInputStream(csv)) {
			job = imports.start("slice.csv", in);
		}
		for (int i = 0; i < 6000 && job.running(); i++) {
			Thread.sleep(20);
			job = imports.job(job.id());
		}
		assertThat(job.status()).as("%s", imports.problem(job, java.util.Locale.ROOT)).isEqualTo(ImportStatus.DONE);
		assertThat(imports.errors(job.id(), 5, java.util.Locale.ROOT)).isEmpty();
		assertThat(job.rowsValid()).isEqualTo(targets.residents());
		assertThat(job.householdsCreated()).isEqualTo(targets.households());
	}

	@Test
	void aLoadedSliceHasExactlyItsGuidedHouseholdsAndReadsBackThroughTheServices() throws Exception {
		HamletSource source = new HamletSource(jdbc);
		List<HamletRef> all = source.longAn(List.of());
		List<HamletRef> slice = source.longAn(communesWithoutHouseholds(all, 2));
		communes = slice.stream().map(HamletRef::communeId).distinct().toList();
		assertThat(jdbc.sql("select count(*) from household where commune_id in (:c)").param("c", communes)
			.query(Long.class).single()).as("the slice starts empty").isZero();
		Targets targets = Targets.LONG_AN.scaledTo(1200); // the province's rates over fewer households

		LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
		CopySpool spool = new CopySpool(dir, citizenIds::protect);
		Summary summary = generator.generate(generator.plan(slice, targets), spool);
		new CopyLoader(dataSource).copyAll(dir);

		GuidedHouseholds.Totals totals = new GuidedHouseholds(jdbc).under(slice.stream().map(HamletRef::path).toList());
		assertThat(totals.matches(targets)).as(totals + " for " + targets).isTrue();
		assertThat(jdbc.sql("select count(*) from resident r join household h on h.id = r.household_id"
				+ " where h.commune_id in (:c)").param("c", communes).query(Long.class).single())
			.isEqualTo(targets.residents()).isEqualTo(summary.residents);
		// loaded by COPY: covered_from is made by the same rule as the figures, on a recompute or here
		households.refreshCovered(jdbc.sql("select id from household where commune_id in (:c)").param("c", communes)
			.query(UUID.class).list());
		assertThat(jdbc.sql("select count(*) from household where commune_id in (:c) and covered_from is not null")
			.param("c", communes).query(Long.class).single()).isEqualTo(summary.covered);

		signIn("admin");
		UUID visited = jdbc.sql("""
				select v.household_id from visit v join visit_outcome o on o.visit_id = v.id
				join household h on h.id = v.household_id
				where h.commune_id in (:c) and o.item = 'PROVINCIAL_APP' order by v.household_id limit 1
				""").param("c", communes).query(UUID.class).single();
		HouseholdDetail detail = households.household(visited);
		assertThat(detail.residents()).isNotEmpty();
		assertThat(detail.residents()).filteredOn(r -> r.cccdMasked() != null)
			.allSatisfy(r -> assertThat(r.cccdMasked()).matches("080\\*{6}\\d{3}"));
		assertThat(detail.residents()).anySatisfy(r -> assertThat(r.profile()).containsKey(
				vn.ngoso.households.ReadinessItem.PROVINCIAL_APP));
		assertThat(visits.ofHousehold(visited)).isNotEmpty()
			.allSatisfy(v -> assertThat(v.memberIds()).isNotEmpty());
	}
}
