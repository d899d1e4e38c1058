package vn.ngoso.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private static List<SampleDraw.Candidate> candidates(Random random, Map<Long, Integer> perTeam) {
		List<SampleDraw.Candidate> all = new ArrayList<>();
		perTeam.forEach((team, n) -> {
			for (int i = 0; i < n; i++) {
				all.add(new SampleDraw.Candidate(new UUID(random.nextLong(), random.nextLong()), team < 0 ? null : team));
			}
		});
		return all;
	}

	@Test
	void sameSeedDrawsTheSameSampleWhateverTheRowOrder() {
		List<SampleDraw.Candidate> all = candidates(new Random(1), Map.of(1L, 130, 2L, 40, -1L, 7));
		List<SampleDraw.Candidate> shuffled = new ArrayList<>(all);
		Collections.shuffle(shuffled, new Random(2));
		var first = SampleDraw.draw(all, 42, FIVE, 5);
		var again = SampleDraw.draw(shuffled, 42, FIVE, 5);
		assertThat(again).containsExactlyInAnyOrderElementsOf(first);
		assertThat(SampleDraw.draw(all, 43, FIVE, 5)).isNotEqualTo(first);
	}

	@Test
	void eachTeamGivesItsShareButAtLeastTheMinimumOrAllItHas() {
		var drawn = SampleDraw.draw(candidates(new Random(3), Map.of(1L, 130, 2L, 40, 3L, 3, -1L, 7)), 7, FIVE, 5);
		Map<Long, Long> byTeam = drawn.stream()
			.collect(Collectors.groupingBy(c -> c.teamId() == null ? -1L : c.teamId(), Collectors.counting()));
		// 5% of 130 is 6.5 → 7; 5% of 40 is 2 → the minimum 5; 3 → all 3; visits without a team are one group
		assertThat(byTeam).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 7L, 2L, 5L, 3L, 3L, -1L, 5L));
		assertThat(drawn).doesNotHaveDuplicates();
	}

	@Test
	void sizeRoundsUp() {
		assertThat(SampleDraw.size(101, FIVE, 0)).isEqualTo(6);
		assertThat(SampleDraw.size(0, FIVE, 5)).isZero();
		assertThat(SampleDraw.size(200, new BigDecimal("2.5"), 1)).isEqualTo(5);
	}
}
