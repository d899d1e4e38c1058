package vn.ngoso.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;

/**
 * Builds the principal of an account from its standing: its role, the subtree path of its scope
 * unit, and whether its member left the team. One query each, so that a session can be checked
 * against the account on every request.
 */
@Service
public class SignedInUsers implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	SignedInUsers(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		return users.standingByUsername(Usernames.normalise(username), today())
			.map(standing -> principalOf(standing, standing.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** The principal of an account as it stands now; empty when the account is gone. */
	public Optional<SignedInUser> current(long userId) {
		return users.standingById(userId, today()).map(standing -> principalOf(standing, ""));
	}

	/** The principal a live bearer token speaks for; empty for an unknown or expired token. */
	public Optional<SignedInUser> ofToken(String token) {
		return users.standingByToken(ApiTokens.hash(token), today(), clock.instant())
			.map(standing -> principalOf(standing, ""));
	}

	private static SignedInUser principalOf(AccountStanding standing, String passwordHash) {
		var account = standing.account();
		boolean hasUnit = standing.unitPath() != null;
		Scope scope = new Scope(account.username(), account.role(), hasUnit ? account.unitId() : null,
				standing.unitPath(), account.teamId(), account.memberId());
		String label = account.role() == Role.ADMIN ? "" : hasUnit ? standing.unitName() : "?";
		if (standing.teamName() != null) {
			label = standing.teamName();
		}
		// An account whose scope unit vanished must not fall back to seeing everything, and one
		// whose unit a reorganisation closed sees nothing until an administrator re-scopes it.
		boolean usable = account.enabled()
				&& (account.role() == Role.ADMIN || hasUnit && (account.teamId() != null || standing.unitOpen()));
		return new SignedInUser(account.id(), account.displayName(), label, scope, usable, standing.leftTeam(),
				passwordHash);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
