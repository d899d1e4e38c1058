package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * Feedback's tracked figures: received, answered on time and late in the month of the first
 * answer, and open past the deadline as at each month's end — exact for back-dated records, and
 * the live rows equal a full recompute after any mix of submissions, answers, re-routes,
 * reopenings and escalations.
 */
@IntegrationTest
class FeedbackFiguresTest {

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Figures figures;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	MockMvc mvc;

	FeedbackFixtures fx;

	long hamlet;

	String hamletPath;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
		hamlet = fx.hamletInAnotherDistrict();
		hamletPath = jdbc.sql("select path::text from admin_unit where id = ?").param(hamlet).query(String.class).single();
	}

	@AfterEach
	void tearDown() {
		fx.removeAll();
	}

	@Test
	void monthsCountReceiptsFirstAnswersAndWhatIsOpenPastTheDeadlineAtEachMonthsEnd() {
		String a = backDated(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 15));
		String b = backDated(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 24), LocalDate.of(2023, 4, 5));
		String c = backDated(LocalDate.of(2023, 3, 28), LocalDate.of(2023, 4, 11), null);

		Map<String, FigureValue> march = tracked.of(hamlet, Period.month(YearMonth.of(2023, 3)));
		assertThat(value(march, Indicators.FEEDBACK_ITEMS)).isEqualTo(3);
		assertThat(value(march, Indicators.FEEDBACK_ANSWERED)).isEqualTo(1);
		assertThat(value(march, Indicators.FEEDBACK_ON_TIME)).isEqualTo(1);
		assertThat(value(march, Indicators.FEEDBACK_LATE)).isEqualTo(0);
		assertThat(value(march, Indicators.FEEDBACK_OVERDUE)).as("b, due 24/03, still open on 31/03").isEqualTo(1);
		Map<String, FigureValue> april = tracked.of(hamlet, Period.month(YearMonth.of(2023, 4)));
		assertThat(value(april, Indicators.FEEDBACK_ITEMS)).isEqualTo(0);
		assertThat(value(april, Indicators.FEEDBACK_LATE)).isEqualTo(1);
		assertThat(value(april, Indicators.FEEDBACK_OVERDUE)).as("b answered, c past 11/04").isEqualTo(1);

		UUID cId = fx.idOf(c);
		fx.as("tinh", () -> tx.execute(s -> feedbacks.reroute(cId, "SO-KHCN-80", "Giao lại cho Sở")));
		assertThat(value(tracked.of(hamlet, Period.year(2023)), Indicators.FEEDBACK_OVERDUE))
			.as("as at the end of 2023 it was open past its deadline, whatever happens later").isEqualTo(1);
		assertThat(figures.differencesUnder(hamletPath)).isEmpty();
		assertThat(List.of(a, b)).hasSize(2);
	}

	@Test
	void liveFiguresMatchARecomputeAfterAnyMixOfWrites() {
		Random random = new Random(7);
		List<UUID> ids = new ArrayList<>();
		String[] categories = { "PUBLIC_SERVICES", "VNEID", "OTHER" };
		for (int step = 0; step < 40; step++) {
			int what = ids.isEmpty() ? 0 : random.nextInt(5);
			UUID id = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
			try {
				switch (what) {
					case 0 -> ids.add(fx.idOf(fx.submit(categories[random.nextInt(3)],
							random.nextBoolean() ? hamlet : fx.caBan(), "Bước " + step).reference()));
					case 1 -> fx.as("tinh", () -> tx.execute(s -> feedbacks.reroute(id, "CA-80", "chuyển")));
					case 2 -> {
						String agency = jdbc.sql("select a.code from feedback f join agency a on a.id = f.agency_id where f.id = ?")
							.param(id).query(String.class).single();
						jdbc.sql("insert into agency_officer values ('coquan', (select id from agency where code = ?)) on conflict do nothing")
							.param(agency).update();
						fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(id, "trả lời")));
					}
					case 3 -> tx.execute(s -> feedbacks.reopen(jdbc.sql("select reference from feedback where id = ?")
						.param(id).query(String.class).single(), "chưa xong"));
					default -> tx.execute(s -> feedbacks.escalateOverdue(fx.now().plusSeconds(86_400L * random.nextInt(40))));
				}
			}
			catch (RuntimeException refused) {
				// a step the rules refuse (answering twice, reopening an open item...) changes nothing
			}
		}
		jdbc.sql("delete from agency_officer where username = 'coquan' and agency_id <> (select id from agency where code = 'UBND-27781')")
			.update();
		String province = hamletPath.split("\\.")[0];
		assertThat(figures.differencesUnder(province)).isEmpty();
	}

	@Test
	void theDashboardCountsWhatIsOpenPastTheDeadlineAsOfTodayAndAPastPeriodAsAtItsEnd() throws Exception {
		LocalDate today = HouseholdFixtures.today();
		YearMonth thisMonth = YearMonth.from(today);
		backDated(today.minusDays(20), today.minusDays(1), null);
		backDated(today.minusDays(2), today.plusDays(5), null);
		backDated(thisMonth.atDay(1).minusDays(30), thisMonth.atDay(1).minusDays(2), today);

		Period toNextMonth = new Period(thisMonth, thisMonth.plusMonths(1));
		assertThat(value(tracked.of(hamlet, toNextMonth), Indicators.FEEDBACK_OVERDUE))
			.as("the month-end stock already counts the item due in five days").isEqualTo(2);
		assertThat(overdueTile("from=" + thisMonth + "&to=" + thisMonth.plusMonths(1)))
			.as("as of today only the item due yesterday is late").isEqualTo("1");
		assertThat(overdueTile("")).as("the default period, the year to date").isEqualTo("1");
		assertThat(overdueTile("from=" + thisMonth.minusMonths(1) + "&to=" + thisMonth.minusMonths(1)))
			.as("last month as at its end: the item answered late today was still open").isEqualTo("1");
	}

	private String overdueTile(String query) throws Exception {
		String html = mvc.perform(get("/dashboard/" + hamlet + "?" + query).with(new DemoUsers(users).as("tinh")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return DashboardFixtures.tiles(html).get(Indicators.FEEDBACK_OVERDUE).value();
	}

	/** An item written with chosen dates, through the live figures as every writer does. */
	private String backDated(LocalDate received, LocalDate due, LocalDate answered) {
		UUID id = UUID.randomUUID();
		String reference = "PA-TEST-" + id.toString().substring(0, 4).toUpperCase();
		tx.executeWithoutResult(s -> figures.change(FigureScope.record(RecordKind.FEEDBACK, id), () -> jdbc.sql("""
				insert into feedback (id, reference, category, description, unit_id, unit_path, province_code, channel, status,
				    received_at, first_due_on, due_on, first_answered_at, answered_at, updated_at)
				select :id, :ref, 'OTHER', 'back-dated', u.id, u.path, u.province_code, 'HOTLINE',
				       case when cast(:answered as date) is null then 'RECEIVED' else 'ANSWERED' end,
				       cast(:received as date) + time '09:00', :due, :due,
				       cast(:answered as date) + time '10:00', cast(:answered as date) + time '10:00', now()
				from admin_unit u where u.id = :unit
				""").param("id", id).param("ref", reference).param("received", received).param("due", due)
			.param("answered", answered).param("unit", hamlet).update()));
		fx.track(reference);
		return reference;
	}

	private static long value(Map<String, FigureValue> figures, String code) {
		FigureValue v = figures.get(code);
		return v == null || v.value() == null ? 0 : v.value().longValue();
	}

	static BigDecimal n(long v) {
		return BigDecimal.valueOf(v);
	}
}
