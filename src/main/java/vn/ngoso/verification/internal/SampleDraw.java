package vn.ngoso.verification.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seeded draw: per team (visits without a team form one group), {@code ceil(share% × n)}
 * visits but at least {@code minimum} (or all the team has). Candidates are sorted first, teams
 * by id and visits by id, so the same seed gives the same sample whatever order the database
 * returned them in.
 */
public final class SampleDraw {

	public record Candidate(UUID visitId, @Nullable Long teamId) {
	}

	private SampleDraw() {
	}

	public static int size(int teamVisits, BigDecimal share, int minimum) {
		int proportional = share.multiply(BigDecimal.valueOf(teamVisits))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
		return Math.min(teamVisits, Math.max(proportional, minimum));
	}

	public static List<Candidate> draw(List<Candidate> candidates, long seed, BigDecimal share, int minimum) {
		// no team first (key -1), then teams by id
		Map<Long, List<Candidate>> byTeam = new TreeMap<>();
		for (Candidate c : candidates) {
			byTeam.computeIfAbsent(c.teamId() == null ? -1L : c.teamId(), k -> new ArrayList<>()).add(c);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Candidate> chosen = new ArrayList<>();
		for (List<Candidate> team : byTeam.values()) {
			List<Candidate> pool = new ArrayList<>(team.stream().distinct().toList());
			pool.sort(Comparator.comparing(Candidate::visitId));
			int take = size(pool.size(), share, minimum);
			// a partial Fisher–Yates shuffle: the first `take` places are the sample
			for (int i = 0; i < take; i++) {
				int j = i + random.nextInt(pool.size() - i);
				Candidate swap = pool.get(i);
				pool.set(i, pool.get(j));
				pool.set(j, swap);
			}
			chosen.addAll(pool.subList(0, take));
		}
		return chosen.stream().filter(Objects::nonNull).toList();
	}
}
