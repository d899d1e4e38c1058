package vn.ngoso.tasks.internal;

import org.jspecify.annotations.Nullable;
import vn.ngoso.tasks.AssigneeKind;

/** A resolved assignee: the unit the work happens in, and the team or member if one was named. */
public record Assignee(AssigneeKind kind, long unitId, String unitPath, @Nullable Long teamId, @Nullable Long memberId) {
}
