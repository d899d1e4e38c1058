package vn.ngoso.accounts.internal;

/** The member an account belongs to has left the team: nothing of the team is for them any more. */
public class NoLongerInTeam extends RuntimeException {

	public NoLongerInTeam(String username) {
		super(username + " left the team");
	}
}
