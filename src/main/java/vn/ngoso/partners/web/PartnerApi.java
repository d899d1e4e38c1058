package vn.ngoso.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.accounts.UserAccount;
import vn.ngoso.figures.Period;
import vn.ngoso.partners.Partner;
import vn.ngoso.partners.PartnerView;
import vn.ngoso.partners.Partners;
import vn.ngoso.partners.Support;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;

@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "Partner enterprises, the units they cover and their support; GET /mine for a partner's own people")
class PartnerApi {

	private final Partners partners;

	private final Territory territory;

	PartnerApi(Partners partners, Territory territory) {
		this.partners = partners;
		this.territory = territory;
	}

	@GetMapping
	@Operation(summary = "Partners covering a unit of the caller's subtree or above it")
	List<Partner> list() {
		return partners.list();
	}

	@PostMapping
	@Operation(summary = "Register a partner (officers; units inside the caller's subtree)")
	ResponseEntity<Partner> create(@RequestBody PartnerBody body) {
		Partner created;
		try {
			created = partners.create(body.toInput(territory));
		}
		catch (InvalidInput e) {
			throw body.inRequestTerms(e);
		}
		return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	Partner get(@PathVariable UUID id) {
		return partners.get(id);
	}

	@GetMapping("/{id}/support")
	List<Support> support(@PathVariable UUID id) {
		return partners.support(id);
	}

	@PostMapping("/{id}/support")
	@Operation(summary = "Record support: an event attended, SIMs/phones donated or staff-days at a service desk;"
			+ " sessionId / deskDayId link it to an outreach session or desk day, which must exist in the caller's scope")
	ResponseEntity<Support> addSupport(@PathVariable UUID id, @RequestBody SupportBody body) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(partners.addSupport(id, body.toInput(territory.idOf(body.unit()))));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
	}

	/** An account to make; its unit (one the partner covers) by official code. */
	record AccountRequest(@Nullable String username, @Nullable String password, @Nullable String displayName,
			@Nullable String unitCode,
			@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId) {

		UnitReference unit() {
			return UnitReference.body(unitCode, unitId);
		}
	}

	@PostMapping("/{id}/accounts")
	@Operation(summary = "An account (role PARTNER) for one of the partner's people, scoped to a unit it covers")
	ResponseEntity<UserAccount> account(@PathVariable UUID id, @RequestBody AccountRequest body) {
		Long unitId = territory.idOf(body.unit());
		if (unitId == null) {
			throw InvalidInput.of("unitCode", "partner.account.unitNotCovered");
		}
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(partners.createAccount(id,
					body.username() == null ? "" : body.username(), body.password() == null ? "" : body.password(),
					body.displayName() == null ? "" : body.displayName(), unitId));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
	}

	@GetMapping("/mine")
	@Operation(summary = "For a partner's own people: their contributions and the figures of the units they cover")
	PartnerView mine(@RequestParam(required = false) @Nullable YearMonth from,
			@RequestParam(required = false) @Nullable YearMonth to) {
		Period ytd = partners.yearToDate();
		YearMonth end = to == null ? ytd.to() : to;
		YearMonth start = from == null ? YearMonth.of(end.getYear(), 1) : from;
		return partners.mine(new Period(start, end));
	}
}
