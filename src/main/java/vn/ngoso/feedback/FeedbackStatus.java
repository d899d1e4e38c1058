package vn.ngoso.feedback;

/** Where an item stands. Answered and closed items are "closed" to Open311 clients. */
public enum FeedbackStatus {
	RECEIVED, ROUTED, IN_PROGRESS, ANSWERED, CLOSED, REOPENED;

	/** Still waiting for an answer: the deadline runs. */
	public boolean open() {
		return this != ANSWERED && this != CLOSED;
	}
}
