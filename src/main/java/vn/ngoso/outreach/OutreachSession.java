package vn.ngoso.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded outreach session (buổi tuyên truyền). */
public record OutreachSession(UUID id, long unitId, String unitCode, String unitName, LocalDate date, String place, List<Long> teamIds,
		List<String> teamNames, List<Topic> topics, int attendees, List<UUID> residentIds, int leaflets,
		@Nullable String partners, @Nullable String notes, String recordedBy, Instant recordedAt) {
}
