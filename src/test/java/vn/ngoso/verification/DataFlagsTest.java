package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.verification.internal.FlagComputation;

/**
 * Each kind of flag finds the one anomaly planted for it, and nothing else in that window; the
 * demo's clean records raise none; a day computed again keeps its flags and their reviews, and
 * loses the ones no longer found. Everything rolls back.
 */
@IntegrationTest
@Transactional
class DataFlagsTest {

	static final LocalDate PLANTED = LocalDate.of(2021, 3, 1);

	@Autowired
	FlagComputation computation;

	@Autowired
	JdbcClient jdbc;

	FlagPlants plant;

	long caBan;

	long member;

	@BeforeEach
	void setUp() {
		plant = new FlagPlants(jdbc);
		caBan = plant.unitId(HouseholdFixtures.CA_BAN);
		member = plant.memberOf("thanhvien");
	}

	@Test
	void cleanDemoRecordsRaiseNoFlag() {
		LocalDate yesterday = HouseholdFixtures.today().minusDays(1);
		// the demo records no visits: its readiness (and any visit other tests left) is what is read
		LocalDate first = jdbc.sql("select least((select min(visited_on) from visit), (select min(since) from readiness))")
			.query(LocalDate.class).single();
		computation.compute(first, yesterday);
		assertThat(reasons(first, yesterday)).isEmpty();
	}

	@Test
	void manyVisitsInOneHourAreFlaggedForTheMember() {
		LocalDate day = PLANTED;
		List<UUID> households = plant.households(caBan, 9);
		for (int i = 0; i < 9; i++) {
			plant.visit(households.get(i), day, day.atTime(9, 5 * i).atOffset(FlagPlants.VIETNAM), member);
		}
		assertThat(found(day)).containsExactly(
				"VISITS_HOUR member:" + member + " Thành viên " + name(member)
						+ " ghi 9 lượt thăm trong 1 giờ (09:00–10:00) ngày 01/03/2021 (ngưỡng 8)");
	}

	@Test
	void manyVisitsInOneDayAreFlaggedForTheMember() {
		LocalDate day = PLANTED.plusDays(1);
		for (UUID household : plant.households(caBan, 30)) {
			plant.visitSentLater(household, day, member);
		}
		assertThat(found(day)).containsExactly("VISITS_DAY member:" + member + " Thành viên " + name(member)
				+ " ghi 30 lượt thăm trong ngày 02/03/2021 (ngưỡng 30)");
	}

	@Test
	void visitsOnADayAtTheProvincialDeskAreFlagged() {
		LocalDate day = PLANTED.plusDays(2);
		plant.deskDay(plant.provinceOf(caBan), day, member);
		plant.visitSentLater(plant.households(caBan, 1).get(0), day, member);
		assertThat(found(day)).singleElement().asString()
			.startsWith("DESK_DAY member:" + member + " Thành viên " + name(member) + " ghi 1 lượt thăm ngày 03/03/2021,")
			.contains("Long An");
	}

	@Test
	void aDayAtTheOwnCommunesDeskIsNoClash() {
		LocalDate day = PLANTED.plusDays(2);
		plant.deskDay(plant.unitId("27781"), day, member);
		plant.visitSentLater(plant.households(caBan, 1).get(0), day, member);
		assertThat(found(day)).isEmpty();
	}

	@Test
	void manyResidentsTurnedFluentInOneVisitAreFlagged() {
		LocalDate day = PLANTED.plusDays(3);
		UUID visit = plant.visitSentLater(plant.households(caBan, 1).get(0), day, member);
		for (UUID resident : plant.residents(caBan, 5)) {
			plant.outcome(visit, resident, "FLUENT");
		}
		assertThat(found(day)).singleElement().asString()
			.startsWith("MANY_FLUENT visit:" + visit)
			.contains("ghi 5 người dân thành thạo trong một lần (ngưỡng 5)", name(member));
	}

	@Test
	void anOutcomeTheResidentAlreadyHadIsFlagged() {
		LocalDate day = PLANTED.plusDays(4);
		UUID resident = plant.residents(caBan, 1).get(0);
		plant.holds(resident, "VNEID_ACTIVATED", PLANTED.minusMonths(1));
		UUID visit = plant.visitSentLater(plant.households(caBan, 1).get(0), day, member);
		plant.outcome(visit, resident, "VNEID_ACTIVATED");
		assertThat(found(day)).singleElement().asString()
			.startsWith("ALREADY_HAD visit:" + visit)
			.contains("ghi 1 kết quả mà người dân đã có từ trước (sớm nhất từ 01/02/2021; ngưỡng 1)");
	}

	@Test
	void aHouseholdVisitedAgainAndAgainWithNoChangeIsFlaggedOnceTheCountIsReached() {
		UUID household = plant.households(caBan, 1).get(0);
		for (int i = 0; i < 4; i++) {
			plant.visitSentLater(household, PLANTED.plusDays(10 + 2 * i), member);
		}
		assertThat(found(PLANTED.plusDays(10), PLANTED.plusDays(16))).singleElement().asString()
			.startsWith("REPEAT_NO_CHANGE household:" + household)
			.contains("được thăm 4 lần trong 30 ngày đến 17/03/2021 mà không ghi kết quả nào (ngưỡng 4)");
	}

	@Test
	void visitsWithAnOutcomeAreChangeEnough() {
		UUID household = plant.households(caBan, 1).get(0);
		for (int i = 0; i < 4; i++) {
			UUID visit = plant.visitSentLater(household, PLANTED.plusDays(10 + 2 * i), member);
			if (i == 1) {
				plant.outcome(visit, plant.residents(caBan, 1).get(0), "SMARTPHONE");
			}
		}
		assertThat(found(PLANTED.plusDays(10), PLANTED.plusDays(16))).isEmpty();
	}

	@Test
	void aTeamsCoveredRateJumpingInAWeekIsFlaggedOnTheDayItCrosses() {
		long households = jdbc.sql("select count(*) from household where unit_id = ?").param(caBan).query(Long.class).single();
		int jump = (int) Math.ceil(households * 0.31);
		LocalDate day = PLANTED.plusDays(40);
		List<UUID> covered = plant.households(caBan, jump);
		// every other fluent resident of the hamlet became fluent long before; the chosen households
		// all on the one day
		jdbc.sql("""
				delete from readiness g using resident r
				where g.resident_id = r.id and g.item = 'FLUENT' and r.household_id = any(?)""")
			.param(covered.toArray(UUID[]::new)).update();
		jdbc.sql("""
				update readiness g set since = date '2020-01-01' from resident r join household h on h.id = r.household_id
				where g.resident_id = r.id and g.item = 'FLUENT' and h.unit_id = ?""").param(caBan).update();
		for (UUID household : covered) {
			UUID resident = jdbc.sql("select id from resident where household_id = ? order by id limit 1").param(household)
				.query(UUID.class).single();
			plant.holds(resident, "FLUENT", day);
		}
		long before = jdbc.sql("""
				select count(distinct h.id) from household h join resident r on r.household_id = h.id
				join readiness g on g.resident_id = r.id and g.item = 'FLUENT'
				where h.unit_id = ? and g.since < ?""").param(caBan).param(day).query(Long.class).single();
		assertThat(found(day.minusDays(3), day.plusDays(3))).singleElement().asString()
			.startsWith("COVERED_JUMP team:")
			.contains("tỷ lệ hộ được phủ tăng", "trong 7 ngày đến " + "10/04/2021", "(" + jump + "/" + households + " hộ; từ " + Math.round(100.0 * before / households) + "%",
					"ngưỡng 30 điểm");
	}

	@Test
	void onePhoneSendingForSeveralAccountsIsFlaggedWhenAnAccountJoinsIt() {
		UUID phone = UUID.fromString("0f1e2d3c-0000-4000-8000-000000000001");
		List<UUID> households = plant.households(caBan, 4);
		LocalDate day = PLANTED.plusDays(60);
		plant.visitFromPhone(households.get(0), day, phone, "thanhvien", member);
		// the second account on the same phone two days later: within the 7-day window
		plant.visitFromPhone(households.get(1), day.plusDays(2), phone, "totruong", member);
		// the same two again: nothing new
		plant.visitFromPhone(households.get(2), day.plusDays(3), phone, "thanhvien", member);
		// another phone, one account: never a flag
		plant.visitFromPhone(households.get(3), day.plusDays(3), UUID.randomUUID(), "thanhvien", member);
		String names = jdbc.sql("select string_agg(display_name, ', ' order by display_name) from app_user"
				+ " where username in ('thanhvien', 'totruong')").query(String.class).single();
		assertThat(found(day, day.plusDays(6))).containsExactly("SHARED_DEVICE device:" + phone
				+ " Một điện thoại (mã 0f1e2d3c…) gửi lượt thăm của 2 tài khoản trong 7 ngày đến 02/05/2021: " + names
				+ " (ngưỡng 2)");
	}

	@Test
	void aPhoneKeptByOneAccountIsNoFlag() {
		UUID phone = UUID.randomUUID();
		List<UUID> households = plant.households(caBan, 3);
		for (int i = 0; i < 3; i++) {
			plant.visitFromPhone(households.get(i), PLANTED.plusDays(70 + i), phone, "thanhvien", member);
		}
		assertThat(found(PLANTED.plusDays(70), PLANTED.plusDays(72))).isEmpty();
	}

	@Test
	void computingADayAgainKeepsItsFlagsAndReviewsAndDropsWhatIsNoLongerFound() {
		LocalDate day = PLANTED.plusDays(5);
		List<UUID> households = plant.households(caBan, 9);
		for (int i = 0; i < 9; i++) {
			plant.visit(households.get(i), day, day.atTime(14, i).atOffset(FlagPlants.VIETNAM), member);
		}
		computation.compute(day, day);
		long id = jdbc.sql("select id from data_flag where day = ?").param(day).query(Long.class).single();
		jdbc.sql("update data_flag set review = 'SEEN', reviewed_by = 'xa', reviewed_at = now() where id = ?").param(id)
			.update();

		assertThat(computation.compute(day, day).flags()).isEqualTo(1);
		assertThat(jdbc.sql("select id || ' ' || review from data_flag where day = ?").param(day).query(String.class)
			.list()).containsExactly(id + " SEEN");

		jdbc.sql("update flag_rule set threshold = 10 where kind = 'VISITS_HOUR'").update();
		assertThat(computation.compute(day, day).flags()).isZero();
	}

	private List<String> found(LocalDate day) {
		return found(day, day);
	}

	private List<String> found(LocalDate from, LocalDate to) {
		computation.compute(from, to);
		return reasons(from, to);
	}

	private List<String> reasons(LocalDate from, LocalDate to) {
		return jdbc.sql("select kind || ' ' || subject || ' ' || reason from data_flag where day between ? and ? order by id")
			.param(from).param(to).query(String.class).list();
	}

	private String name(long memberId) {
		return jdbc.sql("select full_name from member where id = ?").param(memberId).query(String.class).single();
	}
}
