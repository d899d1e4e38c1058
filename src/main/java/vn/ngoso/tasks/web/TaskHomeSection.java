package vn.ngoso.tasks.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;
import vn.ngoso.tasks.Task;
import vn.ngoso.tasks.Tasks;

/**
 * The open tasks on the field roles' home, from "Việc của tôi" in its order (the most urgent
 * first): a member's own and their team's; for a team leader, the whole team's.
 */
@Component
class TaskHomeSection implements HomeSection {

	static final int SHOWN = 5;

	private final Tasks tasks;

	TaskHomeSection(Tasks tasks) {
		this.tasks = tasks;
	}

	/** @param leader whether the heading speaks of the team's tasks rather than the member's */
	record OpenTasks(List<Task> first, int open, boolean leader) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() != Role.MEMBER && scope.role() != Role.TEAM_LEADER) {
			return Optional.empty();
		}
		List<Task> open = tasks.mine().stream().filter(t -> t.status().open()).toList();
		return Optional.of(new Part(20, "tasks/home-open",
				new OpenTasks(open.subList(0, Math.min(SHOWN, open.size())), open.size(), scope.role() == Role.TEAM_LEADER)));
	}
}
