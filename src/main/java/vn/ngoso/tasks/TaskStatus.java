package vn.ngoso.tasks;

/** Where a task stands. DONE waits for the accountable person's sign-off; OVERDUE is set by the daily job. */
public enum TaskStatus {
	NEW, IN_PROGRESS, DONE, SIGNED_OFF, OVERDUE;

	/** Still to be worked on: what the overdue job looks at. */
	public boolean open() {
		return this == NEW || this == IN_PROGRESS || this == OVERDUE;
	}
}
