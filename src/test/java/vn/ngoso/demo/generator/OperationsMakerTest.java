package vn.ngoso.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ngoso.demo.generator.OperationsMaker.DeskDayMade;
import vn.ngoso.demo.generator.OperationsMaker.Made;
import vn.ngoso.demo.generator.OperationsMaker.SessionMade;

/**
 * The generator's arithmetic for a year of sessions and desk days: Long An's 2024 totals exactly
 * (2,000 sessions, 32,000 leaflets, 58,000 accounts helped), spread over every commune and month
 * within what the application itself would accept, the same for the same seed.
 */
class OperationsMakerTest {

	static final OperationsMaker.Place PROVINCE = new OperationsMaker.Place(1, "1", "80", "Tỉnh Long An");

	final List<HamletRef> hamlets = SyntheticTree.longAnSized();

	final Made made = new OperationsMaker(LongAnGenerator.DEFAULT_SEED).make(hamlets, PROVINCE,
			OperationTargets.LONG_AN_2024);

	@Test
	void theYearAddsUpToTheSourceTextsFiguresExactly() {
		assertThat(made.sessions()).hasSize(2_000);
		assertThat(made.leaflets()).isEqualTo(32_000);
		assertThat(made.accounts()).isEqualTo(58_000);
	}

	@Test
	void everythingFallsInTwentyTwentyFourOnEveryMonth() {
		assertThat(made.sessions()).allSatisfy(s -> assertThat(s.date().getYear()).isEqualTo(2024));
		assertThat(made.days()).allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(2024));
		Map<Month, Long> byMonth = made.sessions().stream()
			.collect(Collectors.groupingBy(s -> s.date().getMonth(), Collectors.counting()));
		assertThat(byMonth).hasSize(12);
		assertThat(byMonth.values()).allSatisfy(n -> assertThat(n).isBetween(80L, 260L));
		assertThat(made.sessions()).noneMatch(s -> s.date().getDayOfWeek() == DayOfWeek.SUNDAY);
	}

	@Test
	void sessionsAndDeskDaysReachEveryCommuneAndTheProvincialCentre() {
		long communes = hamlets.stream().map(HamletRef::communeId).distinct().count();
		assertThat(made.sessions().stream().map(s -> s.place().path().split("\\.")[2]).distinct().count())
			.isEqualTo(communes);
		List<DeskDayMade> centre = made.days().stream().filter(d -> d.desk().unitId() == PROVINCE.unitId()).toList();
		assertThat(centre.size()).as("1–2 days a week").isBetween(52 + 20, 52 * 2);
		assertThat(made.days().size() - centre.size()).isEqualTo(communes * 12);
		assertThat(made.days()).allSatisfy(d -> {
			assertThat(d.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(d.dossiers()).isBetween(0, d.accounts());
			assertThat(d.payments()).isBetween(0, d.dossiers());
		});
	}

	@Test
	void everySessionIsOneTheApplicationWouldAccept() {
		assertThat(made.sessions()).allSatisfy((SessionMade s) -> {
			boolean hamlet = s.place().path().split("\\.").length == 4;
			assertThat(s.attendees()).isBetween(1, hamlet ? 300 : 1500);
			assertThat(s.leaflets()).isNotNegative().isLessThanOrEqualTo(s.attendees() * 3);
			assertThat(s.topics()).isNotBlank();
		});
	}

	@Test
	void theSameSeedMakesTheSameYearAndASliceScalesTheTargets() {
		Made again = new OperationsMaker(LongAnGenerator.DEFAULT_SEED).make(hamlets, PROVINCE,
				OperationTargets.LONG_AN_2024);
		assertThat(again).isEqualTo(made);
		List<HamletRef> slice = SyntheticTree.twoCommunes();
		OperationTargets targets = OperationTargets.LONG_AN_2024.slice(slice.size(), hamlets.size());
		Made small = new OperationsMaker(1).make(slice, PROVINCE, targets);
		assertThat(small.sessions()).hasSize(targets.sessions());
		assertThat(small.leaflets()).isEqualTo(targets.leaflets());
		assertThat(small.accounts()).isEqualTo(targets.accountsHelped());
	}
}
