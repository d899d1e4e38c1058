package vn.ngoso.tasks;

import java.util.List;

/** A task with its history and what the caller may do with it. */
public record TaskDetail(Task task, List<TaskEvent> history, boolean canUpdate, boolean canSignOff) {
}
