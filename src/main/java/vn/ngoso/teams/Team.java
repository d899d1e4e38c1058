package vn.ngoso.teams;

import java.time.LocalDate;

/** A team as lists and pages show it, with its current size; parentName is the commune of a hamlet team. */
public record Team(long id, long unitId, String unitCode, String unitName, String parentName, String unitPath, String name,
		String decisionNo, LocalDate decisionDate, int activeMembers, int youthMembers) {

	public static final int MIN_SIZE = 4;

	public static final int MAX_SIZE = 12;

	/** Outside 4–12: shown with a warning badge, never blocked. */
	public boolean sizeWarning() {
		return activeMembers < MIN_SIZE || activeMembers > MAX_SIZE;
	}
}
