package vn.ngoso.households;

import java.util.List;

/** A household with its residents and the history of their profiles, newest first. */
public record HouseholdDetail(Household household, List<Resident> residents, List<ReadinessEvent> history) {
}
