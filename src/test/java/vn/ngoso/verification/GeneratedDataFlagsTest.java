package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.demo.generator.CopyLoader;
import vn.ngoso.demo.generator.CopySpool;
import vn.ngoso.demo.generator.HamletRef;
import vn.ngoso.demo.generator.HamletSource;
import vn.ngoso.demo.generator.LongAnGenerator;
import vn.ngoso.demo.generator.OperationTargets;
import vn.ngoso.demo.generator.OperationsLoader;
import vn.ngoso.demo.generator.OperationsMaker;
import vn.ngoso.demo.generator.Targets;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.verification.internal.FlagComputation;

/**
 * The generated Long An data, loaded for two communes (in the database the generator's own tests
 * use, the slice removed afterwards), raises no flag over its whole period: the thresholds sit
 * above what the province's real rates give.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GeneratedDataFlagsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenIds citizenIds;

	@Autowired
	FlagComputation computation;

	@TempDir
	Path dir;

	private List<Long> communes = List.of();

	private List<java.util.UUID> deskDays = List.of();

	private List<java.util.UUID> sessions = List.of();

	@AfterEach
	void removeTheSlice() {
		if (!deskDays.isEmpty()) {
			jdbc.sql("delete from service_desk_member where day_id in (:d)").param("d", deskDays).update();
			jdbc.sql("delete from service_desk_day where id in (:d)").param("d", deskDays).update();
		}
		if (!sessions.isEmpty()) {
			for (String t : List.of("outreach_session_team", "outreach_session_attendee")) {
				jdbc.sql("delete from " + t + " where session_id in (:s)").param("s", sessions).update();
			}
			jdbc.sql("delete from outreach_session where id in (:s)").param("s", sessions).update();
		}
		for (long commune : communes) {
			jdbc.sql("""
					with h as (select id from household where commune_id = :c),
					     f as (delete from data_flag where household_id in (select id from h)),
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
		jdbc.sql("delete from data_flag").update();
	}

	@Test
	void generatedDataRaisesNoFlag() throws Exception {
		HamletSource source = new HamletSource(jdbc);
		List<HamletRef> all = source.longAn(List.of());
		List<String> empty = all.stream().map(HamletRef::communeCode).filter(c -> !c.equals("27781")).distinct()
			.filter(c -> !jdbc.sql("select exists(select 1 from household h join admin_unit c on c.id = h.commune_id"
					+ " where c.code = ?)").param(c).query(Boolean.class).single())
			.limit(2).toList();
		List<HamletRef> slice = source.longAn(empty);
		communes = slice.stream().map(HamletRef::communeId).distinct().toList();
		LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
		generator.generate(generator.plan(slice, Targets.LONG_AN.scaledTo(1200)), new CopySpool(dir, citizenIds::protect));
		new CopyLoader(dataSource).copyAll(dir);
		// the slice's desk days too, the provincial centre's among them (DESK_DAY reads who was on duty)
		OperationsMaker.Made operations = new OperationsMaker(LongAnGenerator.DEFAULT_SEED).make(slice, source.province(),
				OperationTargets.LONG_AN_2024.slice(slice.size(), all.size()));
		new OperationsLoader(dataSource).load(operations);
		deskDays = operations.days().stream().map(OperationsMaker.DeskDayMade::id).toList();
		sessions = operations.sessions().stream().map(OperationsMaker.SessionMade::id).toList();
		assertThat(jdbc.sql("select count(*) from service_desk_member m join service_desk_day d on d.id = m.day_id"
				+ " where d.id in (:d) and d.unit_id = :p")
			.param("d", deskDays).param("p", source.province().unitId()).query(Long.class).single())
			.as("members on duty at the provincial centre").isPositive();

		var period = jdbc.sql("""
				select min(v.visited_on) as first, max(v.visited_on) as last, count(*) as visits
				from visit v join household h on h.id = v.household_id where h.commune_id in (:c)""")
			.param("c", communes).query((rs, n) -> new Object[] { rs.getObject("first", java.time.LocalDate.class),
					rs.getObject("last", java.time.LocalDate.class), rs.getLong("visits") })
			.single();
		assertThat((long) period[2]).as("visits generated").isGreaterThan(100);
		computation.compute((java.time.LocalDate) period[0], (java.time.LocalDate) period[1]);

		List<String> flags = jdbc.sql("""
				select f.kind || ' ' || f.reason from data_flag f join admin_unit u on u.id = f.unit_id
				where exists (select 1 from admin_unit c where c.id in (:c) and f.unit_path <@ c.path)""")
			.param("c", communes).query(String.class).list();
		assertThat(flags).isEmpty();
	}
}
