package vn.ngoso.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One support entry.
 *
 * @param sessionId the outreach session it went to, if any
 * @param deskDayId the service-desk day it went to, if any
 * @param session that session's date and place
 * @param deskDay that desk day's date and desk (its unit)
 */
public record Support(UUID id, UUID partnerId, String partnerName, SupportKind kind, LocalDate date, long unitId,
		String unitCode, String unitName, int quantity, @Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String note,
		@Nullable Linked session, @Nullable Linked deskDay) {

	/** The session or desk day a support entry went to, as its pages name it. */
	public record Linked(LocalDate date, String place) {
	}
}
