package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.outreach.RecordSession;
import vn.ngoso.outreach.Topic;
import vn.ngoso.territory.UnitReference;

/**
 * An outreach session as an API client sends it: the organising unit by its official code.
 *
 * @param id made by the client: sending the same session again is a no-op
 * @param unitCode the organising unit's official code (a hamlet for one team's session, a commune or above)
 */
record SessionBody(@Nullable UUID id, @Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
		@Nullable LocalDate date, @Nullable String place, @Nullable List<Long> teamIds, @Nullable List<Topic> topics,
		@Nullable Integer attendees, @Nullable List<UUID> residentIds, @Nullable Integer leaflets,
		@Nullable String partners, @Nullable String notes) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	RecordSession toCommand(@Nullable Long resolvedUnitId) {
		return new RecordSession(id, resolvedUnitId, date, place, teamIds, topics, attendees, residentIds, leaflets,
				partners, notes);
	}
}
