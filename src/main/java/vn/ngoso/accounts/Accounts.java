package vn.ngoso.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.accounts.internal.UserRepository;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** Creates accounts with a consistent scope: the unit, team and member must agree with the role. */
@Service
public class Accounts {

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final Territory territory;

	private final Teams teams;

	private final ApplicationEventPublisher events;

	Accounts(UserRepository users, PasswordEncoder passwords, Territory territory, Teams teams,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.territory = territory;
		this.teams = teams;
		this.events = events;
	}

	/**
	 * Creates an account without looking at the caller's scope: for start-up data and for
	 * administrators. The scope unit of a team leader or member is their team's unit.
	 */
	@Transactional
	public UserAccount create(NewUser user) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String username = user.username() == null ? "" : user.username().strip().toLowerCase();
		if (!username.matches("[a-z0-9._-]{2,50}")) {
			errors.add(new InvalidInput.FieldError("username", "user.username.invalid"));
		}
		else if (users.exists(username)) {
			errors.add(new InvalidInput.FieldError("username", "user.username.taken"));
		}
		if (user.password() == null || user.password().length() < 4) {
			errors.add(new InvalidInput.FieldError("password", "user.password.tooShort"));
		}
		Long unitId = user.unitId();
		Long teamId = user.teamId();
		Long memberId = user.memberId();
		if (user.role() == Role.MEMBER) {
			Member member = memberId == null ? null : teams.memberIgnoringScope(memberId).orElse(null);
			if (member == null) {
				errors.add(new InvalidInput.FieldError("memberId", "user.member.required"));
			}
			else {
				teamId = member.teamId();
			}
		}
		if (user.role() == Role.TEAM_LEADER || user.role() == Role.MEMBER) {
			var team = teamId == null ? null : teams.teamIgnoringScope(teamId).orElse(null);
			if (team == null) {
				errors.add(new InvalidInput.FieldError("teamId", "user.team.required"));
			}
			else {
				unitId = team.unitId();
			}
		}
		AdminUnit unit = unitId == null ? null : territory.lookupIgnoringScope(unitId).orElse(null);
		if (user.role() != Role.ADMIN && unit == null) {
			errors.add(new InvalidInput.FieldError("unitId", "user.unit.required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String name = SearchText.clean(user.displayName() == null || user.displayName().isBlank() ? username : user.displayName());
		long id = users.insert(username, passwords.encode(user.password()), name, user.role(),
				user.role() == Role.ADMIN ? null : unitId, teamId, memberId);
		UserAccount created = users.findById(id).orElseThrow();
		events.publishEvent(Audited.created("USER", id, unit == null ? null : unit.path(), created));
		return created;
	}
}
