package vn.ngoso.territory;

import java.time.LocalDate;

/**
 * A unit a reorganisation closed, some of whose hamlets moved into another unit of its level:
 * Tỉnh Long An for Tây Ninh, the old communes for a new one.
 *
 * @param dissolvedOn the first day it was no longer in force
 */
public record Predecessor(AdminUnit unit, LocalDate dissolvedOn) {

	/** The last whole calendar year it was in force: the year its last full report covers. */
	public int lastFullYear() {
		LocalDate lastDay = dissolvedOn.minusDays(1);
		return lastDay.getMonthValue() == 12 && lastDay.getDayOfMonth() == 31 ? lastDay.getYear() : lastDay.getYear() - 1;
	}
}
