package vn.ngoso.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One support entry.
 *
 * @param sessionId the outreach session it went to, if any (kept as an id until that module lands)
 * @param deskDayId the service-desk day it went to, if any (likewise)
 */
public record Support(UUID id, UUID partnerId, String partnerName, SupportKind kind, LocalDate date, long unitId,
		String unitName, int quantity, @Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String note) {
}
