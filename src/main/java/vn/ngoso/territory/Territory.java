package vn.ngoso.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.internal.UnitRepository;

/**
 * The administrative tree as the caller may see it: every read and write is limited to the
 * caller's subtree, and a unit outside it is reported as not found.
 * <p>
 * "Not found" and "invalid" are answers, not failures: a caller that joins its own transaction
 * (the hamlet import checks every row) may catch them and carry on, so they must not mark that
 * transaction rollback-only. Writes ({@link #createHamlet}) keep the default rules.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = { NotFound.class, InvalidInput.class })
public class Territory {

	public static final int MAX_NAME_LENGTH = 100;

	private final UnitRepository units;

	private final CurrentScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Lazily: the deployment's province asks the modules using it (teams), which use this class. */
	private final ObjectProvider<DeploymentProvince> deployment;

	Territory(UnitRepository units, CurrentScope scope, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<DeploymentProvince> deployment) {
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
		this.deployment = deployment;
	}

	/** A unit inside the caller's scope. */
	public AdminUnit get(long id) {
		return units.findById(id).filter(this::visible).orElseThrow(() -> new NotFound("unit.notFound", id));
	}

	/**
	 * A unit whose reports the caller may read: one inside the scope, or a unit a reorganisation
	 * closed, at the caller's level or below, some of whose hamlets moved into the scope. The
	 * province's officer, re-scoped to the new province, still reports on last year's old province;
	 * a new commune's officer on the communes it was formed from, but not on the old district or
	 * province above them. Reports are aggregates: nothing personal is read this way.
	 */
	public AdminUnit getForReports(long id) {
		return units.findById(id).filter(u -> visible(u) || predecessorInScope(u))
			.orElseThrow(() -> new NotFound("unit.notFound", id));
	}

	/** The counts of a unit whose reports the caller may read. */
	public UnitSummary summaryForReports(long id) {
		return units.summaryOf(getForReports(id));
	}

	/** The way down from a report: the children of a unit whose reports the caller may read. */
	public List<UnitSummary> childrenForReports(long id) {
		return units.childrenWithCounts(getForReports(id).id());
	}

	/** The way up from a report: the ancestors whose reports the caller may read, top first. */
	public List<AdminUnit> breadcrumbsForReports(long id) {
		return units.ancestorsOf(getForReports(id).path()).stream().filter(u -> visible(u) || predecessorInScope(u))
			.toList();
	}

	/**
	 * The units closed by a reorganisation that a unit whose reports the caller may read was
	 * formed from (at its level), each readable by the caller; by name.
	 */
	public List<Predecessor> predecessorsForReports(long id) {
		return units.predecessorsOf(getForReports(id)).stream()
			.filter(p -> visible(p.unit()) || predecessorInScope(p.unit())).toList();
	}

	private boolean predecessorInScope(AdminUnit unit) {
		Scope s = scope.get();
		if (unit.validTo() == null || s.unitId() == null || s.subtreeFilter() == null) {
			return false;
		}
		AdminUnit own = units.findById(s.unitId()).orElse(null);
		return own != null && unit.level() >= own.level() && units.movedFromInto(unit.path(), own.path());
	}

	/** The version of a code in force today, inside the caller's scope. */
	public AdminUnit getByCode(String code) {
		return units.findByCode(code.strip(), LocalDate.now(clock)).filter(this::visible)
			.orElseThrow(() -> new NotFound("unit.notFound", code));
	}

	/** The version of a code in force on a day, inside the caller's scope. */
	public AdminUnit getByCode(String code, LocalDate day) {
		return units.findByCode(code.strip(), day).filter(this::visible)
			.orElseThrow(() -> new NotFound("unit.notFound", code));
	}

	/**
	 * The unit an API request names, inside the caller's scope; empty when it names none. A code is
	 * looked up in the tree in force on the reference's date (today when it has none); an id is the
	 * deprecated way. A unit not found, or outside the scope, is 404 {@code unit.notFound} in a query
	 * and 400 naming the field in a body; a code and an id naming two units, 400 naming the code's
	 * field.
	 */
	public Optional<AdminUnit> find(UnitReference ref) {
		LocalDate day = ref.at() == null ? LocalDate.now(clock) : ref.at();
		AdminUnit byCode = ref.code() == null ? null : lookup(ref, ref.codeField(), () -> getByCode(ref.code(), day));
		AdminUnit byId = ref.id() == null || (byCode != null && byCode.id() == ref.id()) ? byCode
				: lookup(ref, ref.idField(), () -> get(ref.id()));
		if (byCode != null && byId != null && byCode.id() != byId.id()) {
			throw InvalidInput.of(ref.codeField(), "unit.reference.mismatch", ref.code(), String.valueOf(ref.id()));
		}
		return Optional.ofNullable(byCode != null ? byCode : byId);
	}

	/** As {@link #find}, for a request that must name a unit: naming none is 400 on the code's field. */
	public AdminUnit require(UnitReference ref) {
		return find(ref).orElseThrow(() -> InvalidInput.of(ref.codeField(), "unit.reference.required"));
	}

	/**
	 * The id for a module's command: the unit a code names, or null when the request names none. A
	 * bare deprecated id is passed on as it is, for the module checks it as it always did.
	 */
	public @Nullable Long idOf(UnitReference ref) {
		if (ref.code() == null) {
			return ref.id();
		}
		return find(ref).map(AdminUnit::id).orElse(null);
	}

	private static AdminUnit lookup(UnitReference ref, String field, Supplier<AdminUnit> search) {
		try {
			return search.get();
		}
		catch (NotFound e) {
			if (ref.inBody()) {
				throw InvalidInput.of(field, "unit.reference.unknown");
			}
			throw e;
		}
	}

	/**
	 * The open unit with a code under {@code within} (the deployment's province), inside the
	 * caller's scope: codes are reused across lists, so a code is looked up inside its own tree.
	 */
	public AdminUnit getByCodeWithin(String code, AdminUnit within) {
		return units.findOpenByCodeUnder(code.strip(), within.path()).filter(this::visible)
			.orElseThrow(() -> new NotFound("unit.notFound", code));
	}

	/** For modules that resolve scopes and references themselves (sign-in, demo data). */
	public Optional<AdminUnit> lookupIgnoringScope(long id) {
		return units.findById(id);
	}

	public Optional<AdminUnit> lookupCodeIgnoringScope(String code) {
		return units.findByCode(code.strip(), LocalDate.now(clock));
	}

	public boolean isVisible(long unitId) {
		return units.findById(unitId).filter(this::visible).isPresent();
	}

	/** Where browsing starts: the caller's own unit, or every root for an administrator. */
	public List<UnitSummary> startingPoints() {
		Scope s = scope.get();
		List<AdminUnit> roots = s.isAdmin() ? units.roots() : List.of(get(s.unitId()));
		return roots.stream().map(units::summaryOf).toList();
	}

	public UnitSummary summary(long id) {
		return units.summaryOf(get(id));
	}

	public List<UnitSummary> children(long id) {
		return units.childrenWithCounts(get(id).id());
	}

	/** Ancestors from the top of the caller's scope down to the unit itself. */
	public List<AdminUnit> breadcrumbs(long id) {
		return units.ancestorsOf(get(id).path()).stream().filter(this::visible).toList();
	}

	/**
	 * Units to narrow a list by: the caller's unit and two levels below, indented by depth. For an
	 * administrator, the deployment's province once one is chosen: the national list would offer
	 * every commune of the country (3,400 options on every list page), none of which has records.
	 */
	public List<UnitOption> filterOptions() {
		String subtree = scope.get().subtreeFilter();
		if (subtree == null) {
			subtree = deployment.getObject().current().map(AdminUnit::path).orElse(null);
		}
		var rows = units.subtreeOutline(subtree);
		int top = rows.stream().mapToInt(UnitRepository.UnitChoiceRow::depth).min().orElse(1);
		return rows.stream().map(r -> new UnitOption(r.id(), r.name(), r.depth() - top)).toList();
	}

	/**
	 * The units an account may be given in the caller's scope (province, district, commune: no
	 * hamlets), widest first, by name; at most {@code limit}, so a caller may see the list was cut.
	 */
	public List<AdminUnit> officeUnits(int limit) {
		return units.officesUnder(scope.get().subtreeFilter(), limit);
	}

	/** Hamlets in the caller's scope, "Ấp 2 – Xã Tuyên Bình", for choosing where something belongs. */
	public List<UnitOption> hamletOptions() {
		return units.hamletsWithCommune(scope.get().subtreeFilter(), 3000).stream()
			.map(r -> new UnitOption(r.id(), r.name(), 0)).toList();
	}

	public List<AdminUnit> search(String query, int limit) {
		if (SearchText.fold(query).isBlank()) {
			return List.of();
		}
		return units.search(query, scope.get().subtreeFilter(), Math.min(limit, 200));
	}

	/** Creates a hamlet (ấp or khu phố) under a commune in the caller's scope. */
	@Transactional
	public AdminUnit createHamlet(long communeId, String name, UnitType type) {
		requireOfficer(communeId);
		AdminUnit commune = get(communeId);
		NewHamlet hamlet = validate(commune, name, type);
		AdminUnit created = insertHamlet(commune, hamlet.name(), hamlet.type());
		events.publishEvent(Audited.created("UNIT", created.id(), created.path(), created));
		return created;
	}

	/**
	 * Only officers create hamlets: a team leader or member whose team runs a whole commune has
	 * that commune as scope unit, but manages no units.
	 */
	void requireOfficer(Object what) {
		scope.officer(what);
	}

	AdminUnit insertHamlet(AdminUnit commune, String name, UnitType type) {
		String code = commune.code() + "-" + String.format("%03d", units.nextHamletNumber(commune.code()));
		return units.insert(code, name, type, commune, commune.provinceCode(), LocalDate.now(clock), "LOCAL");
	}

	NewHamlet validate(AdminUnit commune, String rawName, UnitType type) {
		if (!commune.isCommune()) {
			throw InvalidInput.of("parent", "unit.hamlet.parentNotCommune");
		}
		if (!type.isHamlet()) {
			throw InvalidInput.of("type", "unit.hamlet.badType");
		}
		String name = SearchText.clean(rawName == null ? "" : rawName);
		if (name.isEmpty()) {
			throw InvalidInput.of("name", "unit.name.required");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw InvalidInput.of("name", "unit.name.tooLong", MAX_NAME_LENGTH);
		}
		if (units.siblingNameTaken(commune.id(), name)) {
			throw InvalidInput.of("name", "unit.name.taken", name);
		}
		return new NewHamlet(name, type);
	}

	record NewHamlet(String name, UnitType type) {
	}

	private boolean visible(AdminUnit unit) {
		return scope.get().coversUnitPath(unit.path());
	}
}
