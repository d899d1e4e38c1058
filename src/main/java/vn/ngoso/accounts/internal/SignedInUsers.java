package vn.ngoso.accounts.internal;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ngoso.accounts.UserAccount;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** Builds the principal of an account: its role, and the subtree path of its scope unit. */
@Service
public class SignedInUsers implements UserDetailsService {

	private final UserRepository users;

	private final Territory territory;

	private final Teams teams;

	SignedInUsers(UserRepository users, Territory territory, Teams teams) {
		this.users = users;
		this.territory = territory;
		this.teams = teams;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		var stored = users.findByUsername(username.strip().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return principalOf(stored.account(), stored.passwordHash());
	}

	public SignedInUser principalOf(UserAccount account, String passwordHash) {
		AdminUnit unit = account.unitId() == null ? null : territory.lookupIgnoringScope(account.unitId()).orElse(null);
		Scope scope = new Scope(account.username(), account.role(), unit == null ? null : unit.id(),
				unit == null ? null : unit.path(), account.teamId(), account.memberId());
		String label = account.role() == Role.ADMIN ? "" : unit == null ? "?" : unit.name();
		if (account.teamId() != null) {
			label = teams.teamIgnoringScope(account.teamId()).map(t -> t.name()).orElse(label);
		}
		// An account whose scope unit vanished must not fall back to seeing everything, and one
		// whose unit a reorganisation closed sees nothing until an administrator re-scopes it.
		boolean usable = account.enabled()
				&& (account.role() == Role.ADMIN || unit != null && (account.teamId() != null || unit.validTo() == null));
		return new SignedInUser(account.id(), account.displayName(), label, scope, usable, passwordHash);
	}
}
