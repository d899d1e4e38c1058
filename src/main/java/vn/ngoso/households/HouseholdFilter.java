package vn.ngoso.households;

import org.jspecify.annotations.Nullable;

/**
 * Household list filters.
 *
 * @param notVisitedDays only households without a visit in that many days (or never visited)
 */
public record HouseholdFilter(@Nullable Long unitId, @Nullable Boolean covered, @Nullable Integer notVisitedDays,
		boolean missingConsent, @Nullable String q) {
}
