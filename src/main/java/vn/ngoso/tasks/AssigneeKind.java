package vn.ngoso.tasks;

/** Who a task is given to: a unit (its officers), a team, or one member. */
public enum AssigneeKind {
	UNIT, TEAM, MEMBER
}
