package vn.ngoso.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An outreach session as a phone or the form sends it.
 *
 * @param id made by the client: sending the same session again is a no-op
 * @param unitId the organising unit (a hamlet for one team's session, a commune or above)
 * @param teamIds the organising teams, if any: teams of the unit's subtree
 * @param residentIds attendees picked from the registry, beside the head count
 * @param partners names of the partner enterprises present, as written
 */
public record RecordSession(@Nullable UUID id, @Nullable Long unitId, @Nullable LocalDate date, @Nullable String place,
		@Nullable List<Long> teamIds, @Nullable List<Topic> topics, @Nullable Integer attendees,
		@Nullable List<UUID> residentIds, @Nullable Integer leaflets, @Nullable String partners, @Nullable String notes) {
}
