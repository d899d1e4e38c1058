package vn.ngoso.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ngoso.households.HouseholdSnapshot;

/**
 * One page of a pull.
 *
 * @param cursor where to ask from next time (also when {@code more} is false)
 * @param more another page is waiting: ask again right away
 * @param reset the phone must drop the households it holds before applying this page (the first
 *        page of a full pull)
 * @param households households as they are now: replace the phone's copy whole
 * @param removed households that left the caller's scope (moved to another hamlet, say)
 * @param members the caller's team, for the visit form
 * @param tasks the caller's open tasks: always empty until the tasks module exists
 */
public record PullPage(String cursor, boolean more, boolean reset, List<HouseholdSnapshot> households,
		List<UUID> removed, List<TeamMember> members, List<Object> tasks, Instant serverTime) {

	public record TeamMember(long id, String fullName) {
	}
}
