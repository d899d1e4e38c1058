package vn.ngoso.accounts.internal;

/**
 * Where a failed sign-in leaves the username typed, for the form to show again once: in the
 * session, never the address bar (which ends up in logs and history).
 */
public final class LastUsername {

	/** The session attribute. */
	public static final String ATTRIBUTE = "ngoso.lastUsername";

	/** Longer than any account name: not kept. */
	static final int LONGEST = 100;

	private LastUsername() {
	}
}
