package vn.ngoso.teams;

public enum Sex {
	MALE, FEMALE
}
