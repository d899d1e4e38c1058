package vn.ngoso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.Figures;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.support.IntegrationTest;

/**
 * The loop from a citizen to a closed case, on the demo's routes: routing with the fallback up
 * the tree, the agency officer's scope and actions, escalation with a fixed clock, reopening.
 */
@IntegrationTest
class FeedbackLoopTest {

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
	WorkingDays workingDays;

	FeedbackFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new FeedbackFixtures(jdbc, feedbacks, users, tx, figures);
	}

	@AfterEach
	void tearDown() {
		fx.removeAll();
	}

	@Test
	void anItemGoesToTheRouteOfItsUnitOrOfTheNearestUnitAbove() {
		assertThat(fx.submit("PUBLIC_SERVICES", fx.caBan(), "Lỗi nộp hồ sơ").agencyName())
			.as("the commune's own route").isEqualTo("Bộ phận một cửa UBND xã Tuyên Bình");
		assertThat(fx.submit("PUBLIC_SERVICES", fx.hamletElsewhereInVinhHung(), "Lỗi nộp hồ sơ").agencyName())
			.as("no route at the hamlet or its commune: the district's").isEqualTo("UBND huyện Vĩnh Hưng");
		assertThat(fx.submit("PUBLIC_SERVICES", fx.hamletInAnotherDistrict(), "Lỗi nộp hồ sơ").agencyName())
			.as("only the province has a route there").isEqualTo("Sở Khoa học và Công nghệ tỉnh Long An");
		assertThat(fx.submit("VNEID", fx.caBan(), "Không kích hoạt được tài khoản").agencyName())
			.as("another category: the province's police").isEqualTo("Công an tỉnh Long An");
	}

	@Test
	void aRouteSetByTheProvinceAtAHamletWinsForThatHamletOnly() {
		long hamlet = fx.hamletInAnotherDistrict();
		String code = jdbc.sql("select code from admin_unit where id = ?").param(hamlet).query(String.class).single();
		try {
			tx.executeWithoutResult(s -> fx.as("tinh", () -> fx.as("tinh",
					() -> feedbacksRouting().setRoute("PUBLIC_SERVICES", code, "CA-80"))));
			assertThat(fx.submit("PUBLIC_SERVICES", hamlet, "Hỏi về thủ tục").agencyName()).isEqualTo("Công an tỉnh Long An");
			assertThatThrownBy(() -> fx.as("xa", () -> feedbacksRouting().setRoute("PUBLIC_SERVICES", code, "CA-80")))
				.as("only the province edits routes").isInstanceOf(NotFound.class);
		}
		finally {
			jdbc.sql("delete from feedback_route where unit_id = ?").param(hamlet).update();
		}
	}

	@Autowired
	FeedbackRouting routing;

	private FeedbackRouting feedbacksRouting() {
		return routing;
	}

	@Test
	void theAgencyOfficerSeesAndHandlesOnlyTheItemsOfTheirAgency() {
		PublicFeedback mine = fx.submit("PUBLIC_SERVICES", fx.caBan(), "Lỗi thanh toán lệ phí");
		PublicFeedback police = fx.submit("VNEID", fx.caBan(), "Chưa nhận được mã kích hoạt");
		UUID mineId = fx.idOf(mine.reference());
		UUID policeId = fx.idOf(police.reference());

		assertThat(fx.as("coquan", () -> feedbacks.inbox(true)).stream().map(FeedbackItem::reference))
			.contains(mine.reference()).doesNotContain(police.reference());
		assertThatThrownBy(() -> fx.as("coquan", () -> feedbacks.item(policeId))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(policeId, "Đã xử lý"))))
			.isInstanceOf(NotFound.class);
		assertThat(fx.as("xa", () -> feedbacks.item(policeId)).reference()).as("the commune reads what is raised in it")
			.isEqualTo(police.reference());
		assertThatThrownBy(() -> fx.as("xa", () -> tx.execute(s -> feedbacks.answer(mineId, "Đã xử lý"))))
			.as("but only the agency answers").isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fx.as("totruong", () -> feedbacks.inbox(true))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fx.as("huyen", () -> feedbacks.item(fx.idOf(
				fx.submit("OTHER", fx.hamletInAnotherDistrict(), "Ở huyện khác").reference()))))
			.as("outside the district").isInstanceOf(NotFound.class);

		fx.as("coquan", () -> tx.execute(s -> feedbacks.accept(mineId)));
		assertThat(feedbacks.byReference(mine.reference()).orElseThrow().status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(mineId, "Đã sửa lỗi cổng thanh toán, mời bà con nộp lại.")));
		PublicFeedback answered = feedbacks.byReference(mine.reference()).orElseThrow();
		assertThat(answered.status()).isEqualTo(FeedbackStatus.ANSWERED);
		assertThat(answered.answer()).isEqualTo("Đã sửa lỗi cổng thanh toán, mời bà con nộp lại.");
		assertThat(answered.reopenUntil()).isNotNull();
	}

	@Test
	void reroutingNeedsAReasonAndAnotherAgency() {
		PublicFeedback item = fx.submit("PUBLIC_SERVICES", fx.caBan(), "Thật ra là lỗi VNeID");
		UUID id = fx.idOf(item.reference());
		var before = fx.counts();
		assertThatThrownBy(() -> fx.as("coquan", () -> tx.execute(s -> feedbacks.reroute(id, "CA-80", " "))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.firstKeyByField()).containsKey("reason"));
		assertThatThrownBy(() -> fx.as("coquan", () -> tx.execute(s -> feedbacks.reroute(id, "UBND-27781", "nhầm"))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.firstKeyByField()).containsKey("agency"));
		assertThatThrownBy(() -> fx.as("coquan", () -> tx.execute(s -> feedbacks.reroute(id, "KHONG-CO", "nhầm"))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.firstKeyByField()).containsKey("agency"));
		assertThat(fx.counts()).isEqualTo(before);

		fx.as("coquan", () -> tx.execute(s -> feedbacks.reroute(id, "CA-80", "Thuộc thẩm quyền công an (VNeID)")));
		assertThat(feedbacks.byReference(item.reference()).orElseThrow().agencyName()).isEqualTo("Công an tỉnh Long An");
		assertThatThrownBy(() -> fx.as("coquan", () -> feedbacks.item(id))).as("gone from the commune's desk")
			.isInstanceOf(NotFound.class);
		assertThat(fx.as("tinh", () -> feedbacks.history(id))).extracting(FeedbackEvent::action)
			.containsExactly("RECEIVE", "ROUTE", "REROUTE");
	}

	@Test
	void anOverdueItemEscalatesToTheLevelAboveWithAFreshDeadline() {
		PublicFeedback item = fx.submit("PUBLIC_SERVICES", fx.caBan(), "Chưa ai trả lời");
		UUID id = fx.idOf(item.reference());
		ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
		Clock onTheDeadline = Clock.fixed(item.dueOn().atTime(16, 0).atZone(vietnam).toInstant(), vietnam);
		tx.execute(s -> feedbacks.escalateOverdue(onTheDeadline.instant()));
		assertThat(feedbacks.byReference(item.reference()).orElseThrow().agencyName()).as("not late on the last day")
			.isEqualTo("Bộ phận một cửa UBND xã Tuyên Bình");

		LocalDate dayAfter = item.dueOn().plusDays(1);
		Clock late = Clock.fixed(dayAfter.atTime(8, 0).atZone(vietnam).toInstant(), vietnam);
		tx.execute(s -> feedbacks.escalateOverdue(late.instant()));
		FeedbackItem escalated = fx.as("tinh", () -> feedbacks.item(id));
		assertThat(escalated.agencyName()).isEqualTo("UBND huyện Vĩnh Hưng");
		assertThat(escalated.escalationLevel()).isEqualTo(1);
		assertThat(escalated.status()).isEqualTo(FeedbackStatus.ROUTED);
		assertThat(escalated.dueOn()).isEqualTo(workingDays.after(dayAfter, 10));
		assertThat(escalated.firstDueOn()).as("the figures keep the first deadline").isEqualTo(item.dueOn());

		Clock later = Clock.fixed(escalated.dueOn().plusDays(1).atTime(8, 0).atZone(vietnam).toInstant(), vietnam);
		tx.execute(s -> feedbacks.escalateOverdue(later.instant()));
		assertThat(fx.as("tinh", () -> feedbacks.item(id)).agencyName()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Long An");
	}

	@Test
	void theCitizenReopensAnAnswerWithinSevenDaysWithAReasonAndNotAfter() {
		PublicFeedback item = fx.submit("OTHER", fx.caBan(), "Đèn đường hỏng");
		UUID id = fx.idOf(item.reference());
		assertThatThrownBy(() -> tx.execute(s -> feedbacks.reopen(item.reference(), "Chưa sửa")))
			.as("nothing to reopen yet").isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.firstKeyByField()).containsEntry("reference", "feedback.reopen.notAnswered"));
		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(id, "Đã báo điện lực")));
		assertThatThrownBy(() -> tx.execute(s -> feedbacks.reopen(item.reference(), "")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.firstKeyByField()).containsKey("reason"));

		fx.answeredDaysAgo(item.reference(), 6);
		PublicFeedback reopened = tx.execute(s -> feedbacks.reopen(item.reference(), "Chưa sửa, đèn vẫn tắt"));
		assertThat(reopened.status()).isEqualTo(FeedbackStatus.REOPENED);
		assertThat(reopened.agencyName()).isEqualTo("Bộ phận một cửa UBND xã Tuyên Bình");

		fx.as("coquan", () -> tx.execute(s -> feedbacks.answer(id, "Đã thay bóng đèn")));
		fx.answeredDaysAgo(item.reference(), 8);
		var before = fx.counts();
		assertThatThrownBy(() -> tx.execute(s -> feedbacks.reopen(item.reference(), "Lại hỏng")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.firstKeyByField()).containsEntry("reference", "feedback.reopen.tooLate"));
		assertThat(fx.counts()).isEqualTo(before);
		assertThat(feedbacks.byReference(item.reference()).orElseThrow().reopenUntil()).isNull();

		tx.execute(s -> feedbacks.escalateOverdue(fx.now()));
		assertThat(feedbacks.byReference(item.reference()).orElseThrow().status()).as("closed once the window passed")
			.isEqualTo(FeedbackStatus.CLOSED);
	}

	@Test
	void deadlinesCountWorkingDaysSkippingWeekendsAndTet() {
		// Friday 5 Jan 2024 + 3 working days: Mon 8, Tue 9, Wed 10
		assertThat(workingDays.after(LocalDate.of(2024, 1, 5), 3)).isEqualTo(LocalDate.of(2024, 1, 10));
		// received on a Saturday: counting starts on Monday
		assertThat(workingDays.after(LocalDate.of(2024, 1, 6), 1)).isEqualTo(LocalDate.of(2024, 1, 8));
		// Wed 7 Feb 2024, the eve of Tết (8–14 Feb off): Thu 15, Fri 16, Mon 19, Tue 20, Wed 21
		assertThat(workingDays.after(LocalDate.of(2024, 2, 7), 5)).isEqualTo(LocalDate.of(2024, 2, 21));
		// Tết 2025 (27–31 Jan off) and New Year's Day
		assertThat(workingDays.after(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(workingDays.after(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
		// 30/4 and 1/5 2025 (Wed, Thu) and the swapped Friday
		assertThat(workingDays.after(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
		assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Tết 2027").isFalse();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("back to work after Tết 2026").isTrue();
	}

	@Test
	void theReopeningWindowIsSevenDays() {
		assertThat(Feedbacks.REOPEN_WINDOW).isEqualTo(Duration.ofDays(7));
	}
}
