package vn.ngoso.teams.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberDetails;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamDetails;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;
import vn.ngoso.territory.UnitReference;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Teams and members", description = "Limited to the caller's subtree, team or self")
class TeamApi {

	record TeamJson(long id, String name, long unitId, String unitCode, String unitName, String communeName, String decisionNo,
			LocalDate decisionDate, int activeMembers, int youthMembers, boolean sizeWarning) {

		static TeamJson of(Team t) {
			return new TeamJson(t.id(), t.name(), t.unitId(), t.unitCode(), t.unitName(), t.parentName(), t.decisionNo(), t.decisionDate(),
					t.activeMembers(), t.youthMembers(), t.sizeWarning());
		}
	}

	record TeamRequest(@Nullable String unitCode, @Nullable String name, @Nullable String decisionNo,
			@Nullable LocalDate decisionDate,
			@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId) {

		UnitReference unit() {
			return UnitReference.body(unitCode, unitId);
		}
	}

	record MemberJson(long id, long teamId, String fullName, LocalDate birthDate, Sex sex, String phone, TeamRole role,
			Set<Affiliation> affiliations, LocalDate joinedOn, @Nullable LocalDate leftOn, boolean youth) {
	}

	record MemberRequest(@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex,
			@Nullable String phone, @Nullable TeamRole role, @Nullable Set<Affiliation> affiliations,
			@Nullable LocalDate joinedOn) {

		MemberDetails toDetails() {
			return new MemberDetails(fullName, birthDate, sex, phone, role, affiliations, joinedOn);
		}
	}

	record LeaveRequest(@Nullable LocalDate leftOn) {
	}

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	private final Teams teams;

	private final Territory territory;

	TeamApi(Teams teams, Territory territory) {
		this.teams = teams;
		this.territory = territory;
	}

	@GetMapping("/teams")
	@Operation(summary = "Teams under a unit (by official code), optionally only those outside 4–12 members")
	PageJson<TeamJson> teams(
			@ParameterObject UnitQuery unit,
			@RequestParam(defaultValue = "false") boolean sizeWarning, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Long within = territory.find(unit.reference()).map(AdminUnit::id).orElse(null);
		var result = teams.teams(new TeamFilter(within, sizeWarning, null), Math.max(0, page), clamp(size));
		return new PageJson<>(result.items().stream().map(TeamJson::of).toList(), result.page(), result.size(),
				result.total());
	}

	@PostMapping("/teams")
	@Operation(summary = "Found a team in a hamlet (or a commune) of the caller's subtree")
	ResponseEntity<TeamJson> create(@RequestBody TeamRequest request) {
		Team team;
		try {
			team = teams.createTeam(details(request));
		}
		catch (InvalidInput e) {
			throw request.unit().inRequestTerms(e);
		}
		return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(TeamJson.of(team));
	}

	@GetMapping("/teams/{id}")
	TeamJson team(@PathVariable long id) {
		return TeamJson.of(teams.team(id));
	}

	@PutMapping("/teams/{id}")
	TeamJson update(@PathVariable long id, @RequestBody TeamRequest request) {
		teams.team(id);
		try {
			return TeamJson.of(teams.updateTeam(id, details(request)));
		}
		catch (InvalidInput e) {
			throw request.unit().inRequestTerms(e);
		}
	}

	@GetMapping("/teams/{id}/members")
	@Operation(summary = "Members of a team, including those who left (with their leaving date)")
	List<MemberJson> members(@PathVariable long id) {
		return teams.membersOf(id).stream().map(this::json).toList();
	}

	@PostMapping("/teams/{id}/members")
	ResponseEntity<MemberJson> addMember(@PathVariable long id, @RequestBody MemberRequest request) {
		Member member = teams.addMember(id, request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/members/" + member.id())).body(json(member));
	}

	@GetMapping("/members/{id}")
	MemberJson member(@PathVariable long id) {
		return json(teams.member(id));
	}

	@PutMapping("/members/{id}")
	MemberJson updateMember(@PathVariable long id, @RequestBody MemberRequest request) {
		return json(teams.updateMember(id, request.toDetails()));
	}

	@PostMapping("/members/{id}/leave")
	@Operation(summary = "Record that a member left the team (kept in the team's history)")
	MemberJson leave(@PathVariable long id, @RequestBody(required = false) @Nullable LeaveRequest request) {
		return json(teams.leave(id, request == null ? null : request.leftOn()));
	}

	@GetMapping("/members")
	PageJson<MemberJson> listMembers(
			@ParameterObject UnitQuery unit,
			@RequestParam(required = false) Boolean youth, @RequestParam(required = false) Affiliation affiliation,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Long within = territory.find(unit.reference()).map(AdminUnit::id).orElse(null);
		var result = teams.members(new MemberFilter(within, null, youth, affiliation, null, false), Math.max(0, page),
				clamp(size));
		return new PageJson<>(result.items().stream().map(this::json).toList(), result.page(), result.size(),
				result.total());
	}

	private TeamDetails details(TeamRequest request) {
		if (request.unit().isEmpty()) {
			throw InvalidInput.of("unitCode", "team.unit.required");
		}
		Long unitId;
		try {
			unitId = territory.idOf(request.unit());
		}
		catch (InvalidInput e) {
			throw new InvalidInput(e.errors().stream()
				.map(err -> err.messageKey().equals("unit.reference.unknown")
						? new InvalidInput.FieldError(err.field(), "team.unit.unknown") : err)
				.toList());
		}
		return new TeamDetails(unitId, request.name(), request.decisionNo(), request.decisionDate());
	}

	private MemberJson json(Member m) {
		return new MemberJson(m.id(), m.teamId(), m.fullName(), m.birthDate(), m.sex(), m.phone(), m.role(),
				m.affiliations(), m.joinedOn(), m.leftOn(), m.youthOn(teams.today()));
	}

	private static int clamp(int size) {
		return Math.max(1, Math.min(size, 500));
	}
}
