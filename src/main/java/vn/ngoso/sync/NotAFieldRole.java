package vn.ngoso.sync;

/** Sync asked for by someone who is not a team member or leader; answered 403. */
public class NotAFieldRole extends RuntimeException {

	NotAFieldRole() {
		super("sync is for team members and leaders");
	}
}
