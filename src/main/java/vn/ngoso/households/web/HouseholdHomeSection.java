package vn.ngoso.households.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.households.Household;
import vn.ngoso.households.HouseholdFilter;
import vn.ngoso.households.Households;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;

/**
 * Households on the field roles' home: a member's first households to visit today (the top of
 * "Hộ cần thăm", in its order); a team leader how many of the team's households are not yet covered.
 */
@Component
class HouseholdHomeSection implements HomeSection {

	/** Enough for a morning's round; the full list is one tap away. */
	static final int TO_VISIT_SHOWN = 5;

	private final Households households;

	HouseholdHomeSection(Households households) {
		this.households = households;
	}

	/** @param more whether "Hộ cần thăm" holds more than those shown */
	record ToVisit(List<Household> households, boolean more) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() == Role.MEMBER) {
			List<Household> first = households.toVisit(TO_VISIT_SHOWN + 1);
			return Optional.of(new Part(10, "households/home-to-visit", new ToVisit(
					first.subList(0, Math.min(TO_VISIT_SHOWN, first.size())), first.size() > TO_VISIT_SHOWN)));
		}
		if (scope.role() == Role.TEAM_LEADER) {
			long notCovered = households.households(new HouseholdFilter(null, false, null, false, null), 0, 1).total();
			return Optional.of(new Part(30, "households/home-not-covered", notCovered));
		}
		return Optional.empty();
	}
}
