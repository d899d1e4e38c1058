package vn.ngoso.platform;

/** The one role a user holds; the order goes from the widest scope to the narrowest. */
public enum Role {
	ADMIN, PROVINCE, DISTRICT, COMMUNE, TEAM_LEADER, MEMBER,
	/** An officer of an agency that answers citizen feedback (scope: the agency's unit). */
	AGENCY,
	/** A partner enterprise: its own support entries and the figures of its unit, nothing personal. */
	PARTNER;

	/** Roles allowed to manage units, teams and members inside their subtree. */
	public boolean isOfficer() {
		return this == ADMIN || this == PROVINCE || this == DISTRICT || this == COMMUNE;
	}
}
