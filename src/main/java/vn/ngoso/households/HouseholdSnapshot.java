package vn.ngoso.households;

import java.util.List;

/** A household with its residents and their profiles, as a team member's phone keeps it. */
public record HouseholdSnapshot(Household household, List<Resident> residents) {
}
