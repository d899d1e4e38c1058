package vn.ngoso.households;

import org.jspecify.annotations.Nullable;

/**
 * What "Hộ cần thăm" is narrowed to, always inside the caller's scope.
 *
 * @param unitId one hamlet of the scope (a team's hamlet); null: all of them
 * @param notCovered only households not covered now
 * @param neverVisited only households nobody has visited yet
 * @param q a resident's name, the household's code or its address, diacritics or not
 */
public record ToVisitFilter(@Nullable Long unitId, boolean notCovered, boolean neverVisited, @Nullable String q) {

	public static final ToVisitFilter NONE = new ToVisitFilter(null, false, false, null);

	/** True when anything narrows the list (the page then says so when it comes back empty). */
	public boolean narrowed() {
		return unitId != null || notCovered || neverVisited || (q != null && !q.isBlank());
	}
}
