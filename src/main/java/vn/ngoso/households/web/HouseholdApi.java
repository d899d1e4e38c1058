package vn.ngoso.households.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.Household;
import vn.ngoso.households.HouseholdDetail;
import vn.ngoso.households.HouseholdFilter;
import vn.ngoso.households.HouseholdMoves;
import vn.ngoso.households.Households;
import vn.ngoso.households.MoveHousehold;
import vn.ngoso.households.NewHousehold;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.ReadinessMark;
import vn.ngoso.households.Relation;
import vn.ngoso.households.Resident;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.teams.Sex;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;
import vn.ngoso.territory.UnitReference;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Households", description = "Households, residents and their digital-readiness profiles, in the caller's scope")
class HouseholdApi {

	/**
	 * @param covered covered now: {@code coveredFrom} is the current month or earlier
	 * @param coveredFrom the first month it counts as covered (the first day of it), or null
	 */
	record HouseholdJson(UUID id, String code, String address, long unitId, String unitCode, String hamlet,
			boolean covered,
			@Nullable LocalDate coveredFrom, @Nullable LocalDate lastVisitOn, LocalDate registeredOn, int residents,
			boolean consentMissing) {

		static HouseholdJson of(Household h) {
			return new HouseholdJson(h.id(), h.code(), h.address(), h.unitId(), h.unitCode(), h.unitName(), h.covered(),
					h.coveredFrom(), h.lastVisitOn(), h.registeredOn(), h.residents(), h.consentMissing());
		}
	}

	record ResidentJson(UUID id, String fullName, @Nullable LocalDate birthDate, int birthYear, int age, Sex sex,
			Relation relation, @Nullable String phone, @Nullable String cccd, @Nullable Instant consentAt,
			boolean erased, Map<ReadinessItem, ReadinessMark> profile) {

		static ResidentJson of(Resident r) {
			return new ResidentJson(r.id(), r.fullName(), r.birthDate(), r.birthYear(), r.age(), r.sex(), r.relation(),
					r.phone(), r.cccdMasked(), r.consentAt(), r.erased(), r.profile());
		}
	}

	record HouseholdDetailJson(HouseholdJson household, List<ResidentJson> residents) {
	}

	/** {@code registeredOn}: when the household entered the commune's register (default today). */
	record NewHouseholdJson(@Nullable String unitCode, @Nullable String code, @Nullable String address,
			@Nullable LocalDate registeredOn,
			@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId) {

		UnitReference unit() {
			return UnitReference.body(unitCode, unitId);
		}
	}

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	private final Households households;

	private final Territory territory;

	private final HouseholdMoves moves;

	HouseholdApi(Households households, Territory territory, HouseholdMoves moves) {
		this.households = households;
		this.territory = territory;
		this.moves = moves;
	}

	@GetMapping("/households")
	@Operation(summary = "Households under a unit (official code); covered=false lists those with no fluent resident")
	PageJson<HouseholdJson> list(
			@ParameterObject UnitQuery unit,
			@RequestParam(required = false) Boolean covered, @RequestParam(required = false) Integer notVisitedDays,
			@RequestParam(defaultValue = "false") boolean missingConsent, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Long within = territory.find(unit.reference()).map(AdminUnit::id).orElse(null);
		var result = households.households(new HouseholdFilter(within, covered, notVisitedDays, missingConsent, null),
				Math.max(0, page), Math.max(1, Math.min(size, 500)));
		return new PageJson<>(result.items().stream().map(HouseholdJson::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "A household with its residents (citizen IDs masked; phones masked for members)")
	HouseholdDetailJson household(@PathVariable UUID id) {
		HouseholdDetail detail = households.household(id);
		return new HouseholdDetailJson(HouseholdJson.of(detail.household()),
				detail.residents().stream().map(ResidentJson::of).toList());
	}

	@PostMapping("/households")
	ResponseEntity<HouseholdJson> create(@RequestBody NewHouseholdJson request) {
		Long unitId = hamletId(request.unit());
		Household created;
		try {
			created = households.create(new NewHousehold(unitId, request.code(), request.address(),
					request.registeredOn()));
		}
		catch (InvalidInput e) {
			throw request.unit().inRequestTerms(e);
		}
		return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(HouseholdJson.of(created));
	}

	@PostMapping("/households/{id}/residents")
	ResponseEntity<ResidentJson> addResident(@PathVariable UUID id, @RequestBody ResidentBody request) {
		Resident created = households.addResident(id, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(ResidentJson.of(created));
	}

	/**
	 * "Chuyển ấp" as a client sends it.
	 *
	 * @param unitCode the hamlet it moves to (official code, e.g. {@code 27781-002}), of the same commune
	 * @param movedOn the day it moved, {@code yyyy-MM-dd}; absent: today
	 */
	record MoveJson(@Nullable String unitCode, @Nullable LocalDate movedOn,
			@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId) {

		UnitReference unit() {
			return UnitReference.body(unitCode, unitId);
		}
	}

	@PostMapping("/households/{id}/move")
	@Operation(summary = "Move a household to another hamlet of its commune on a day (commune officers and above): "
			+ "its households, residents, items and covered count there for every month; its visits stay where they were made")
	HouseholdJson move(@PathVariable UUID id, @RequestBody MoveJson body) {
		moves.checkMover();
		Long unitId = hamletId(body.unit());
		try {
			return HouseholdJson.of(moves.move(id, new MoveHousehold(unitId, body.movedOn())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
	}

	/** The hamlet a body names; one not found is this module's "unknown hamlet", on the field sent. */
	private @Nullable Long hamletId(UnitReference ref) {
		try {
			return territory.idOf(ref);
		}
		catch (InvalidInput e) {
			throw new InvalidInput(e.errors().stream()
				.map(err -> err.messageKey().equals("unit.reference.unknown")
						? new InvalidInput.FieldError(err.field(), "household.unit.unknown") : err)
				.toList());
		}
	}

	record ConsentJson(@Nullable ConsentMethod method) {
	}

	@PostMapping("/households/{id}/residents/{residentId}/consent")
	ResponseEntity<Void> consent(@PathVariable UUID id, @PathVariable UUID residentId, @RequestBody ConsentJson body) {
		if (body.method() == null) {
			throw InvalidInput.of("method", "resident.consent.methodRequired");
		}
		households.recordConsent(id, residentId, body.method());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/households/{id}/residents/{residentId}/consent/withdraw")
	@Operation(summary = "Withdraw consent: erases name (initials kept), birth day, phone and citizen ID")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID residentId) {
		households.withdrawConsent(id, residentId);
		return ResponseEntity.noContent().build();
	}

	record CitizenIdJson(@Nullable String cccd) {
	}

	@GetMapping("/households/{id}/residents/{residentId}/cccd")
	@Operation(summary = "The unmasked citizen ID (commune officers and above; every reading is audited)")
	CitizenIdJson cccd(@PathVariable UUID id, @PathVariable UUID residentId) {
		return new CitizenIdJson(households.revealCitizenId(id, residentId));
	}
}
