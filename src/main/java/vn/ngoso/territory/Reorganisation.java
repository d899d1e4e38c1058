package vn.ngoso.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reorganisation being applied, as the {@link ReorganisationStep}s see it.
 *
 * @param successors each closed unit with the one new unit that took all of it (a commune merged
 *        whole, a province into a province); a closed unit without one (a district, a split
 *        commune) is absent
 * @param rootPaths the paths of the trees the old and new units belong to: every record whose
 *        figures can change lies under one of them
 */
public record Reorganisation(long id, LocalDate effective, List<HamletMove> moves, List<Long> closedUnits,
		Map<Long, Long> successors, List<String> rootPaths) {

	/** A hamlet moved in place: same id, new parent and path. */
	public record HamletMove(long hamletId, long fromCommuneId, long toCommuneId, String fromPath, String toPath) {
	}
}
