package vn.ngoso.territory;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.internal.reorg.ReorganisationEngine;

/**
 * Merges and splits of units, applied as data with their history (the 2025 reorganisation).
 * Only administrators and provincial officers preview and apply a plan, and a provincial
 * officer only for communes of their own province. Applying is one transaction: the tree, every
 * cached path, the live figures and the users' scopes change together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class Reorganisations {

	private final ReorganisationEngine engine;

	private final CurrentScope scope;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	Reorganisations(ReorganisationEngine engine, CurrentScope scope, Territory territory,
			ApplicationEventPublisher events, JsonMapper json) {
		this.engine = engine;
		this.scope = scope;
		this.territory = territory;
		this.events = events;
		this.json = json;
	}

	/** The dry run: checks the plan and shows what it would do; writes nothing. */
	public ReorganisationPreview preview(ReorganisationPlan plan) {
		requireProvinceOrAdmin();
		return engine.check(plan, this::visible).preview();
	}

	/** Applies the plan, or refuses it whole with every problem (each naming its file). */
	@Transactional
	public ReorganisationApplied apply(ReorganisationPlan plan) {
		requireProvinceOrAdmin();
		engine.lockForApply();
		var checked = engine.check(plan, this::visible);
		if (!checked.preview().canApply()) {
			throw new InvalidInput(checked.preview().problems());
		}
		var result = engine.apply(checked, scope.get().username());
		ReorganisationApplied applied = new ReorganisationApplied(result.reorganisation().id(), checked.preview(),
				result.notes(), result.codesPrefixed());
		engine.saveSummary(applied.id(), json.writeValueAsString(applied));
		String where = result.reorganisation().rootPaths().isEmpty() ? null
				: result.reorganisation().rootPaths().get(result.reorganisation().rootPaths().size() - 1);
		events.publishEvent(new Audited("REORGANISATION", String.valueOf(applied.id()), "APPLY", where, null,
				Map.of("effective", plan.effective(), "hamletsMoved", applied.preview().hamletsMoved(),
						"unitsClosed", applied.preview().closed().size(), "notes", applied.notes())));
		return applied;
	}

	/** How a unit in the caller's scope was formed, closed, and which hamlets moved. */
	public UnitHistory history(long unitId) {
		return engine.history(territory.get(unitId));
	}

	public boolean mayReorganise() {
		Role role = scope.get().role();
		return role == Role.ADMIN || role == Role.PROVINCE;
	}

	private void requireProvinceOrAdmin() {
		if (!mayReorganise()) {
			throw new OutOfScope("reorganisation");
		}
	}

	private boolean visible(AdminUnit unit) {
		Scope s = scope.get();
		return s.coversUnitPath(unit.path());
	}
}
