package vn.ngoso.verification;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A unit's sample of one month's visits, with its items and the progress per team.
 *
 * @param unitPath the unit's path (its visits are those under it)
 */
public record Sample(long id, long unitId, String unitName, String unitPath, YearMonth month, long seed,
		java.math.BigDecimal share, int minimum, Instant drawnAt, String drawnBy, List<SampledVisit> items,
		List<TeamProgress> teams) {

	public long checked() {
		return items.stream().filter(SampledVisit::checked).count();
	}

	/** "Not confirmed" results waiting for an officer's decision. */
	public long open() {
		return items.stream().filter(SampledVisit::open).count();
	}

	public record TeamProgress(String team, long checked, long total) {
	}
}
