package vn.ngoso.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.Figures;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.teams.internal.MemberRules;
import vn.ngoso.teams.internal.MemberRules.ValidMember;
import vn.ngoso.teams.internal.TeamFigures;
import vn.ngoso.teams.internal.TeamRepository;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Teams and members as the caller may see and change them. Officers work inside their subtree,
 * a team leader inside their team, a member sees only themselves; anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Teams {

	private final TeamRepository repository;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Figures figures;

	private final TeamFigures teamFigures;

	Teams(TeamRepository repository, Territory territory, CurrentScope currentScope, ApplicationEventPublisher events,
			Clock clock, Figures figures, TeamFigures teamFigures) {
		this.repository = repository;
		this.territory = territory;
		this.currentScope = currentScope;
		this.events = events;
		this.clock = clock;
		this.figures = figures;
		this.teamFigures = teamFigures;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public TeamOverview overview() {
		Scope s = currentScope.get();
		return repository.overview(s.subtreeFilter(), teamRestriction(s), today());
	}

	public Page<Team> teams(TeamFilter filter, int page, int size) {
		Scope s = currentScope.get();
		String unitPath = filter.unitId() == null ? null : territory.get(filter.unitId()).path();
		Long onlyTeam = teamRestriction(s);
		List<Team> items = repository.findTeams(s.subtreeFilter(), onlyTeam, filter, unitPath, today(), page * size, size);
		return new Page<>(items, page, size, repository.countTeams(s.subtreeFilter(), onlyTeam, filter, unitPath));
	}

	public Team team(long id) {
		Scope s = currentScope.get();
		return repository.findTeam(id, today()).filter(t -> canSee(s, t))
			.orElseThrow(() -> new NotFound("team.notFound", id));
	}

	public Page<Member> members(MemberFilter filter, int page, int size) {
		Scope s = currentScope.get();
		String unitPath = filter.unitId() == null ? null : territory.get(filter.unitId()).path();
		Long onlyMember = s.role() == Role.MEMBER ? s.memberId() : null;
		List<Member> items = repository.findMembers(s.subtreeFilter(), teamRestriction(s), onlyMember, filter, unitPath,
				today(), page * size, size);
		long total = repository.countMembers(s.subtreeFilter(), teamRestriction(s), onlyMember, filter, unitPath, today());
		return new Page<>(items, page, size, total);
	}

	/** Everyone of a team, those who left included, as far as the caller may see. */
	public List<Member> membersOf(long teamId) {
		team(teamId);
		return members(new MemberFilter(null, teamId, null, null, null, true), 0, 1000).items();
	}

	/** Where the caller could found a team: hamlets first, then communes, none with a team yet. */
	public List<UnitChoice> unitsForTeam(@Nullable Long currentUnit) {
		requireOfficer();
		return repository.unitsWithoutTeam(currentScope.get().subtreeFilter(), currentUnit, 2000);
	}

	public boolean canManageTeams() {
		return currentScope.get().role().isOfficer();
	}

	public boolean canChangeMembers(long teamId) {
		Scope s = currentScope.get();
		return s.role() != Role.MEMBER && canSee(s, team(teamId));
	}

	public Member member(long id) {
		Scope s = currentScope.get();
		return repository.findMember(id).filter(m -> canSee(s, m))
			.orElseThrow(() -> new NotFound("member.notFound", id));
	}

	/** What {@link #createTeam} would refuse in these details, without founding anything (the import checks every row first). */
	List<InvalidInput.FieldError> problems(TeamDetails details) {
		try {
			check(details, null);
			return List.of();
		}
		catch (InvalidInput e) {
			return e.errors();
		}
	}

	/** Teams under a unit, whatever the caller's scope: the first-run page's summary and the province guard. */
	public long countUnderIgnoringScope(String unitPath) {
		return repository.countUnder(unitPath);
	}

	@Transactional
	public Team createTeam(TeamDetails details) {
		requireOfficer();
		ValidTeam valid = check(details, null);
		long id = figures.change(teamFigures.scopeOfUnits(List.of(valid.unit().id())),
				() -> repository.insertTeam(valid.unit().id(), valid.unit().path(), valid.unit().provinceCode(),
						valid.name(), valid.decisionNo(), valid.decisionDate()));
		Team team = team(id);
		events.publishEvent(Audited.created("TEAM", id, team.unitPath(), team));
		return team;
	}

	@Transactional
	public Team updateTeam(long id, TeamDetails details) {
		requireOfficer();
		Team before = team(id);
		ValidTeam valid = check(details, id);
		figures.change(teamFigures.scopeOfUnits(List.of(before.unitId(), valid.unit().id())),
				() -> repository.updateTeam(id, valid.unit().id(), valid.unit().path(), valid.name(), valid.decisionNo(),
						valid.decisionDate()));
		Team after = team(id);
		events.publishEvent(Audited.updated("TEAM", id, after.unitPath(), before, after));
		return after;
	}

	@Transactional
	public Member addMember(long teamId, MemberDetails details) {
		Team team = teamForChange(teamId);
		ValidMember valid = MemberRules.check(details, today());
		repository.lockTeam(team.id());
		if (repository.activeCount(team.id()) >= Team.MAX_SIZE) {
			throw InvalidInput.of("team", "member.team.full", Team.MAX_SIZE);
		}
		checkUnique(valid, team.id(), null);
		long id;
		try {
			id = figures.change(teamFigures.scopeOfUnits(List.of(team.unitId())),
					() -> repository.insertMember(team.id(), valid.fullName(), valid.birthDate(), valid.sex(),
							valid.phone(), valid.role(), valid.affiliations(), valid.joinedOn()));
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("phone", "member.phone.activeElsewhere");
		}
		Member member = repository.findMember(id).orElseThrow();
		events.publishEvent(Audited.created("MEMBER", id, team.unitPath(), member));
		return member;
	}

	@Transactional
	public Member updateMember(long id, MemberDetails details) {
		Member before = member(id);
		teamForChange(before.teamId());
		if (!before.active()) {
			throw InvalidInput.of("leftOn", "member.alreadyLeft");
		}
		ValidMember valid = MemberRules.check(details, today());
		checkUnique(valid, before.teamId(), id);
		try {
			figures.change(teamFigures.scopeOfUnits(List.of(team(before.teamId()).unitId())),
					() -> repository.updateMember(id, valid.fullName(), valid.birthDate(), valid.sex(), valid.phone(),
							valid.role(), valid.affiliations(), valid.joinedOn()));
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("phone", "member.phone.activeElsewhere");
		}
		Member after = repository.findMember(id).orElseThrow();
		events.publishEvent(Audited.updated("MEMBER", id, unitPathOf(after), before, after));
		return after;
	}

	/** Closes a membership; the member stays in the team's history. */
	@Transactional
	public Member leave(long id, @Nullable LocalDate on) {
		Member before = member(id);
		teamForChange(before.teamId());
		LocalDate day = on == null ? today() : on;
		if (!before.active()) {
			throw InvalidInput.of("leftOn", "member.alreadyLeft");
		}
		if (day.isAfter(today())) {
			throw InvalidInput.of("leftOn", "member.leftOn.future");
		}
		if (day.isBefore(before.joinedOn())) {
			throw InvalidInput.of("leftOn", "member.leftOn.beforeJoined");
		}
		figures.change(teamFigures.scopeOfUnits(List.of(team(before.teamId()).unitId())),
				() -> repository.leave(id, day));
		Member after = repository.findMember(id).orElseThrow();
		events.publishEvent(new Audited("MEMBER", String.valueOf(id), "LEAVE", unitPathOf(after), before, after));
		return after;
	}

	/** The active membership of a mobile number, for linking a member's account. */
	public Optional<Member> activeMemberByPhoneIgnoringScope(String phone) {
		return repository.activeMembershipByPhone(phone).flatMap(repository::findMember);
	}

	public Optional<Member> memberIgnoringScope(long id) {
		return repository.findMember(id);
	}

	/**
	 * The team a member served in on a day (a person who changed teams has a membership per
	 * team): for a visit, which counts for that team forever. Ignores scope.
	 */
	public Optional<Long> teamOfMemberOn(long memberId, LocalDate day) {
		return repository.teamOn(memberId, day);
	}

	public Optional<Team> teamIgnoringScope(long id) {
		return repository.findTeam(id, today());
	}

	private record ValidTeam(AdminUnit unit, String name, String decisionNo, LocalDate decisionDate) {
	}

	private ValidTeam check(TeamDetails d, @Nullable Long teamId) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		AdminUnit unit = null;
		if (d.unitId() == null) {
			errors.add(new InvalidInput.FieldError("unitId", "team.unit.required"));
		}
		else {
			try {
				unit = territory.get(d.unitId());
				if (!(unit.isHamlet() || unit.isCommune())) {
					errors.add(new InvalidInput.FieldError("unitId", "team.unit.notHamlet"));
				}
				else if (unit.validTo() != null) {
					errors.add(new InvalidInput.FieldError("unitId", "team.unit.closed"));
				}
				else if (repository.unitHasTeam(unit.id(), teamId)) {
					errors.add(new InvalidInput.FieldError("unitId", "team.unit.hasTeam"));
				}
			}
			catch (NotFound e) {
				errors.add(new InvalidInput.FieldError("unitId", "team.unit.unknown"));
			}
		}
		String name = d.name() == null ? "" : SearchText.clean(d.name());
		if (name.isEmpty()) {
			errors.add(new InvalidInput.FieldError("name", "team.name.required"));
		}
		else if (name.length() > 150) {
			errors.add(new InvalidInput.FieldError("name", "team.name.tooLong", 150));
		}
		String decisionNo = d.decisionNo() == null ? "" : SearchText.clean(d.decisionNo());
		if (decisionNo.isEmpty()) {
			errors.add(new InvalidInput.FieldError("decisionNo", "team.decisionNo.required"));
		}
		else if (decisionNo.length() > 50) {
			errors.add(new InvalidInput.FieldError("decisionNo", "team.decisionNo.tooLong", 50));
		}
		if (d.decisionDate() == null) {
			errors.add(new InvalidInput.FieldError("decisionDate", "team.decisionDate.required"));
		}
		else if (d.decisionDate().isAfter(today())) {
			errors.add(new InvalidInput.FieldError("decisionDate", "team.decisionDate.future"));
		}
		else if (d.decisionDate().isBefore(LocalDate.of(2020, 1, 1))) {
			errors.add(new InvalidInput.FieldError("decisionDate", "team.decisionDate.tooEarly"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new ValidTeam(unit, name, decisionNo, d.decisionDate());
	}

	private void checkUnique(ValidMember valid, long teamId, @Nullable Long memberId) {
		repository.activeMembershipByPhone(valid.phone())
			.filter(other -> !other.equals(memberId))
			.ifPresent(other -> {
				throw InvalidInput.of("phone", "member.phone.activeElsewhere");
			});
		if (valid.role() == TeamRole.LEADER && repository.hasActiveLeader(teamId, memberId)) {
			throw InvalidInput.of("role", "member.role.leaderTaken");
		}
	}

	/** A team the caller may change members of: an officer's subtree or the leader's own team. */
	private Team teamForChange(long teamId) {
		Scope s = currentScope.get();
		Team team = team(teamId);
		if (s.role() == Role.MEMBER) {
			throw new OutOfScope(teamId);
		}
		return team;
	}

	private @Nullable String unitPathOf(Member m) {
		return repository.findTeam(m.teamId(), today()).map(Team::unitPath).orElse(null);
	}

	private void requireOfficer() {
		currentScope.officer("teams");
	}

	private static @Nullable Long teamRestriction(Scope s) {
		if (s.role() != Role.TEAM_LEADER && s.role() != Role.MEMBER) {
			return null;
		}
		return s.teamId() == null ? Long.valueOf(-1) : s.teamId();
	}

	private static boolean canSee(Scope s, Team t) {
		Long only = teamRestriction(s);
		return s.coversUnitPath(t.unitPath()) && (only == null || only == t.id());
	}

	private boolean canSee(Scope s, Member m) {
		if (s.role() == Role.MEMBER) {
			return s.memberId() != null && s.memberId() == m.id();
		}
		return repository.findTeam(m.teamId(), today()).filter(t -> canSee(s, t)).isPresent();
	}
}
