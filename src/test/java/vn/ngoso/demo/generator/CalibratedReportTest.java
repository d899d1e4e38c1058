package vn.ngoso.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.demo.internal.SourceTextReportedValues;
import vn.ngoso.feedback.WorkingDays;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;

/**
 * The provincial report from generated data, as the generator leaves it: a two-commune slice
 * loaded with its visits, the live figures rebuilt, and the agencies' 2024 figures entered by
 * {@code tinh} and approved by {@code admin} through the service. The 2024 report for Long An
 * then shows every figure of the source text that the slice can carry: the team figures and all
 * the reported ones exactly, the cashless acceptance points (1 / 7 / 279 / 41) from the
 * generated points of the whole province, and the slice's guided households and feedback (its share of the
 * province's 2,330) exactly as generated. (The
 * whole province, with 203,400 / 255,600 / 180,300, is checked by the benchmark run.)
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalibratedReportTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenIds citizenIds;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	@Autowired
	SourceTextReportedValues reportedValues;

	@Autowired
	WorkingDays workingDays;

	@TempDir
	Path dir;

	private List<Long> communes = List.of();

	@AfterEach
	void removeTheSliceAndTheValues() {
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
		new OperationsLoader(dataSource).deleteGenerated();
		new FeedbackMaker(new JdbcTemplate(dataSource), workingDays, LongAnGenerator.DEFAULT_SEED).removeGenerated();
		jdbc.sql("delete from merchant where created_by = ? and market_id is not null").param(MerchantLoader.BY).update();
		jdbc.sql("delete from merchant where created_by = ?").param(MerchantLoader.BY).update();
		jdbc.sql("delete from reported_value_step where value_id in (select id from reported_value where entered_by = 'tinh')").update();
		jdbc.sql("delete from reported_value where entered_by = 'tinh'").update();
		figures.recompute();
	}

	@Test
	void theTwentyTwentyFourReportShowsTheSourceTextsFiguresFromRecordsAndApprovedValues() throws Exception {
		HamletSource source = new HamletSource(jdbc);
		List<String> codes = source.longAn(List.of()).stream().map(HamletRef::communeCode)
			.filter(c -> !c.equals("27781")).distinct()
			.filter(c -> !jdbc.sql("select exists(select 1 from household h join admin_unit c on c.id = h.commune_id"
					+ " where c.code = ?)").param(c).query(Boolean.class).single())
			.limit(2).toList();
		List<HamletRef> slice = source.longAn(codes);
		communes = slice.stream().map(HamletRef::communeId).distinct().toList();
		Targets targets = Targets.LONG_AN.scaledTo(1200);
		LongAnGenerator generator = new LongAnGenerator(LongAnGenerator.DEFAULT_SEED);
		generator.generate(generator.plan(slice, targets), new CopySpool(dir, citizenIds::protect));
		new CopyLoader(dataSource).copyAll(dir);
		// the year's sessions and desk days of the whole province: a few thousand rows
		OperationsMaker.Made operations = new OperationsMaker(LongAnGenerator.DEFAULT_SEED)
			.make(source.longAn(List.of()), source.province(), OperationTargets.LONG_AN_2024);
		new OperationsLoader(dataSource).load(operations);
		int feedback = FeedbackMaker.countFor(slice.size(), source.longAn(List.of()).size());
		assertThat(new FeedbackMaker(new JdbcTemplate(dataSource), workingDays, LongAnGenerator.DEFAULT_SEED)
			.make(slice, feedback)).isEqualTo(feedback);
		// the acceptance points are few: the whole province's, as the full run makes them
		new MerchantLoader(jdbc).replace(new MerchantMaker(LongAnGenerator.DEFAULT_SEED).make(source.longAn(List.of()),
				java.util.Set.of()));
		figures.recompute();
		assertThat(reportedValues.enterAndApprove()).isEqualTo(SourceTextReportedValues.VALUES.size());

		String html = mvc.perform(get("/reports/summary?unit=80&from=2024-01&to=2024-12")
			.with(new DemoUsers(users).as("tinh"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = Html.tableRows(html, "report-table");
		List<String> figure = rows.stream().map(row -> row.get(2)).toList();
		for (int line : new int[] { 2, 3, 4 }) {
			assertThat(rows.get(line).get(3)).as("line %d comes from records", line + 1)
				.isEqualTo("Ngõ Số (theo dõi trên nền tảng)");
		}
		assertThat(figure).containsExactly("188/188", "998 / 5.485 / 4.980", "32.000", "2.000", "58.000", number(targets.online()), number(targets.app()) + " (+ 23.673 đoàn viên)", "406.800",
				number(feedback) + " / " + number(feedback), "1.351.439 / 975.628", number(targets.cashless()), "1 / 7 / 279 / 41", "2.275.567",
				"99,9%", "không áp dụng", "chưa có dữ liệu");
	}

	private static String number(int n) {
		return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
	}
}
