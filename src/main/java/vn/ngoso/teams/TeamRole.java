package vn.ngoso.teams;

/** Tổ trưởng, tổ phó, thành viên. */
public enum TeamRole {
	LEADER, DEPUTY, MEMBER
}
