package vn.ngoso.households;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A household as lists show it.
 *
 * @param covered whether it is covered now: {@code coveredFrom} is the current month (Vietnam
 *     time) or earlier; the same comparison filters and orders the lists
 * @param coveredFrom the first month it counts as covered, the month the COVERED_HOUSEHOLDS
 *     figure counts it from; null: never
 * @param registeredOn when it entered the commune's register
 * @param headName the head of household's name (Chủ hộ), or the first resident's when nobody is
 *     the head; null: no resident yet. Personal data: only for pages of people who may see the household
 */
public record Household(UUID id, long unitId, String unitCode, String unitName, String unitPath, String provinceCode, String code,
		String address, boolean covered, @Nullable LocalDate coveredFrom, @Nullable LocalDate lastVisitOn,
		LocalDate registeredOn, int residents, boolean consentMissing,
		@Nullable String headName) {
}
