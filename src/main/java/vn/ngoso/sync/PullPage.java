package vn.ngoso.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ngoso.households.HouseholdSnapshot;
import vn.ngoso.tasks.Task;
import vn.ngoso.tasks.TaskStatus;

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
 * @param tasks the caller's open tasks ("Việc của tôi" not yet done), whole on every page: they
 *        are few, so the phone replaces its list instead of following their changes
 */
public record PullPage(String cursor, boolean more, boolean reset, List<HouseholdSnapshot> households,
		List<UUID> removed, List<TeamMember> members, List<OpenTask> tasks, Instant serverTime) {

	public record TeamMember(long id, String fullName) {
	}

	/** What the offline app shows of a task: enough to remember it, not to change it. */
	public record OpenTask(long id, String reference, String title, LocalDate dueOn, int progress, TaskStatus status) {

		static OpenTask of(Task t) {
			return new OpenTask(t.id(), t.reference(), t.title(), t.dueOn(), t.progress(), t.status());
		}
	}
}
