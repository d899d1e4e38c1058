package vn.ngoso.figures;

import java.time.LocalDate;

/**
 * A stock whose month-end value is not yet true while the month runs. "Feedback open past its
 * deadline" counts, at the end of the current month, the items whose deadline only passes later
 * in it; a dashboard showing a period that reaches today asks the owning module for the value as
 * of today instead (a past period keeps the value at its end, read from the live rows).
 */
public interface StockToday {

	/** The stock indicator this source counts as of a day. */
	String indicator();

	/** The value for the subtree under {@code unitPath} at the end of {@code day} (Vietnam's calendar). */
	long valueOn(String unitPath, LocalDate day);
}
