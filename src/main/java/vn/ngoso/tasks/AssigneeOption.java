package vn.ngoso.tasks;

/** A unit, team or member the caller may give a task to; {@code value} is "KIND:id" for a form. */
public record AssigneeOption(AssigneeKind kind, long id, String label) {

	public String value() {
		return kind + ":" + id;
	}
}
