package vn.ngoso.sync;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.households.HouseholdSnapshot;
import vn.ngoso.households.WorkingSets;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.sync.internal.ChangeFeed;
import vn.ngoso.tasks.Tasks;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.Teams;

/**
 * The pull: without a cursor, the member's whole working set in pages of households; with one,
 * the households changed since, as they are now. A household is the unit: any change to it, its
 * residents or their profiles sends it again whole, so the phone merges nothing, it replaces.
 */
@Service
@Transactional(readOnly = true)
public class Pulls {

	public static final int DEFAULT_LIMIT = 250;

	public static final int MAX_LIMIT = 1000;

	private final ChangeFeed feed;

	private final WorkingSets workingSets;

	private final Teams teams;

	private final Tasks tasks;

	private final CurrentScope currentScope;

	private final Clock clock;

	Pulls(ChangeFeed feed, WorkingSets workingSets, Teams teams, Tasks tasks, CurrentScope currentScope, Clock clock) {
		this.feed = feed;
		this.workingSets = workingSets;
		this.teams = teams;
		this.tasks = tasks;
		this.currentScope = currentScope;
		this.clock = clock;
	}

	/** @param limit households per page of the full set, log rows per page of changes */
	@MayReadReplica
	public PullPage pull(@Nullable String cursorText, int limit) {
		Scope scope = FieldRoles.check(currentScope.get());
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Cursor cursor = cursorText == null || cursorText.isBlank() ? null : Cursor.parse(cursorText);
		if (cursor instanceof Cursor.Changes c && c.xid() <= feed.prunedUpTo()) {
			cursor = null;
		}
		if (cursor == null) {
			// Taken before anything is read: whatever the pages below miss was written by a
			// transaction at or above this one, and the change feed hands it out afterwards.
			return full(new Cursor.Full(feed.horizon(), null), size, true, scope);
		}
		if (cursor instanceof Cursor.Full f) {
			return full(f, size, false, scope);
		}
		return changes((Cursor.Changes) cursor, size, scope);
	}

	private PullPage full(Cursor.Full cursor, int size, boolean first, Scope scope) {
		List<HouseholdSnapshot> page = workingSets.page(cursor.after(), size);
		boolean more = page.size() == size;
		String next = more ? new Cursor.Full(cursor.startXid(), page.get(page.size() - 1).household().id()).toString()
				: new Cursor.Changes(cursor.startXid(), 0).toString();
		return new PullPage(next, more, first, page, List.of(), members(scope), openTasks(), clock.instant());
	}

	private PullPage changes(Cursor.Changes cursor, int size, Scope scope) {
		var changes = feed.after(scope.unitPath(), cursor.xid(), cursor.seq(), size);
		if (changes.isEmpty()) {
			return new PullPage(cursor.toString(), false, false, List.of(), List.of(), members(scope), openTasks(),
					clock.instant());
		}
		Set<UUID> touched = new LinkedHashSet<>();
		changes.forEach(c -> touched.add(c.householdId()));
		List<HouseholdSnapshot> now = workingSets.of(touched);
		now.forEach(h -> touched.remove(h.household().id()));
		var last = changes.get(changes.size() - 1);
		return new PullPage(new Cursor.Changes(last.xid(), last.seq()).toString(), changes.size() == size, false, now,
				List.copyOf(touched), members(scope), openTasks(), clock.instant());
	}

	/** "Việc của tôi" still to be worked on; done and signed-off tasks leave the phone. */
	private List<PullPage.OpenTask> openTasks() {
		return tasks.mine().stream().filter(t -> t.status().open()).map(PullPage.OpenTask::of).toList();
	}

	private List<PullPage.TeamMember> members(Scope scope) {
		if (scope.teamId() == null) {
			return List.of();
		}
		return teams.membersOf(scope.teamId()).stream().filter(Member::active)
			.map(m -> new PullPage.TeamMember(m.id(), m.fullName())).toList();
	}
}
