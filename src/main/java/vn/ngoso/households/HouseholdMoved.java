package vn.ngoso.households;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household moved to another hamlet of its commune on a day. Published inside the move's
 * transaction (and inside its figures' change), so that a module whose records are placed by
 * where the household was on a day (visits) places again those dated from that day on: a move
 * recorded late must not leave the visits made after its day at the new address counted in the
 * old hamlet.
 */
public record HouseholdMoved(UUID householdId, long fromUnitId, long toUnitId, String toPath, LocalDate movedOn) {
}
