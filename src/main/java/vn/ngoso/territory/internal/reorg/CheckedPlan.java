package vn.ngoso.territory.internal.reorg;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.territory.AdminUnit;

/**
 * A plan resolved against the tree: which new units exist already, which old communes go where,
 * every hamlet's move, and the units that close. Applicable only without problems.
 *
 * @param targets each old commune with the codes of the new communes it goes into
 */
record CheckedPlan(LocalDate effective, List<PlanFiles.UnitRow> newUnits, Map<String, AdminUnit> loaded,
		Map<AdminUnit, List<String>> targets, Map<AdminUnit, Boolean> partial, List<Move> moves, List<AdminUnit> closing,
		List<FieldError> problems) {

	/** A hamlet going under the new commune with this code, renamed where its name would be taken. */
	record Move(AdminUnit hamlet, AdminUnit from, String toCode, String newName) {

		boolean renamed() {
			return !newName.equals(hamlet.name());
		}
	}
}
