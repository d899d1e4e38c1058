package vn.ngoso.reported;

/**
 * Where a reported value stands: a draft only its author sees, submitted for approval, approved
 * (it counts in figures) or rejected (its author may correct it and submit it again).
 */
public enum ReportedStatus {
	DRAFT, SUBMITTED, APPROVED, REJECTED;

	/** Still in its author's hands or awaiting a decision: one per unit, indicator and months. */
	public boolean open() {
		return this == DRAFT || this == SUBMITTED;
	}

	/** The author may change it and submit it (again). */
	public boolean editable() {
		return this == DRAFT || this == REJECTED;
	}
}
