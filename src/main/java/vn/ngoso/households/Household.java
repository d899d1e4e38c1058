package vn.ngoso.households;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A household as lists show it. */
public record Household(UUID id, long unitId, String unitName, String unitPath, String provinceCode, String code,
		String address,
		boolean covered, @Nullable LocalDate lastVisitOn, int residents, boolean consentMissing) {
}
