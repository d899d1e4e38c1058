package vn.ngoso.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.accounts.internal.ApiTokens;
import vn.ngoso.accounts.internal.UserRepository;
import vn.ngoso.accounts.internal.Usernames;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.AuditActors;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** Creates accounts with a consistent scope: the unit, team and member must agree with the role. */
@Service
public class Accounts {

	/** Where {@link #create} names an id, the request of {@link #createForCaller} names a code or a phone. */
	private static final Map<String, String> REQUEST_FIELDS = Map.of("unitId", "unitCode", "teamId", "memberPhone",
			"memberId", "memberPhone");

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final Territory territory;

	private final Teams teams;

	private final ApplicationEventPublisher events;

	private final CurrentScope scope;

	private final ApiTokens tokens;

	Accounts(UserRepository users, PasswordEncoder passwords, Territory territory, Teams teams,
			ApplicationEventPublisher events, CurrentScope scope, ApiTokens tokens) {
		this.users = users;
		this.passwords = passwords;
		this.territory = territory;
		this.teams = teams;
		this.events = events;
		this.scope = scope;
		this.tokens = tokens;
	}

	/** Accounts whose scope lies inside the caller's subtree. */
	@Transactional(readOnly = true)
	public List<AccountListItem> accountsInScope() {
		requireOfficer();
		return users.findInSubtree(scope.get().subtreeFilter());
	}

	/**
	 * Roles the caller may hand out: only narrower ones (an administrator may make anything). A
	 * PARTNER account belongs to a partner enterprise, so the partners module makes it.
	 */
	public List<Role> assignableRoles() {
		Role mine = scope.get().role();
		return Arrays.stream(Role.values()).filter(r -> r != Role.PARTNER)
			.filter(r -> mine == Role.ADMIN || r.ordinal() > mine.ordinal()).toList();
	}

	/**
	 * Creates an account for someone inside the caller's subtree with a narrower role. An officer
	 * is placed by unit code (of the matching level), a leader or member by their mobile number:
	 * a team leader's account only for the member who leads the team, and no member gets a second
	 * enabled account.
	 */
	@Transactional
	public UserAccount createForCaller(AccountRequest request) {
		requireOfficer();
		if (request.role() == null || !assignableRoles().contains(request.role())) {
			throw InvalidInput.of("role", "user.role.notAllowed");
		}
		Role role = request.role();
		Long unitId = null;
		Long teamId = null;
		Long memberId = null;
		if (role == Role.PROVINCE || role == Role.DISTRICT || role == Role.COMMUNE) {
			AdminUnit unit = visibleUnit(request.unitCode());
			// PROVINCE, DISTRICT and COMMUNE sit at unit levels 1, 2 and 3, their order in Role
			if (unit.level() != role.ordinal()) {
				throw InvalidInput.of("unitCode", "user.unit.wrongLevel");
			}
			unitId = unit.id();
		}
		else if (role == Role.AGENCY) {
			unitId = visibleUnit(request.unitCode()).id();
		}
		else if (role == Role.TEAM_LEADER || role == Role.MEMBER) {
			Member member = visibleMember(request.memberPhone());
			teamId = member.teamId();
			memberId = member.id();
		}
		try {
			return create(new NewUser(request.username(), request.password(), request.displayName(), role, unitId,
					teamId, memberId));
		}
		catch (InvalidInput e) {
			throw asRequestFields(e);
		}
	}

	private static InvalidInput asRequestFields(InvalidInput e) {
		return new InvalidInput(e.errors().stream()
			.map(f -> new InvalidInput.FieldError(REQUEST_FIELDS.getOrDefault(f.field(), f.field()), f.messageKey(),
					f.args()))
			.toList());
	}

	/**
	 * Disables or re-enables an account inside the caller's subtree. A disabled account cannot sign
	 * in, its browser session ends on its next request and its tokens are deleted.
	 */
	@Transactional
	public UserAccount setEnabled(long id, boolean enabled) {
		requireOfficer();
		UserAccount before = users.findById(id)
			.filter(a -> a.role() != Role.ADMIN || scope.get().isAdmin())
			.filter(a -> users.unitPathOf(id).map(scope.get()::coversUnitPath).orElse(scope.get().isAdmin()))
			.filter(a -> !a.username().equals(scope.get().username()))
			.orElseThrow(() -> new NotFound("user.notFound", id));
		if (enabled && !before.enabled() && before.memberId() != null
				&& users.memberHasEnabledAccount(before.memberId(), id)) {
			throw InvalidInput.of("enabled", "user.member.hasAccount");
		}
		users.setEnabled(id, enabled);
		if (!enabled) {
			tokens.revokeAll(id);
		}
		UserAccount after = users.findById(id).orElseThrow();
		events.publishEvent(Audited.updated("USER", id, users.unitPathOf(id).orElse(null), before, after));
		return after;
	}

	private AdminUnit visibleUnit(String code) {
		if (code == null || code.isBlank()) {
			throw InvalidInput.of("unitCode", "user.unit.required");
		}
		try {
			return territory.getByCode(code);
		}
		catch (NotFound e) {
			throw InvalidInput.of("unitCode", "user.unit.unknown");
		}
	}

	private Member visibleMember(String phone) {
		String normalized = phone == null ? null : PhoneNumber.normalize(phone).orElse(null);
		if (normalized == null) {
			throw InvalidInput.of("memberPhone", "user.member.required");
		}
		try {
			Member member = teams.activeMemberByPhoneIgnoringScope(normalized).orElseThrow(() -> new NotFound("x", phone));
			return teams.member(member.id());
		}
		catch (NotFound e) {
			throw InvalidInput.of("memberPhone", "user.member.unknown");
		}
	}

	private void requireOfficer() {
		scope.officer("accounts");
	}

	/**
	 * Creates an account; the one way every module makes one. The scope unit of a team leader or
	 * member is their team's unit; a team leader linked to a member must be that team's leader, and
	 * a member has at most one enabled account. Start-up data runs with nobody signed in and is not
	 * limited; a signed-in caller must be an officer and may hand out only a narrower role (or a
	 * partner's account) scoped inside their own subtree.
	 */
	@Transactional
	public UserAccount create(NewUser user) {
		Scope caller = scope.signedIn().orElse(null);
		if (caller != null) {
			requireOfficer();
		}
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String username = Usernames.normalise(user.username());
		if (!username.matches("[a-z0-9._-]{2,50}")) {
			errors.add(new InvalidInput.FieldError("username", "user.username.invalid"));
		}
		else if (AuditActors.ALL.contains(username)) {
			// the audit log names these actors; an account of that name would pass for them
			errors.add(new InvalidInput.FieldError("username", "user.username.reserved"));
		}
		else if (users.exists(username)) {
			errors.add(new InvalidInput.FieldError("username", "user.username.taken"));
		}
		if (user.password() == null || user.password().length() < 4) {
			errors.add(new InvalidInput.FieldError("password", "user.password.tooShort"));
		}
		if (caller != null && user.role() != Role.PARTNER && !assignableRoles().contains(user.role())) {
			errors.add(new InvalidInput.FieldError("role", "user.role.notAllowed"));
		}
		Long unitId = user.unitId();
		Long teamId = user.teamId();
		Long memberId = user.memberId();
		if (user.role() == Role.MEMBER || user.role() == Role.TEAM_LEADER && memberId != null) {
			Member member = memberId == null ? null : teams.memberIgnoringScope(memberId).orElse(null);
			if (member == null) {
				errors.add(new InvalidInput.FieldError("memberId", "user.member.required"));
			}
			else if (user.role() == Role.TEAM_LEADER && (member.role() != TeamRole.LEADER
					|| teamId != null && teamId != member.teamId())) {
				errors.add(new InvalidInput.FieldError("memberId", "user.member.notLeader"));
			}
			else if (users.memberHasEnabledAccount(member.id(), null)) {
				errors.add(new InvalidInput.FieldError("memberId", "user.member.hasAccount"));
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
		else if (caller != null && unit != null && !caller.coversUnitPath(unit.path())) {
			errors.add(new InvalidInput.FieldError("unitId", "user.unit.outsideScope"));
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
