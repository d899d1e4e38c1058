package vn.ngoso.households;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a household, as its page lists them. */
public record HouseholdMove(String fromHamlet, String toHamlet, LocalDate movedOn, String movedBy, Instant movedAt) {
}
