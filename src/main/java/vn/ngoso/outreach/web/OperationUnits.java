package vn.ngoso.outreach.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** The unit a list or form starts from: the one asked for, else the caller's own (the first root for an administrator). */
@Component
class OperationUnits {

	private final Territory territory;

	private final CurrentScope scope;

	OperationUnits(Territory territory, CurrentScope scope) {
		this.territory = territory;
		this.scope = scope;
	}

	AdminUnit chosen(@Nullable Long unitId) {
		if (unitId != null) {
			return territory.get(unitId);
		}
		Long own = scope.get().unitId();
		return territory.get(own != null ? own : territory.startingPoints().get(0).unit().id());
	}
}
