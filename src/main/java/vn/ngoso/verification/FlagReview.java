package vn.ngoso.verification;

/** What an officer did with a flag: looked at it (đã xem), or set it aside as harmless (bỏ qua). */
public enum FlagReview {
	SEEN, DISMISSED
}
