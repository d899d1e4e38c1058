package vn.ngoso.households;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Chuyển ấp": a household moves to another hamlet of its commune on a day.
 *
 * @param unitId the hamlet it moves to
 * @param movedOn the day it moved; null: today
 */
public record MoveHousehold(@Nullable Long unitId, @Nullable LocalDate movedOn) {
}
