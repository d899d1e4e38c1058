package vn.ngoso.teams;

/** What else a member is in the hamlet: the teams are built from these people. */
public enum Affiliation {
	HAMLET_HEAD, YOUTH_UNION, WOMEN_UNION, FARMERS_ASSOCIATION, POLICE, POST_TELECOM, OTHER
}
