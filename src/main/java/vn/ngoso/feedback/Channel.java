package vn.ngoso.feedback;

/** How an item reached the platform. */
public enum Channel {
	/** The public page for citizens. */
	WEB,
	/** Written down by a team member on a visit. */
	VISIT,
	/** The provincial 1022 hotline. */
	HOTLINE,
	/** An Open311 client or another system. */
	API
}
