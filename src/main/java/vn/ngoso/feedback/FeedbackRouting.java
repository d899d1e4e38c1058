package vn.ngoso.feedback;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.feedback.internal.AgencyRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * The routing table (category × unit → agency), kept by the province: a route set at a commune
 * wins over the district's, which wins over the province's, for items raised under it.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = { NotFound.class, InvalidInput.class })
public class FeedbackRouting {

	/** One route, as listed. */
	public record Route(String category, String unitCode, String unitName, String agencyCode, String agencyName) {
	}

	private final AgencyRepository agencies;

	private final Territory territory;

	private final CurrentScope scope;

	private final ApplicationEventPublisher events;

	FeedbackRouting(AgencyRepository agencies, Territory territory, CurrentScope scope, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.territory = territory;
		this.scope = scope;
		this.events = events;
	}

	/** The routes under the caller's unit (officers of units only). */
	public List<Route> routes() {
		Scope s = scope.officer("routes");
		return agencies.routes(s.subtreeFilter()).stream()
			.map(r -> new Route(r.category(), r.unitCode(), r.unitName(), r.agencyCode(), r.agencyName()))
			.toList();
	}

	public boolean canEdit() {
		Role role = scope.get().role();
		return role == Role.PROVINCE || role == Role.ADMIN;
	}

	/** Sets (or replaces) the agency for a category at a unit of the caller's province. */
	@Transactional
	public Route setRoute(String category, String unitCode, String agencyCode) {
		if (!canEdit()) {
			throw new OutOfScope("routes");
		}
		if (category == null || agencies.category(category).isEmpty()) {
			throw InvalidInput.of("category", "feedback.category.unknown");
		}
		AdminUnit unit;
		try {
			unit = territory.getByCode(unitCode == null ? "" : unitCode.strip());
		}
		catch (NotFound e) {
			throw InvalidInput.of("unitCode", "feedback.route.unitUnknown");
		}
		Agency agency = agencies.byCode(agencyCode == null ? "" : agencyCode.strip())
			.filter(a -> scope.get().isAdmin() || scope.get().coversUnitPath(a.unitPath()))
			.orElseThrow(() -> InvalidInput.of("agency", "feedback.agency.unknown"));
		agencies.setRoute(category, unit.id(), agency.id(), scope.get().username());
		events.publishEvent(new Audited("FEEDBACK_ROUTE", category + "@" + unit.code(), "UPDATE", unit.path(), null,
				Map.of("agency", agency.code())));
		return new Route(category, unit.code(), unit.name(), agency.code(), agency.name());
	}

	/** Start-up data and administrators' setup: an agency at a unit, without looking at any scope. */
	@Transactional
	public Agency createAgencyIgnoringScope(String code, String name, long unitId) {
		AdminUnit unit = territory.lookupIgnoringScope(unitId).orElseThrow(() -> new NotFound("error.notFound", unitId));
		long id = agencies.createAgency(code, name, unit.id(), unit.path());
		return agencies.byId(id).orElseThrow();
	}

	/** Start-up data: a route without a caller. */
	@Transactional
	public void setRouteIgnoringScope(String category, long unitId, String agencyCode, String by) {
		agencies.setRoute(category, unitId, agencies.byCode(agencyCode).orElseThrow().id(), by);
	}

	/** Links an AGENCY account to an agency it answers for. */
	@Transactional
	public void addOfficerIgnoringScope(String username, String agencyCode) {
		agencies.addOfficer(username, agencies.byCode(agencyCode).orElseThrow().id());
	}

	public boolean anyAgency() {
		return !agencies.agencies(null).isEmpty();
	}
}
