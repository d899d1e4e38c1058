package vn.ngoso.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput.FieldError;

/**
 * What a plan would do, checked against the tree: units opened and closed, hamlets moved (and
 * renamed where a name would be taken twice in the new commune), records moved per new commune,
 * and the problems that stop it. Nothing is written to make it.
 *
 * @param records per kind ("TEAMS", "HOUSEHOLDS"...), the records in the moved hamlets
 */
public record ReorganisationPreview(@Nullable LocalDate effective, List<UnitLine> opened, List<UnitLine> closed,
		List<CommuneLine> communes, int hamletsMoved, List<HamletLine> renamed, Map<String, Long> records,
		List<FieldError> problems) {

	public boolean canApply() {
		return problems.isEmpty();
	}

	public static ReorganisationPreview refused(@Nullable LocalDate effective, List<FieldError> problems) {
		return new ReorganisationPreview(effective, List.of(), List.of(), List.of(), 0, List.of(), Map.of(), problems);
	}

	/** @param id 0 for a unit the plan creates */
	public record UnitLine(long id, String code, String name, String type) {
	}

	/** A new commune and what goes into it. */
	public record CommuneLine(long id, String code, String name, List<String> wholeFrom, List<String> partsFrom, int hamlets,
			Map<String, Long> records) {
	}

	public record HamletLine(String code, String from, String to) {
	}
}
