package vn.ngoso.reported;

import org.jspecify.annotations.Nullable;

/**
 * Which reported values to list: under a unit, of one indicator, in one status; {@code awaiting}
 * keeps only those the caller may approve, {@code mine} only those the caller entered.
 */
public record ReportedFilter(@Nullable Long unitId, @Nullable String indicator, @Nullable ReportedStatus status,
		boolean awaiting, boolean mine) {

	public static ReportedFilter all() {
		return new ReportedFilter(null, null, null, false, false);
	}

	public static ReportedFilter awaitingMe() {
		return new ReportedFilter(null, null, null, true, false);
	}
}
