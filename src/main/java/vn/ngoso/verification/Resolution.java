package vn.ngoso.verification;

/** What an officer decided about a visit its resident did not confirm. */
public enum Resolution {
	/** The visit was real after all (the team showed it, the resident was mistaken): its outcomes count again. */
	COUNTED,
	/** The visit did not happen as recorded: its outcomes stay out of every figure. */
	REMOVED
}
