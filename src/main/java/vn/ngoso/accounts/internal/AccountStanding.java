package vn.ngoso.accounts.internal;

import org.jspecify.annotations.Nullable;
import vn.ngoso.accounts.UserAccount;

/**
 * An account as it stands in the database right now, with what its principal is built from: the
 * scope unit (path, name, still open), the team's name, and whether the member it links to has
 * left the team. One row of primary-key joins, read on every request.
 */
record AccountStanding(UserAccount account, String passwordHash, @Nullable String unitPath, @Nullable String unitName,
		boolean unitOpen, @Nullable String teamName, boolean leftTeam) {
}
